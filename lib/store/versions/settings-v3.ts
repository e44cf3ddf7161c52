import { z } from 'zod/mini';
import { settingsFieldsV1 } from './settings-v1';

/**
 * Frozen (see shipped.ts): `sync:settings` v3. The per-site switches became an open map by site
 * id: a site missing from it is on, so a new site changes neither this shape nor the version.
 */

export const siteKeyV3 = z.string().check(z.regex(/^[a-z][a-z0-9-]{0,39}$/, 'not a site id'));

export const settingsV3 = z.strictObject({ ...settingsFieldsV1, sites: z.record(siteKeyV3, z.boolean()) });
