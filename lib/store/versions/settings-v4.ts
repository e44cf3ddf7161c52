import { z } from 'zod/mini';
import { settingsFieldsV1 } from './settings-v1';
import { siteKeyV3 } from './settings-v3';

/**
 * Frozen (see shipped.ts): `sync:settings` v4. The label overrides became an open map by field
 * key (`opp.adoptionNotes`): v1–v3 listed the field keys of their time, so every new page field
 * needed a new version. A key this version does not know is kept and ignored.
 */

export const fieldKeyV4 = z.string().check(z.regex(/^[a-z]+\.[A-Za-z0-9]{1,60}$/, 'not a field key'));
const labelsV4 = z.record(fieldKeyV4, z.string().check(z.minLength(1), z.maxLength(120)));
const orgHostV4 = settingsFieldsV1.orgLabels._zod.def.innerType._zod.def.keyType;

export const settingsV4 = z.strictObject({
  ...settingsFieldsV1,
  labels: labelsV4,
  orgLabels: z.optional(z.record(orgHostV4, labelsV4)),
  sites: z.record(siteKeyV3, z.boolean()),
});
