import { describe, expect, test } from 'vitest';
import { formatSession, formatSessionBoth, nextWebinars, WEBINARS } from '../../../lib/core/dates';

describe('TR-SCHEDULE sessions', () => {
  test('the SOP schedule', () => {
    expect(WEBINARS.Learning).toEqual({ weekday: 2, time: '11:00', minutes: 45 });
    expect(WEBINARS.Compliance).toEqual({ weekday: 4, time: '11:00', minutes: 45 });
  });

  test('next Learning and Compliance sessions from a Friday', () => {
    expect(nextWebinars('2026-11-27T12:00:00Z', 'Learning')).toEqual([
      { product: 'Learning', start: '2026-12-01T17:00:00.000Z', end: '2026-12-01T17:45:00.000Z' },
      { product: 'Learning', start: '2026-12-08T17:00:00.000Z', end: '2026-12-08T17:45:00.000Z' },
    ]);
    expect(nextWebinars('2026-11-27T12:00:00Z', 'Compliance', 1)).toEqual([
      { product: 'Compliance', start: '2026-12-03T17:00:00.000Z', end: '2026-12-03T17:45:00.000Z' },
    ]);
  });

  test('11:00 Chicago wall time on both sides of the March change; the UTC instant moves an hour', () => {
    const starts = nextWebinars('2026-03-01T12:00:00Z', 'Learning', 3).map((s) => s.start);
    expect(starts).toEqual(['2026-03-03T17:00:00.000Z', '2026-03-10T16:00:00.000Z', '2026-03-17T16:00:00.000Z']);
  });

  test('and on both sides of the November change', () => {
    const starts = nextWebinars('2026-10-26T12:00:00Z', 'Learning', 2).map((s) => s.start);
    expect(starts).toEqual(['2026-10-27T16:00:00.000Z', '2026-11-03T17:00:00.000Z']);
  });

  test('a session that has started is not next; one later the same day is', () => {
    // 10:59 CDT on Tuesday 2026-03-10, written as a Tokyo time.
    expect(nextWebinars('2026-03-11T00:59:00+09:00', 'Learning', 1)[0]?.start).toBe('2026-03-10T16:00:00.000Z');
    // 11:00 exactly, written as a Pacific (PDT) time: started, so next week.
    expect(nextWebinars('2026-03-10T09:00:00-07:00', 'Learning', 1)[0]?.start).toBe('2026-03-17T16:00:00.000Z');
  });

  test('a Tuesday evening in Chicago is already Wednesday in UTC; the week is counted in Chicago', () => {
    expect(nextWebinars('2026-12-02T03:00:00Z', 'Learning', 1)[0]?.start).toBe('2026-12-08T17:00:00.000Z');
    expect(nextWebinars('2026-12-02T03:00:00Z', 'Compliance', 1)[0]?.start).toBe('2026-12-03T17:00:00.000Z');
  });

  test('a custom schedule and zone, across the year end', () => {
    const sessions = nextWebinars('2026-12-30T12:00:00Z', 'Learning', 2, {
      weekday: 1,
      time: '09:30',
      minutes: 30,
      zone: 'America/New_York',
    });
    expect(sessions.map((s) => [s.start, s.end])).toEqual([
      ['2027-01-04T14:30:00.000Z', '2027-01-04T15:00:00.000Z'],
      ['2027-01-11T14:30:00.000Z', '2027-01-11T15:00:00.000Z'],
    ]);
    expect(() => nextWebinars('2026-12-30T12:00:00Z', 'Learning', 1, { weekday: 7, time: '09:30', minutes: 30 })).toThrow(
      RangeError,
    );
  });
});

describe('session text', () => {
  const december = { product: 'Learning' as const, start: '2026-12-01T17:00:00.000Z', end: '2026-12-01T17:45:00.000Z' };
  const march = { product: 'Learning' as const, start: '2026-03-10T16:00:00.000Z', end: '2026-03-10T16:45:00.000Z' };

  test('formatSession shows the zone’s wall clock and abbreviation', () => {
    expect(formatSession(december, 'America/Chicago')).toBe('Tue, Dec 1, 2026, 11:00 AM CST');
    expect(formatSession(march, 'America/Chicago')).toBe('Tue, Mar 10, 2026, 11:00 AM CDT');
    expect(formatSession(december, 'America/New_York')).toBe('Tue, Dec 1, 2026, 12:00 PM EST');
  });

  test('formatSessionBoth adds the user’s time when it differs', () => {
    expect(formatSessionBoth(december, 'America/Los_Angeles')).toBe(
      'Tue, Dec 1, 2026, 11:00 AM CST (9:00 AM PST your time)',
    );
    expect(formatSessionBoth(december, 'America/Chicago')).toBe('Tue, Dec 1, 2026, 11:00 AM CST');
    // Another zone on Central time shows the same wall time.
    expect(formatSessionBoth(december, 'America/Winnipeg')).toBe('Tue, Dec 1, 2026, 11:00 AM CST');
  });

  test('names the day when the user’s date differs', () => {
    expect(formatSessionBoth(december, 'Asia/Tokyo')).toBe(
      'Tue, Dec 1, 2026, 11:00 AM CST (Wed, Dec 2, 2:00 AM GMT+9 your time)',
    );
  });

  test('the US and European changes fall on different dates', () => {
    // 2026-03-10: Chicago already on CDT, Berlin still on CET.
    expect(formatSessionBoth(march, 'Europe/Berlin')).toBe('Tue, Mar 10, 2026, 11:00 AM CDT (5:00 PM GMT+1 your time)');
    const april = { product: 'Learning' as const, start: '2026-03-31T16:00:00.000Z', end: '2026-03-31T16:45:00.000Z' };
    expect(formatSessionBoth(april, 'Europe/Berlin')).toBe('Tue, Mar 31, 2026, 11:00 AM CDT (6:00 PM GMT+2 your time)');
  });
});
