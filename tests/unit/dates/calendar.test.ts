import { describe, expect, test } from 'vitest';
import {
  addCalendarDays,
  compareIsoDates,
  diffCalendarDays,
  isIsoDate,
  isoDateFromParts,
  weekdayOf,
} from '../../../lib/core/dates';

describe('calendar dates', () => {
  test('recognises real YYYY-MM-DD dates only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-05')).toBe(false);
    expect(isIsoDate('11/27/2026')).toBe(false);
    expect(isIsoDate(20261127)).toBe(false);
  });

  test('builds dates from parts, refusing days that do not exist', () => {
    expect(isoDateFromParts(2026, 1, 5)).toBe('2026-01-05');
    expect(isoDateFromParts(2028, 2, 29)).toBe('2028-02-29');
    expect(isoDateFromParts(2026, 2, 29)).toBeNull();
    expect(isoDateFromParts(2026, 4, 31)).toBeNull();
    expect(isoDateFromParts(2026, 0, 1)).toBeNull();
    expect(isoDateFromParts(2026, 1.5, 1)).toBeNull();
  });

  test('adds calendar days across month ends, leap days and the year end', () => {
    expect(addCalendarDays('2026-01-31', 30)).toBe('2026-03-02');
    expect(addCalendarDays('2028-01-31', 30)).toBe('2028-03-01');
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
    // The DST change in Chicago must not turn a day into 23 or 25 hours here.
    expect(addCalendarDays('2026-03-07', 2)).toBe('2026-03-09');
  });

  test('diffCalendarDays is b - a', () => {
    expect(diffCalendarDays('2026-02-01', '2026-03-01')).toBe(28);
    expect(diffCalendarDays('2028-02-01', '2028-03-01')).toBe(29);
    expect(diffCalendarDays('2026-12-31', '2026-12-25')).toBe(-6);
    expect(diffCalendarDays('2026-11-27', '2026-11-27')).toBe(0);
  });

  test('weekday and ordering', () => {
    expect(weekdayOf('2026-11-27')).toBe(5);
    expect(weekdayOf('2026-11-29')).toBe(0);
    expect(compareIsoDates('2026-11-27', '2026-12-01')).toBeLessThan(0);
    expect(compareIsoDates('2027-01-01', '2026-12-31')).toBeGreaterThan(0);
  });

  test('rejects text that is not a date instead of guessing', () => {
    expect(() => addCalendarDays('2026-02-30', 1)).toThrow(/YYYY-MM-DD/);
    expect(() => diffCalendarDays('Nov 27', '2026-11-27')).toThrow(RangeError);
  });
});

describe('calendar arithmetic without a date library (npm run bench: dayjs parsing cost more than the rules)', () => {
  test('century leap rules and the years 0–99 (which Date.UTC would read as 1900–1999)', () => {
    expect([isIsoDate('2100-02-29'), isIsoDate('2000-02-29'), isIsoDate('0099-12-31'), isIsoDate('0000-02-30')]).toEqual([false, true, true, false]);
  });

  test('adds, subtracts and counts days across months, years and the years 0–99', () => {
    expect(addCalendarDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(diffCalendarDays('2026-03-07', '2026-03-09')).toBe(2); // across the spring DST change
    expect(diffCalendarDays('2026-12-31', '2026-01-01')).toBe(-364);
    expect(weekdayOf('2026-12-02')).toBe(3);
    expect(() => addCalendarDays('2026-02-30', 1)).toThrow(RangeError);
  });
});
