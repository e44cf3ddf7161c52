import { settingsSchema, type Settings } from '../../settings/schema';
import { isRecord, SITES_OF_V2, type ItemSpec } from './define';

/** The CSM's settings (sync:settings); the live schema is lib/settings/schema.ts's. null = never saved. */
export const settingsItem: ItemSpec<Settings | null> = {
  key: 'sync:settings',
  label: 'settings',
  // v2 added the per-site switches (`sites`); a v1 value gets every site of the time switched on.
  // v3 made them an open map by site id (a missing site is on): every v2 value is a v3 value.
  // v4 made the label overrides an open map by field key (a new field needs no new version):
  // every v3 value is a v4 value.
  version: 4,
  migrations: {
    2: (v1) => (isRecord(v1) && v1.sites === undefined ? { ...v1, sites: { ...SITES_OF_V2 } } : v1),
    3: (v2) => v2,
    4: (v3) => v3,
  },
  schema: settingsSchema,
  fallback: () => null,
};
