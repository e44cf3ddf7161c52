import { z } from 'zod';

/** Frozen (see shipped.ts): `local:ui` v1, one sidebar side for every site. */

export const uiV1 = z
  .object({
    sidebarCollapsed: z.boolean(),
    sidebarSide: z.enum(['left', 'right']).optional(),
  })
  .strict();
