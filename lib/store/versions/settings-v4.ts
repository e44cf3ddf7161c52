import { z } from 'zod';
import { settingsFieldsV1 } from './settings-v1';
import { siteKeyV3 } from './settings-v3';

/**
 * Frozen (see shipped.ts): `sync:settings` v4. The label overrides became an open map by field
 * key (`opp.adoptionNotes`): v1–v3 listed the field keys of their time, so every new page field
 * needed a new version. A key this version does not know is kept and ignored.
 */

export const fieldKeyV4 = z.string().regex(/^[a-z]+\.[A-Za-z0-9]{1,60}$/, 'not a field key');
const labelsV4 = z.record(fieldKeyV4, z.string().min(1).max(120));
const orgHostV4 = settingsFieldsV1.orgLabels.unwrap().keyType;

export const settingsV4 = z
  .object({
    ...settingsFieldsV1,
    labels: labelsV4,
    orgLabels: z.record(orgHostV4, labelsV4).optional(),
    sites: z.record(siteKeyV3, z.boolean()),
  })
  .strict();
