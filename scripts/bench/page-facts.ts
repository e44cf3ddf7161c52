/**
 * Real PageFacts for the Node-side figures: the Salesforce fixtures rendered by lightning-sim.js
 * in happy-dom and read by the Salesforce adapter, exactly as the unit tests do.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import type { PageFacts } from '../../lib/core/facts/page-facts';
import { salesforceAdapter } from '../../lib/sites/salesforce/adapter';
import { fixtureOptionsFrom, renderFixture } from '../../tests/fixtures/salesforce/lightning-sim.js';
import { DEFAULT_TEST_SETTINGS, FIXTURE_URLS } from '../../tests/fixtures/urls';
import { FIXTURES_DIR } from '../../tests/e2e/fixture-server';

export async function collectFixture(file: string): Promise<PageFacts> {
  const row = FIXTURE_URLS.find((r) => r.file === file);
  if (!row) throw new Error(`no catalogue row for ${file}`);
  const window = new Window({ url: row.url });
  try {
    const document = window.document as unknown as Document;
    const html = readFileSync(path.join(FIXTURES_DIR, file), 'utf8');
    const parsed = new window.DOMParser().parseFromString(html, 'text/html');
    for (const name of parsed.body.getAttributeNames()) document.body.setAttribute(name, parsed.body.getAttribute(name) ?? '');
    await renderFixture(document, { ...fixtureOptionsFrom(document, row.url), delay: 0 });
    const url = new URL(row.url);
    const match = salesforceAdapter.detect(url, DEFAULT_TEST_SETTINGS);
    if (!match) throw new Error(`${row.url} is not a Salesforce page`);
    const [facts] = salesforceAdapter.collect(document, url, match, DEFAULT_TEST_SETTINGS);
    if (!facts) throw new Error(`the adapter read nothing on ${file}`);
    return facts;
  } finally {
    await window.happyDOM.close();
  }
}
