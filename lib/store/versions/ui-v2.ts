import { z } from 'zod';

/** Frozen (see shipped.ts): `local:ui` v2, the sidebar's side per site and its width. */

const SITE_IDS = ['salesforce', 'gmail', 'outreach', 'medtrainer'] as const;

export const uiV2 = z
  .object({
    sidebarCollapsed: z.boolean(),
    sidebarSides: z.partialRecord(z.enum(SITE_IDS), z.enum(['left', 'right'])).optional(),
    sidebarWidth: z.number().int().min(280).max(560).optional(),
  })
  .strict();
