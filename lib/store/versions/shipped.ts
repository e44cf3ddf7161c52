import type { z } from 'zod';
import { bundleV1 } from './bundle-v1';
import { bundleV2 } from './bundle-v2';

/**
 * Every shipped version of every stored or exchanged format is frozen in this folder: the stored
 * items' versions are listed by each item (lib/store/items/<name>.ts, `shipped`), the export
 * bundle's here.
 *
 * The rule: a shipped version is never edited. Users' browsers hold data in it, and a stricter or
 * different schema would set their data aside as unreadable. A change of shape is a new version:
 * a new file here (`<item>-v<N+1>.ts`), its snapshot (tests/unit/store/versions.test.ts), the
 * version bump and a pure migration in lib/store/items/<name>.ts (or lib/audit for bundles).
 *
 * So these files import only zod and each other, never the live schemas (lib/store/schemas.ts,
 * lib/settings, lib/core/profile…), which follow the code: the live schema of an item's current
 * version must accept exactly what its frozen copy accepts (tested), and nothing older is built
 * from it.
 */
/** The export file, by `schemaVersion`. */
export const SHIPPED_BUNDLES = { 1: bundleV1, 2: bundleV2 } as const satisfies Record<number, z.ZodType>;
