import { z } from 'zod/mini';
import { siteKeyV3 } from './settings-v3';

/**
 * Frozen (see shipped.ts): `local:ui` v3. The side per site is an open map by site id, like the
 * settings' switches (v2 listed the four sites of the time, so a new site needed a new version).
 */

export const uiV3 = z.strictObject({
  sidebarCollapsed: z.boolean(),
  sidebarSides: z.optional(z.record(siteKeyV3, z.enum(['left', 'right']))),
  sidebarWidth: z.optional(z.number().check(z.int(), z.gte(280), z.lte(560))),
});
