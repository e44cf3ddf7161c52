import { z } from 'zod';
import { siteKeyV3 } from './settings-v3';

/**
 * Frozen (see shipped.ts): `local:ui` v3. The side per site is an open map by site id, like the
 * settings' switches (v2 listed the four sites of the time, so a new site needed a new version).
 */

export const uiV3 = z
  .object({
    sidebarCollapsed: z.boolean(),
    sidebarSides: z.record(siteKeyV3, z.enum(['left', 'right'])).optional(),
    sidebarWidth: z.number().int().min(280).max(560).optional(),
  })
  .strict();
