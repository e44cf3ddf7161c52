import type { z } from 'zod/mini';
import { bundleV1 } from './bundle-v1';
import { bundleV2 } from './bundle-v2';
import { eventsV1 } from './events-v1';
import { profilesV1 } from './profiles-v1';
import { profilesV2 } from './profiles-v2';
import { quarantineV1 } from './quarantine-v1';
import { settingsV1 } from './settings-v1';
import { settingsV2 } from './settings-v2';
import { settingsV3 } from './settings-v3';
import { settingsV4 } from './settings-v4';
import { setupV1 } from './setup-v1';
import { storedPlaybookV1 } from './playbook-v1';
import { threadsV1 } from './threads-v1';
import { threadsV2 } from './threads-v2';
import { uiV1 } from './ui-v1';
import { uiV2 } from './ui-v2';
import { uiV3 } from './ui-v3';

/**
 * Every shipped version of every stored or exchanged format is frozen in this folder and listed
 * here: the stored items' (by item, then version) and the export bundle's. Only the tests read
 * the stored items' frozen versions (the migrations work on raw values and the live schema
 * judges the result), so the lists live here and no bundle carries them (issue 25).
 *
 * The rule: a shipped version is never edited. Users' browsers hold data in it, and a stricter or
 * different schema would set their data aside as unreadable. A change of shape is a new version:
 * a new file here (`<item>-v<N+1>.ts`) and its line below, its snapshot
 * (tests/unit/store/versions.test.ts), the version bump and a pure migration in
 * lib/store/items/<name>.ts (or lib/audit for bundles).
 *
 * So these files import only zod and each other, never the live schemas (lib/store/schemas.ts,
 * lib/settings, lib/core/profile…), which follow the code: the live schema of an item's current
 * version must accept exactly what its frozen copy accepts (tested), and nothing older is built
 * from it.
 */
/** The export file, by `schemaVersion`. */
export const SHIPPED_BUNDLES = { 1: bundleV1, 2: bundleV2 } as const satisfies Record<number, z.core.$ZodType>;

/** Each stored item's versions (lib/store/items/<name>.ts), by item and version: 1 … its current `version`. */
export const SHIPPED_ITEMS = {
  events: { 1: eventsV1 },
  profiles: { 1: profilesV1, 2: profilesV2 },
  threads: { 1: threadsV1, 2: threadsV2 },
  settings: { 1: settingsV1, 2: settingsV2, 3: settingsV3, 4: settingsV4 },
  playbook: { 1: storedPlaybookV1 },
  ui: { 1: uiV1, 2: uiV2, 3: uiV3 },
  quarantine: { 1: quarantineV1 },
  setup: { 1: setupV1 },
} as const satisfies Record<string, Record<number, z.ZodMiniType>>;
