import { z } from 'zod';
import { settingsFieldsV1 } from './settings-v1';

/** Frozen (see shipped.ts): `sync:settings` v2, which added a switch per site (all required). */

export const sitesV2 = z
  .object({ salesforce: z.boolean(), gmail: z.boolean(), outreach: z.boolean(), medtrainer: z.boolean() })
  .strict();

export const settingsV2 = z.object({ ...settingsFieldsV1, sites: sitesV2 }).strict();
