import { z } from '../../core/zod';
import { siteKeySchema } from '../../settings/schema';
import { SIDEBAR_SIDES, SIDEBAR_WIDTH } from '../schemas';
import { isRecord, SITES_OF_V2, type ItemSpec } from './define';

/**
 * The sidebar's state shared by every tab (local:ui). v2: the side is remembered per site and the
 * width is the CSM's; v3: the sides are an open map by site id, so a new site needs no new version.
 */
export const uiStateSchema = z.strictObject({
  sidebarCollapsed: z.boolean(),
  sidebarSides: z.optional(z.record(siteKeySchema, z.enum(SIDEBAR_SIDES))),
  sidebarWidth: z.optional(z.number().check(z.int(), z.gte(SIDEBAR_WIDTH.min), z.lte(SIDEBAR_WIDTH.max))),
});
export type UiState = z.infer<typeof uiStateSchema>;

export const uiItem: ItemSpec<UiState> = {
  key: 'local:ui',
  label: 'sidebar layout',
  version: 3,
  migrations: {
    // One side for every site becomes that side on each site.
    2: (v1) => {
      if (!isRecord(v1) || (v1.sidebarSide !== 'left' && v1.sidebarSide !== 'right')) return v1;
      const { sidebarSide, ...rest } = v1;
      return { ...rest, sidebarSides: Object.fromEntries(Object.keys(SITES_OF_V2).map((site) => [site, sidebarSide])) };
    },
    // v3: the sides became an open map by site id; every v2 value is a v3 value.
    3: (v2) => v2,
  },
  schema: uiStateSchema,
  fallback: () => ({ sidebarCollapsed: false }),
};
