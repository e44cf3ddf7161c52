import { z } from 'zod/mini';
import { settingsFieldsV1 } from './settings-v1';

/** Frozen (see shipped.ts): `sync:settings` v2, which added a switch per site (all required). */

export const sitesV2 = z.strictObject({ salesforce: z.boolean(), gmail: z.boolean(), outreach: z.boolean(), medtrainer: z.boolean() });

export const settingsV2 = z.strictObject({ ...settingsFieldsV1, sites: sitesV2 });
