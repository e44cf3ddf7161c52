/**
 * The end-to-end tests' calendar helpers and clock shift (tests/e2e/support/clock.ts) are right in
 * the tests' zone whatever zone Node runs in, across DST changes, month ends and leap days.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { addBusinessDays, addDays, clockShiftSource, dayOf, isoDay, isWeekend, shownDay, TEST_ZONE, zonedInstant } from '../../e2e/support/clock';

describe('e2e calendar helpers (America/Chicago)', () => {
  it('the day of an instant is the Central day, not the UTC one', () => {
    expect(TEST_ZONE).toBe('America/Chicago');
    expect(dayOf(Date.parse('2026-12-02T00:20:00Z'))).toBe('2026-12-01');
    expect(dayOf(Date.parse('2026-12-02T05:59:00Z'))).toBe('2026-12-01');
    expect(dayOf(Date.parse('2026-12-02T06:00:00Z'))).toBe('2026-12-02');
    expect(isoDay(0, new Date('2026-11-01T02:30:00Z'))).toBe('2026-10-31');
    expect(isoDay(-1, new Date('2027-03-15T05:20:00Z'))).toBe('2027-03-14');
  });

  it('adds calendar and business days across month ends and Feb 29', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addBusinessDays('2026-12-04', 1)).toBe('2026-12-07'); // Fri → Mon
    expect(addBusinessDays('2026-12-07', -1)).toBe('2026-12-04');
    expect(addBusinessDays('2026-10-31', -1)).toBe('2026-10-30'); // Sat → Fri
    expect(isWeekend('2026-10-31')).toBe(true);
    expect(isWeekend('2028-02-29')).toBe(false);
    expect(isWeekend('2026-11-26')).toBe(true); // Thanksgiving: a day off like a weekend
    expect(addBusinessDays('2026-11-25', 1)).toBe('2026-11-27');
    expect(shownDay('2028-02-29')).toBe('Feb 29, 2028');
  });

  it('turns a Central wall time into its instant, on DST days too', () => {
    expect(zonedInstant('2026-12-01', 15).toISOString()).toBe('2026-12-01T21:00:00.000Z'); // CST
    expect(zonedInstant('2026-07-01', 15).toISOString()).toBe('2026-07-01T20:00:00.000Z'); // CDT
    expect(zonedInstant('2027-03-14', 12).toISOString()).toBe('2027-03-14T17:00:00.000Z'); // after the jump
    expect(zonedInstant('2026-11-01', 12).toISOString()).toBe('2026-11-01T18:00:00.000Z'); // after falling back
    expect(zonedInstant('2026-11-01', 0).toISOString()).toBe('2026-11-01T05:00:00.000Z'); // midnight, still CDT
  });
});

describe('clock shift', () => {
  const RealDate = globalThis.Date;
  afterEach(() => {
    globalThis.Date = RealDate;
    delete (globalThis as { __csmTestClock?: number }).__csmTestClock;
  });

  it('shifts now by the offset and leaves everything else alone', () => {
    const offset = Date.parse('2028-02-29T18:00:00Z') - Date.now();
    new Function(clockShiftSource(offset))();
    const now = Date.now();
    expect(Math.abs(now - Date.parse('2028-02-29T18:00:00Z'))).toBeLessThan(5_000);
    expect(Math.abs(new Date().getTime() - now)).toBeLessThan(5_000);
    expect(Date()).toContain('2028');
    expect(new Date(0).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(new Date(2026, 0, 2).getDate()).toBe(2);
    expect(new RealDate(0) instanceof Date).toBe(true);
    expect(new Date() instanceof RealDate).toBe(true);
    expect(Date.UTC(2028, 1, 29)).toBe(RealDate.UTC(2028, 1, 29));
    class Sub extends Date {}
    expect(new Sub() instanceof Sub).toBe(true);
    // Installed once per world: a second copy (another script of the same page) does not add up.
    new Function(clockShiftSource(offset))();
    expect(Math.abs(Date.now() - Date.parse('2028-02-29T18:00:00Z'))).toBeLessThan(5_000);
  });
});
