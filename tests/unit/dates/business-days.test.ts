import { describe, expect, test } from 'vitest';
import {
  addBusinessDays,
  addCalendarDays,
  businessDayOnOrAfter,
  businessDaysBetween,
  isBusinessDay,
  nextBusinessDay,
} from '../../../lib/core/dates';

// 2026-11-27 is a Friday.
describe('business days (Mon–Fri, no holidays)', () => {
  test('weekdays are business days, weekends are not', () => {
    expect(isBusinessDay('2026-11-27')).toBe(true);
    expect(isBusinessDay('2026-11-28')).toBe(false);
    expect(isBusinessDay('2026-11-29')).toBe(false);
    expect(isBusinessDay('2026-11-30')).toBe(true);
  });

  test('Friday + 1 and a weekend day + 1 are Monday', () => {
    expect(addBusinessDays('2026-11-27', 1)).toBe('2026-11-30');
    expect(addBusinessDays('2026-11-28', 1)).toBe('2026-11-30');
    expect(addBusinessDays('2026-11-29', 1)).toBe('2026-11-30');
    expect(addBusinessDays('2026-11-27', 5)).toBe('2026-12-04');
    expect(addBusinessDays('2026-11-27', 10)).toBe('2026-12-11');
  });

  test('goes back over weekends, and 0 leaves the date alone', () => {
    expect(addBusinessDays('2026-11-30', -1)).toBe('2026-11-27');
    expect(addBusinessDays('2026-11-28', -1)).toBe('2026-11-27');
    expect(addBusinessDays('2026-11-28', 0)).toBe('2026-11-28');
    expect(() => addBusinessDays('2026-11-27', 1.5)).toThrow(RangeError);
  });

  test('crosses the year end and a leap day', () => {
    expect(addBusinessDays('2026-12-30', 3)).toBe('2027-01-04');
    expect(addBusinessDays('2028-02-25', 2)).toBe('2028-02-29');
  });

  test('nextBusinessDay is strictly after the date', () => {
    expect(nextBusinessDay('2026-11-30')).toBe('2026-12-01');
    expect(nextBusinessDay('2026-11-27')).toBe('2026-11-30');
    expect(nextBusinessDay('2026-11-28')).toBe('2026-11-30');
    expect(businessDayOnOrAfter('2026-11-27')).toBe('2026-11-27');
    expect(businessDayOnOrAfter('2026-11-29')).toBe('2026-11-30');
  });

  test('businessDaysBetween counts (a, b]', () => {
    expect(businessDaysBetween('2026-11-27', '2026-11-30')).toBe(1);
    expect(businessDaysBetween('2026-11-27', '2026-12-04')).toBe(5);
    expect(businessDaysBetween('2026-11-28', '2026-11-29')).toBe(0);
    expect(businessDaysBetween('2026-11-30', '2026-11-30')).toBe(0);
    expect(businessDaysBetween('2026-12-24', '2027-01-04')).toBe(7);
    expect(businessDaysBetween('2027-01-04', '2026-12-24')).toBe(-7);
  });

  test('businessDaysBetween agrees with counting day by day', () => {
    for (let offset = 0; offset < 7; offset += 1) {
      const a = addCalendarDays('2026-11-23', offset);
      for (let span = 0; span <= 40; span += 1) {
        const b = addCalendarDays(a, span);
        let naive = 0;
        for (let i = 1; i <= span; i += 1) if (isBusinessDay(addCalendarDays(a, i))) naive += 1;
        expect(businessDaysBetween(a, b)).toBe(naive);
      }
      if (isBusinessDay(a)) {
        for (let n = 0; n <= 15; n += 1) expect(businessDaysBetween(a, addBusinessDays(a, n))).toBe(n);
      }
    }
  });
});
