import type { SiteId } from './index';

/**
 * The site ids alone, in SITES's order (lib/sites/index.ts; tests/unit/sites/sites.test.ts keeps
 * the two lists the same): what the settings switches and the sidebar's side per site key by. A
 * page bundle serves one site, so it reads the ids from here and leaves the other sites'
 * definitions (their URL tests, selectors and labels) out (issue 25: ≈ 1.3 kB gzipped of each).
 */
export const SITE_IDS = ['salesforce', 'gmail', 'outreach', 'medtrainer'] as const satisfies readonly SiteId[];
