import { z } from 'zod/mini';

/** Frozen (see shipped.ts): `local:ui` v2, the sidebar's side per site and its width. */

const SITE_IDS = ['salesforce', 'gmail', 'outreach', 'medtrainer'] as const;

export const uiV2 = z.strictObject({
  sidebarCollapsed: z.boolean(),
  sidebarSides: z.optional(z.partialRecord(z.enum(SITE_IDS), z.enum(['left', 'right']))),
  sidebarWidth: z.optional(z.number().check(z.int(), z.gte(280), z.lte(560))),
});
