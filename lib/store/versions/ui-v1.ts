import { z } from 'zod/mini';

/** Frozen (see shipped.ts): `local:ui` v1, one sidebar side for every site. */

export const uiV1 = z.strictObject({
  sidebarCollapsed: z.boolean(),
  sidebarSide: z.optional(z.enum(['left', 'right'])),
});
