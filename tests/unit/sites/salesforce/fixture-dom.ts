/**
 * Loads a Salesforce fixture page into the test's happy-dom document: sets the URL, reads the
 * page's <body data-*> description from its HTML file and renders it with lightning-sim.js in the
 * requested shadow mode (the same code the page runs in Chromium through boot.js).
 */
import { readFileSync } from 'node:fs';
import { URL as NodeURL, fileURLToPath } from 'node:url';
import type { PageFacts } from '../../../../lib/core/facts/page-facts';
import { salesforceAdapter } from '../../../../lib/sites/salesforce/adapter';
import type { AdapterSettings, PageMatch } from '../../../../lib/sites/types';
import { fixtureOptionsFrom, renderFixture, type LightningSim, type ShadowMode } from '../../../fixtures/salesforce/lightning-sim.js';
import { FIXTURE_URLS, settingsFor, type FixtureUrl } from '../../../fixtures/urls';

const FIXTURES = fileURLToPath(new NodeURL('../../../fixtures/', import.meta.url));

export const SHADOW_MODES: readonly ShadowMode[] = ['synthetic', 'native'];

/** The catalogue row for a fixture file and (optionally) a URL fragment that tells rows apart. */
export function row(file: string, urlPart = ''): FixtureUrl {
  const found = FIXTURE_URLS.find((r) => r.file === file && r.url.includes(urlPart));
  if (!found) throw new Error(`no catalogue row for ${file} ${urlPart}`);
  return found;
}

export function setUrl(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

export function resetDocument(): void {
  document.head.replaceChildren();
  document.body.replaceChildren();
  for (const name of document.body.getAttributeNames()) document.body.removeAttribute(name);
}

export interface OpenFixture {
  /** Resolves once the page (after any delay) has rendered. */
  rendered: Promise<LightningSim>;
  url: URL;
  match: PageMatch;
  settings: AdapterSettings;
  collect(overrides?: Partial<AdapterSettings>): PageFacts;
}

/**
 * Opens `entry` (a catalogue row) like a browser would: same URL, same body attributes, rendered
 * in `shadow` mode. `delay` overrides the page's own; with `wait: false` it returns before the
 * layout renders (to test late rendering).
 */
export async function openFixture(
  entry: FixtureUrl,
  { shadow, delay = 0, wait = true, settings: extra = {} }: { shadow: ShadowMode; delay?: number; wait?: boolean; settings?: Partial<AdapterSettings> },
): Promise<OpenFixture> {
  resetDocument();
  setUrl(entry.url);
  const html = readFileSync(`${FIXTURES}${entry.file}`, 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const name of parsed.body.getAttributeNames()) document.body.setAttribute(name, parsed.body.getAttribute(name) ?? '');

  const options = { ...fixtureOptionsFrom(document, entry.url), shadow, delay };
  const rendered = renderFixture(document, options);
  if (wait) await rendered;
  const url = new URL(entry.url);
  const settings = { ...settingsFor(entry), ...extra };
  const match = salesforceAdapter.detect(url, settings);
  if (!match) throw new Error(`${entry.url} is not a Salesforce page`);
  return {
    rendered,
    url,
    match,
    settings,
    collect: (overrides = {}) => {
      const facts = salesforceAdapter.collect(document, url, match, { ...settings, ...overrides });
      if (facts.length !== 1) throw new Error(`expected one PageFacts, got ${facts.length}`);
      return facts[0]!;
    },
  };
}
