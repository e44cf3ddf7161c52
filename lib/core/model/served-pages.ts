import type { PageKind } from './page-kind';

/**
 * Whether the code running here can meet a page of a family. True in the worker, the extension
 * pages and the unit tests, which meet every page's facts. A site's page bundle
 * (entrypoints/csm-app-<site>.ts) is built with the flag of every family its site has no page of
 * set to false (scripts/build/page-served-pages.ts), and the bundler then leaves out the code only
 * those pages run — a compose window's email checks in the Salesforce sidebar (issue 25: the app's
 * own code ≤ 100 kB gzipped per site). Code only such pages run tests the flag before the page —
 * `if (COMPOSE_PAGES && isComposePage(ctx.page))` in a rule, `COMPOSE_PAGES && composes` before
 * the compose picker; the bundler folds a flag only where the code names it, not through a
 * helper that reads it.
 */
export const COMPOSE_PAGES: boolean = true;
export const PRESIGNUP_PAGES: boolean = true;

/** The page kinds behind each flag (the build reads them): false in a bundle whose site has none of them. */
export const SERVED_PAGE_FLAGS = {
  COMPOSE_PAGES: ['gmail.compose', 'outreach.compose'],
  PRESIGNUP_PAGES: ['mt.presignup'],
} as const satisfies Record<string, readonly PageKind[]>;
