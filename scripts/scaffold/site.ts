import { existsSync } from 'node:fs';
import path from 'node:path';
import { quoted, read, ScaffoldError, type Plan, type PlannedFile } from './files';

/**
 * `npm run new:site <id> -- --host=<host>`: a site's files and tests, and its line in SITES, SITE_IDS and
 * ADAPTERS, for README's "Add a site". Read and edited as text (no module is loaded).
 */
export interface SiteOptions {
  host?: string;
  name?: string;
}

const ID = /^[a-z]+$/;
const HOST = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

const SITES_FILE = 'lib/sites/index.ts';
const IDS_FILE = 'lib/sites/ids.ts';
const ADAPTERS_FILE = 'lib/sites/adapters.ts';

/** Adds `line` after the last line matching `after`, or throws naming the file (its shape changed: edit it by hand). */
const insertAfterLast = (text: string, after: RegExp, line: string, file: string): string => {
  const lines = text.split('\n');
  const at = lines.findLastIndex((l) => after.test(l));
  if (at < 0) throw new ScaffoldError(`${file} no longer reads as the scaffold expects: add the site there by hand`);
  lines.splice(at + 1, 0, line);
  return lines.join('\n');
};

export const planSite = (root: string, id: string, options: SiteOptions = {}): Plan => {
  if (!ID.test(id)) throw new ScaffoldError(`a site id is lower-case letters only (it keys settings and policies), not "${id}"`);
  const host = options.host?.trim().toLowerCase();
  if (!host) throw new ScaffoldError('say the host the site is served on (--host=app.example.com): the manifest asks for that host only');
  if (!HOST.test(host)) throw new ScaffoldError(`"${host}" is not a host name`);
  if (existsSync(path.join(root, 'lib/sites', id))) throw new ScaffoldError(`lib/sites/${id} exists`);

  const Id = id[0]!.toUpperCase() + id.slice(1);
  const ID_ = id.toUpperCase();
  const name = options.name?.trim() || Id;
  const site = `${id}Site`;
  const adapter = `${id}Adapter`;

  const sites = read(root, SITES_FILE);
  if (new RegExp(`\\b${site}\\b`).test(sites)) throw new ScaffoldError(`${SITES_FILE} already names ${site}`);
  const withImport = insertAfterLast(sites, /^import \{ \w+Site \} from '\.\/\w+\/definition';$/, `import { ${site} } from './${id}/definition';`, SITES_FILE);
  const sitesText = withImport.replace(/^(export const SITES = \[[^\]]*)\] as const;$/m, `$1, ${site}] as const;`);
  if (sitesText === withImport) throw new ScaffoldError(`${SITES_FILE}: SITES no longer reads as one line: add ${site} by hand`);

  const ids = read(root, IDS_FILE);
  const idsText = ids.replace(/^(export const SITE_IDS = \[[^\]]*)\] as const/m, `$1, '${id}'] as const`);
  if (idsText === ids) throw new ScaffoldError(`${IDS_FILE}: SITE_IDS no longer reads as one line: add '${id}' by hand`);

  const adapters = read(root, ADAPTERS_FILE);
  const adaptersText = insertAfterLast(
    insertAfterLast(adapters, /^import \{ \w+Adapter \} from '\.\/\w+\/adapter';$/, `import { ${adapter} } from './${id}/adapter';`, ADAPTERS_FILE),
    /^ {2}\w+: \w+Adapter,$/,
    `  ${id}: ${adapter},`,
    ADAPTERS_FILE,
  );

  const files: PlannedFile[] = [
    {
      path: `lib/sites/${id}/hosts.ts`,
      text: `/** ${name}. Least privilege: https, its own host, the narrowest path that holds the pages CSM Guide guides. */
export const ${ID_}_HOST = '${host}';

export const ${ID_}_MATCHES = ['https://${host}/*'] as const;

export function is${Id}Host(host: string): boolean {
  return host.trim().toLowerCase().replace(/\\.$/, '').replace(/:\\d+$/, '') === ${ID_}_HOST;
}
`,
    },
    {
      path: `lib/sites/${id}/urls.ts`,
      text: `/** Pure URL → page kind for ${name}. */
import type { PageMatch } from '../types';
import { is${Id}Host } from './hosts';

/**
 * The page kind of a ${name} URL, or null. The site's page kinds go in lib/core/model/page-kind.ts
 * (and their facts in lib/core/facts/page-facts.ts, where the rules read them).
 */
export function detect${Id}Page(url: URL): PageMatch | null {
  if (url.protocol !== 'https:' || !is${Id}Host(url.hostname)) return null;
  // Until the site's page kinds exist, no page of it is guided: the loader leaves it alone.
  return null;
}
`,
    },
    {
      path: `lib/sites/${id}/definition.ts`,
      text: `import { defineSite } from '../definition';
import { is${Id}Host, ${ID_}_MATCHES } from './hosts';
import { detect${Id}Page } from './urls';

/** ${name} (adapter: ./adapter.ts). Light: the loader and wxt.config.ts import it, never the adapter. */
export const ${site} = defineSite({
  id: '${id}',
  name: ${quoted(name)},
  // Its page kinds (lib/core/model/page-kind.ts) as detect${Id}Page learns them: the rules whose
  // checks its page bundle carries.
  kinds: [],
  matches: ${ID_}_MATCHES,
  isHost: is${Id}Host,
  isCandidate: (url) => detect${Id}Page(url) !== null,
});
`,
    },
    {
      path: `lib/sites/${id}/adapter.ts`,
      text: `/** The ${name} adapter: the only code that reads or writes its pages, with its selectors beside it. */
import type { SiteAdapter } from '../types';
import { detect${Id}Page } from './urls';

export const ${adapter}: SiteAdapter = {
  id: '${id}',
  detect: (url) => detect${Id}Page(url),
  // The narrowest nodes whose changes can change the facts.
  observeRoots: (doc) => [doc.body ?? doc.documentElement],
  // One PageFacts per guided page (read by label, never by generated ids); tests/unit/sites/${id}/collect.test.ts says what.
  collect: () => [],
  fill: () => ({ ok: false, message: ${quoted(`CSM Guide writes nothing on ${name} yet.`)} }),
};
`,
    },
    {
      path: `tests/fixtures/${id}/page.html`,
      text: `<!doctype html>
<!-- An offline copy of a ${name} page (served on https://${host}/ in end-to-end runs): its markup as the site renders it, names and ids anonymised. -->
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${name}</title>
  </head>
  <body>
    <main></main>
  </body>
</html>
`,
    },
    {
      path: `tests/unit/sites/${id}/urls.test.ts`,
      text: `import { describe, expect, it } from 'vitest';
import { ${ID_}_MATCHES, is${Id}Host } from '../../../../lib/sites/${id}/hosts';
import { detect${Id}Page } from '../../../../lib/sites/${id}/urls';

/** URL → the match it must produce (null: a page CSM Guide leaves alone). */
const TABLE: Array<[string, ReturnType<typeof detect${Id}Page>]> = [
  // Replace with the site's real pages and their kinds (lib/core/model/page-kind.ts).
  ['https://${host}/', { kind: 'sf.account' }],
  ['http://${host}/', null],
  ['https://example.com/', null],
];

describe('detect${Id}Page', () => {
  it.each(TABLE)('%s', (href, match) => {
    expect(detect${Id}Page(new URL(href))).toEqual(match);
  });
});

describe('${id} hosts', () => {
  it('asks for https on its own host only', () => {
    expect(${ID_}_MATCHES).toEqual(['https://${host}/*']);
    expect(is${Id}Host('${host}')).toBe(true);
    expect(is${Id}Host('${host.toUpperCase()}.')).toBe(true);
    expect(is${Id}Host('evil-${host}')).toBe(false);
  });
});
`,
    },
    {
      path: `tests/unit/sites/${id}/collect.test.ts`,
      text: `// @vitest-environment happy-dom
/** The ${name} adapter on its offline page (tests/fixtures/${id}/page.html): what it reads, and that it never throws. */
import { readFileSync } from 'node:fs';
import { URL as NodeURL, fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { ${adapter} } from '../../../../lib/sites/${id}/adapter';
import { DEFAULT_TEST_SETTINGS } from '../../../fixtures/urls';

const PAGE_URL = 'https://${host}/';
const html = readFileSync(fileURLToPath(new NodeURL('../../../fixtures/${id}/page.html', import.meta.url)), 'utf8');

beforeEach(() => {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(PAGE_URL);
  document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
});

describe('${id} collect', () => {
  it('reads the page it detects', () => {
    const url = new URL(PAGE_URL);
    const match = ${adapter}.detect(url, DEFAULT_TEST_SETTINGS);
    expect(match, 'the fixture page is a page the site guides').not.toBeNull();
    const [facts] = ${adapter}.collect(document, url, match!, DEFAULT_TEST_SETTINGS);
    // Replace with what the page shows: its kind, and each field by its label.
    expect(facts).toMatchObject({ kind: match!.kind });
  });
});
`,
    },
    { path: SITES_FILE, text: sitesText, was: sites },
    { path: IDS_FILE, text: idsText, was: ids },
    { path: ADAPTERS_FILE, text: adaptersText, was: adapters },
  ];

  return {
    files,
    next: [
      `lib/core/model/page-kind.ts (and lib/core/facts/page-facts.ts): the page kinds ${name} brings and their facts`,
      `lib/sites/${id}/urls.ts: detect${Id}Page returns them; widen the match pattern in hosts.ts only as far as the pages need`,
      `lib/sites/${id}/adapter.ts: observeRoots, collect (and fill if CSM Guide writes there), selectors beside it`,
      `tests/fixtures/${id}/page.html: the page's real markup; tests/unit/sites/${id}/*.test.ts: its URLs and facts`,
      `tests/fixtures/urls.ts: catalogue rows for its pages; tests/e2e/fixture-server.ts ROUTED_HOSTS: https://${host}/**; an e2e spec in tests/e2e/`,
      `tests/unit/security/stored-privacy.ts: '${id}' in the allowlist's site ids (kept by hand, on purpose)`,
      `npx vitest run tests/unit/sites (tests/unit/sites/sites.test.ts checks the manifest, loader, options and policy read the new site)`,
    ],
  };
};
