/**
 * The tests' clock and zone reach every JS world of the extension (support/clock.ts): the
 * service worker, the content-script world of a tab, the page's own world (the fixture
 * simulator's {today} tokens) and an extension page all run in TEST_ZONE and agree with the
 * test's `testNow()` — at the machine's instant, or at CSM_TEST_NOW when the run is pinned.
 */
import { expect, test } from '@playwright/test';
import { CLOCK_OFFSET_ENV, TEST_NOW_ENV, TEST_ZONE, testNow } from './support/clock';
import { ExtensionWorld, launchSession, openRecord, URLS, type Session } from './reliability-support';

let s: Session;
test.beforeAll(async () => {
  s = await launchSession();
});
test.afterAll(async () => {
  await s?.close();
});

/** Generous: the worlds are read one after another, on a machine that may be busy. */
const SLACK_MS = 60_000;
const probe = `[Date.now(), Intl.DateTimeFormat().resolvedOptions().timeZone, new Date().getTimezoneOffset()]`;

test('service worker, content script, page and extension page share the test clock and zone', async () => {
  const pinned = process.env[TEST_NOW_ENV];
  if (pinned) {
    // The run started at the pinned instant and has been running for less than its own length since.
    const elapsed = testNow().getTime() - Date.parse(pinned);
    expect(elapsed, `${CLOCK_OFFSET_ENV}=${process.env[CLOCK_OFFSET_ENV]}`).toBeGreaterThanOrEqual(-SLACK_MS);
    expect(elapsed).toBeLessThan(60 * 60_000);
  }
  const page = await s.context.newPage();
  await openRecord(page, URLS.opportunity);
  const world = await ExtensionWorld.attach(s, page);
  const worker = s.context.serviceWorkers()[0]!;
  const own = await s.extensionPage();
  const seen = {
    worker: (await worker.evaluate(probe)) as [number, string, number],
    content: await world.evaluate<[number, string, number]>(probe),
    page: (await page.evaluate(probe)) as [number, string, number],
    extensionPage: (await own.evaluate(probe)) as [number, string, number],
  };
  const now = testNow().getTime();
  for (const [where, [at, zone]] of Object.entries(seen)) {
    expect(zone, where).toBe(TEST_ZONE);
    expect(Math.abs(at - now), `${where} clock vs test clock`).toBeLessThan(SLACK_MS);
  }
  await world.detach();
});
