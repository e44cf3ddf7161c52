/**
 * One clock and one zone for the end-to-end tests and the extension they drive.
 *
 * Zone: every browser runs with `TZ=America/Chicago` (see `browserEnv()`; the service worker,
 * content scripts and pages all follow it), the Node side runs with the same TZ (set in
 * playwright.config.ts), and every test-side calendar helper here computes in TEST_ZONE
 * explicitly, so nothing depends on the machine's zone.
 *
 * Instant: `CSM_TEST_NOW=<ISO instant>` pins the run. playwright.config.ts turns it, once, into
 * one offset from the machine clock (CSM_TEST_CLOCK_OFFSET_MS) shared by every process of the
 * run: Node's `Date` is shifted by it (installClockShift in the config), and so is every JS world
 * of the browser: the extension (background, content scripts, its pages) runs from a copy of the
 * build with CLOCK_SHIFT_SOURCE prepended to each script (global-setup.ts), and web pages get it
 * as an init script (`pinPages`). The clock keeps ticking from there: a run pinned at 23:40 is at
 * 23:43 three minutes later, in the browser and in the test alike. Without CSM_TEST_NOW the
 * offset is 0 (the machine's clock, still in TEST_ZONE). Tests read "now" through `testNow()`.
 *
 * (Debian's faketime was tried for the browser: Chromium under libfaketime takes a minute to
 * render a page and its launch times out, so the clock is shifted in JS instead.)
 */

import { addCalendarDays, DEFAULT_CALENDAR, todayIn, toInstant, zonedTimeToInstant } from '../../../lib/core/dates';

/** The zone of every browser and every test-side date: the CSMs' (Central) zone. */
export const TEST_ZONE = 'America/Chicago';
/** ISO instant the run is pinned at (optional). */
export const TEST_NOW_ENV = 'CSM_TEST_NOW';
/** Milliseconds added to the machine clock, worked out once per run from CSM_TEST_NOW. */
export const CLOCK_OFFSET_ENV = 'CSM_TEST_CLOCK_OFFSET_MS';

/** The run's clock offset (0 when no instant is pinned). */
export function clockOffset(): number {
  const raw = process.env[CLOCK_OFFSET_ENV];
  return raw ? Number(raw) : 0;
}

/**
 * Called by playwright.config.ts in every process: the runner turns CSM_TEST_NOW into the
 * offset (workers inherit it, so the run has one clock), then each process shifts its own Date.
 */
export function pinRunClock(): void {
  const pinned = process.env[TEST_NOW_ENV];
  if (pinned && process.env[CLOCK_OFFSET_ENV] === undefined) {
    const at = Date.parse(pinned);
    if (Number.isNaN(at)) throw new Error(`${TEST_NOW_ENV}=${pinned} is not an ISO instant`);
    process.env[CLOCK_OFFSET_ENV] = String(at - Date.now());
  }
  const offset = clockOffset();
  if (offset !== 0) new Function(clockShiftSource(offset))();
}

/**
 * Replaces the global Date with one whose "now" is the machine's plus `offset` ms (Date(),
 * new Date(), Date.now(); everything else, and `instanceof Date`, unchanged). Installed once per
 * JS world, whichever script gets there first.
 */
export function clockShiftSource(offset: number): string {
  return `;(() => {
  const g = globalThis;
  if (g.__csmTestClock || !Number.isFinite(${offset}) || ${offset} === 0) return;
  const RealDate = g.Date;
  const shifted = () => RealDate.now() + ${offset};
  function Date(...args) {
    if (!new.target) return new RealDate(shifted()).toString();
    return Reflect.construct(RealDate, args.length ? args : [shifted()], new.target);
  }
  Date.prototype = RealDate.prototype;
  Date.now = shifted;
  Date.parse = RealDate.parse;
  Date.UTC = RealDate.UTC;
  Object.defineProperty(g, '__csmTestClock', { value: ${offset}, configurable: true });
  g.Date = Date;
})();
`;
}

/** The current instant of the run (the machine clock plus the pinned offset). */
export function testNow(): Date {
  return new Date(Date.now());
}

/** The browser's environment: the machine's, with the zone pinned. */
export function browserEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  return { ...env, TZ: TEST_ZONE };
}

// ---- Calendar days in TEST_ZONE (YYYY-MM-DD), independent of the machine's zone. ----
// The calendar arithmetic is the product's own (lib/core/dates): the tests compute days exactly as the
// sidebar does, and there is one implementation of DST, month ends and leap days to trust.

/** `iso` plus `n` calendar days; how the sidebar writes a day. */
export { addCalendarDays as addDays, formatDate as shownDay } from '../../../lib/core/dates';

/**
 * `iso` plus `n` business days of the built-in playbook's calendar (Monday–Friday less the US
 * federal holidays), the one the extension runs on in these tests.
 */
export const addBusinessDays = (iso: string, n: number): string => DEFAULT_CALENDAR.addBusinessDays(iso, n);

/** The day a step dated `iso` is due on that calendar: `iso`, or the next business day after a day off. */
export const dueDay = (iso: string): string => DEFAULT_CALENDAR.businessDayOnOrAfter(iso);

/** A day off on that calendar: a weekend day or a holiday (never a day of the 10-day log). */
export const isWeekend = (iso: string): boolean => !DEFAULT_CALENDAR.isBusinessDay(iso);

/** The calendar day of an instant in TEST_ZONE. */
export function dayOf(at: Date | number): string {
  return todayIn(toInstant(typeof at === 'number' ? at : at.getTime()), TEST_ZONE);
}

/** A calendar day relative to today in TEST_ZONE (what the sidebar computes from). */
export function isoDay(offsetDays = 0, now: Date = testNow()): string {
  return addCalendarDays(dayOf(now), offsetDays);
}

/** The instant of a whole-hour wall-clock time on a calendar day in TEST_ZONE. */
export function zonedInstant(iso: string, hour: number): Date {
  return new Date(zonedTimeToInstant(iso, `${String(hour).padStart(2, '0')}:00`, TEST_ZONE));
}
