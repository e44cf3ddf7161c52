/**
 * `npm run test:e2e:instants` (= `wxt build && jiti scripts/e2e-instants.ts`): the date-sensitive
 * end-to-end specs at the instants where a day boundary goes wrong first, each a separate run
 * pinned with CSM_TEST_NOW (Node and browser on one clock, in America/Chicago: see
 * tests/e2e/support/clock.ts and the README's "How the tests pin time and zone").
 *
 *   npm run test:e2e:instants                      # every instant below
 *   npx jiti scripts/e2e-instants.ts dst-spring    # only the instants with these names
 *
 * Exits non-zero when a spec fails at any instant; prints which.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Each instant is far enough from the next boundary for the specs' few minutes of run time, and
 * together they fall on six different weekdays (business-day rules change on weekends).
 */
export const INSTANTS = [
  { name: 'after-utc-midnight', at: '2026-12-04T00:20:00Z', why: 'UTC is already on Fri Dec 4; Central is still on Thu Dec 3, 18:20' },
  { name: 'before-central-midnight', at: '2026-12-03T05:35:00Z', why: "Wed Dec 2, 23:35 Central: the last minutes of the CSM's day" },
  { name: 'month-end', at: '2026-11-01T02:30:00Z', why: 'Sat Oct 31, 21:30 Central, month end; UTC is on Nov 1' },
  { name: 'dst-fall', at: '2026-11-01T06:30:00Z', why: 'Sun Nov 1, 01:30 CDT: the hour that repeats when clocks go back' },
  { name: 'dst-spring', at: '2027-03-15T05:20:00Z', why: 'Mon Mar 15, 00:20 CDT: the day after clocks went forward (a 23-hour day)' },
  { name: 'feb-29', at: '2028-02-29T18:00:00Z', why: 'Tue Feb 29 2028, 12:00 Central: a leap day' },
] as const;

/**
 * The specs whose expectations depend on today's date (days relative to today, "due", "overdue",
 * the next webinar or forum, fixed dates compared with today). reliability-markup-drift only
 * writes {today±n} values as churn, so it runs in npm test alone.
 */
export const DATE_SPECS = [
  'clock-zone',
  'dashboard-audit',
  'salesforce-flags-onboarding',
  'salesforce-flags-unresponsive',
  'salesforce-flags-cases',
  'salesforce-autofill',
  'presignup-autofill',
  'gmail-inserts',
  'outreach-compose',
  'my-day-popup',
].map((name) => `tests/e2e/${name}.spec.ts`);

const only = process.argv.slice(2);
const chosen = only.length ? INSTANTS.filter((i) => only.includes(i.name)) : INSTANTS;
if (chosen.length === 0) throw new Error(`no instant named ${only.join(', ')}: ${INSTANTS.map((i) => i.name).join(', ')}`);

const results: Array<{ name: string; at: string; ok: boolean; seconds: number }> = [];
for (const instant of chosen) {
  console.log(`\n=== ${instant.name}: CSM_TEST_NOW=${instant.at} (${instant.why})`);
  const started = performance.now();
  // Each instant keeps its own failure artifacts, apart from npm test's (a run empties its output directory first).
  const output = path.join('tests/e2e/artifacts-at', instant.name);
  const run = spawnSync('npx', ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts', '--output', output, ...DATE_SPECS], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, CSM_TEST_NOW: instant.at, CSM_TEST_CLOCK_OFFSET_MS: undefined },
  });
  results.push({ name: instant.name, at: instant.at, ok: run.status === 0, seconds: Math.round((performance.now() - started) / 1000) });
}

console.log('\nDate-sensitive specs at each instant:');
for (const r of results) console.log(`  ${r.ok ? 'pass' : 'FAIL'}  ${r.name.padEnd(24)} ${r.at}  ${r.seconds}s`);
const failed = results.filter((r) => !r.ok);
if (failed.length) {
  console.error(`\n${failed.length} of ${results.length} instants failed: ${failed.map((r) => r.name).join(', ')}`);
  process.exit(1);
}
