/**
 * Maps the real host names the extension runs on to offline fixture files, for Playwright request
 * routing: the manifest's real match patterns fire, and nothing reaches the network.
 *
 * - `https://<any routed host>/__fixtures__/<path>` → tests/fixtures/<path> (scripts, styles, data
 *   the fixture pages load);
 * - any other URL → the catalogue row (tests/fixtures/urls.ts) with the same origin + path;
 * - anything else on a routed host → 404. Hosts not listed in ROUTED_HOSTS are aborted by the harness.
 *
 * To serve a new page (Gmail, Outreach, …), add a row with `file` to the catalogue.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXTURE_URLS } from '../fixtures/urls';

export const FIXTURES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** Playwright URL globs routed to fixtures: exactly the hosts the extension may run on. */
export const ROUTED_HOSTS = [
  'https://*.lightning.force.com/**',
  'https://*.my.salesforce.com/**',
  'https://*.sandbox.lightning.force.com/**',
  'https://*.sandbox.my.salesforce.com/**',
  'https://mail.google.com/**',
  'https://*.outreach.io/**',
  'https://lms.medtrainer.com/**',
] as const;

/** Path prefix under which fixture assets are served on every routed host. */
export const ASSET_PREFIX = '/__fixtures__/';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const pageKey = (url: URL) => `${url.origin}${url.pathname}`;

/** Catalogue rows with a fixture file, by origin + path. */
const PAGES = new Map<string, string>();
for (const row of FIXTURE_URLS) {
  if (!row.file) continue;
  const key = pageKey(new URL(row.url));
  const existing = PAGES.get(key);
  if (existing && existing !== row.file) throw new Error(`fixture catalogue: ${key} maps to both ${existing} and ${row.file}`);
  PAGES.set(key, row.file);
}

/** The fixture file (relative to tests/fixtures) for a URL, or null when there is none. */
export function fixtureFileFor(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.pathname.startsWith(ASSET_PREFIX)) {
    const rel = path.posix.normalize(decodeURIComponent(url.pathname.slice(ASSET_PREFIX.length)));
    // Never serve outside tests/fixtures.
    if (rel.startsWith('..') || path.posix.isAbsolute(rel) || rel.includes('\0')) return null;
    return rel;
  }
  return PAGES.get(pageKey(url)) ?? null;
}

export interface FixtureResponse {
  status: number;
  contentType: string;
  body: Buffer | string;
}

/** The response for a routed URL: the fixture file, or a 404 page. */
export async function serveFixture(href: string): Promise<FixtureResponse> {
  const rel = fixtureFileFor(href);
  if (rel) {
    try {
      const body = await readFile(path.join(FIXTURES_DIR, rel));
      return { status: 200, contentType: CONTENT_TYPES[path.extname(rel)] ?? 'application/octet-stream', body };
    } catch {
      // Listed but absent: fall through to 404 so the test names the missing file.
    }
  }
  return {
    status: 404,
    contentType: 'text/plain; charset=utf-8',
    body: `No fixture for ${href}${rel ? ` (expected tests/fixtures/${rel})` : ''}`,
  };
}
