import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// A path, not `new URL(…)`: under happy-dom the global URL is the DOM's, which has no file: support.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures');

/** The fixture's HTML (path relative to tests/fixtures) without its scripts: tests drive behaviour. */
export function fixtureHtml(file: string): string {
  return readFileSync(join(FIXTURES, file), 'utf8').replace(/<script\b[\s\S]*?<\/script>/gi, '');
}

/**
 * Puts a fixture page into the test's happy-dom document, at `url`. Head and body are swapped
 * rather than the whole element, which happy-dom refuses; body classes (`xE xp`) come along.
 */
export function loadFixture(file: string, url: string): Document {
  const parsed = new DOMParser().parseFromString(fixtureHtml(file), 'text/html');
  document.head.replaceWith(document.importNode(parsed.head, true));
  document.body.replaceWith(document.importNode(parsed.body, true));
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  return document;
}
