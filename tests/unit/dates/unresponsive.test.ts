import { describe, expect, test } from 'vitest';
import { businessCalendar, contactLogStatus, unresponsiveDays, WEEKDAYS_ONLY } from '../../../lib/core/dates';

const FROM_FRIDAY = [
  '2026-11-27',
  '2026-11-30',
  '2026-12-01',
  '2026-12-02',
  '2026-12-03',
  '2026-12-04',
  '2026-12-07',
  '2026-12-08',
  '2026-12-09',
  '2026-12-10',
];

describe('UNR-DAILY-10 days', () => {
  test('ten business days from a weekday start, skipping the weekend', () => {
    expect(unresponsiveDays('2026-11-27')).toEqual(FROM_FRIDAY);
  });

  test('a Saturday start begins on Monday', () => {
    const days = unresponsiveDays('2026-11-28');
    expect(days[0]).toBe('2026-11-30');
    expect(days[9]).toBe('2026-12-11');
    expect(days).toHaveLength(10);
  });

  test('a holiday is not a day of the log: Thanksgiving is skipped, the log ends a day later', () => {
    const days = unresponsiveDays('2026-11-20');
    expect(days).not.toContain('2026-11-26');
    expect(days).toEqual([
      '2026-11-20', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-27',
      '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04',
    ]);
    // A start on the holiday itself begins on the next business day.
    expect(unresponsiveDays('2026-11-26')[0]).toBe('2026-11-27');
  });

  test("the playbook's calendar decides: a company holiday is skipped, a removed one is a day", () => {
    const withFriday = businessCalendar({ extraHolidays: [{ date: '2026-11-27', name: 'Day after Thanksgiving' }] });
    expect(unresponsiveDays('2026-11-20', 10, withFriday).at(-1)).toBe('2026-12-07');
    expect(unresponsiveDays('2026-11-20', 10, WEEKDAYS_ONLY).at(-1)).toBe('2026-12-03');
  });

  test('other counts, across the year end (New Year’s Day is skipped)', () => {
    expect(unresponsiveDays('2026-12-30', 3)).toEqual(['2026-12-30', '2026-12-31', '2027-01-04']);
    expect(unresponsiveDays('2026-12-30', 0)).toEqual([]);
    expect(() => unresponsiveDays('2026-12-30', -1)).toThrow(RangeError);
  });
});

describe('UNR-DAILY-10 log', () => {
  test('states, gaps and completeness', () => {
    const days = FROM_FRIDAY.slice(0, 6);
    const status = contactLogStatus(
      days,
      {
        '2026-11-27': { email: true, call: true },
        '2026-11-30': { email: true },
        '2026-12-02': { call: true },
        '2026-12-03': { email: true, call: true },
      },
      '2026-12-02',
    );
    expect(status.days.map((day) => [day.date, day.email, day.call, day.state])).toEqual([
      ['2026-11-27', true, true, 'done'],
      ['2026-11-30', true, false, 'partial'],
      ['2026-12-01', false, false, 'missed'],
      ['2026-12-02', false, true, 'today'],
      ['2026-12-03', true, true, 'done'],
      ['2026-12-04', false, false, 'upcoming'],
    ]);
    expect(status.gaps).toEqual(['2026-11-30', '2026-12-01']);
    expect(status.complete).toBe(false);
  });

  test('today with both logged is done, and all done is complete', () => {
    const days = ['2026-11-27', '2026-11-30'];
    const log = { '2026-11-27': { email: true, call: true }, '2026-11-30': { email: true, call: true } };
    const status = contactLogStatus(days, log, '2026-11-30');
    expect(status.days.map((day) => day.state)).toEqual(['done', 'done']);
    expect(status.gaps).toEqual([]);
    expect(status.complete).toBe(true);
  });

  test('an empty log before the first day has no gaps yet', () => {
    const status = contactLogStatus(FROM_FRIDAY, {}, '2026-11-26');
    expect(status.days.every((day) => day.state === 'upcoming')).toBe(true);
    expect(status.gaps).toEqual([]);
    expect(status.complete).toBe(false);
  });
});
