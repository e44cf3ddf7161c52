import { describe, expect, test } from 'vitest';
import { formatDate, formatInstant, relativeDays } from '../../../lib/core/dates';

describe('date text', () => {
  test('formatDate', () => {
    expect(formatDate('2026-11-27')).toBe('Nov 27, 2026');
    expect(formatDate('2026-11-27', 'short')).toBe('Nov 27, 2026');
    expect(formatDate('2026-11-27', 'long')).toBe('Friday, November 27, 2026');
    expect(formatDate('2028-02-29', 'short')).toBe('Feb 29, 2028');
  });

  test('formatInstant shows the zone’s clock', () => {
    expect(formatInstant('2026-11-27T20:30:00Z', 'America/Chicago')).toBe('Nov 27, 2026, 2:30 PM CST');
    expect(formatInstant('2026-07-01T05:05:00Z', 'America/Chicago')).toBe('Jul 1, 2026, 12:05 AM CDT');
    expect(formatInstant('2026-12-31T23:30:00-06:00', 'UTC')).toBe('Jan 1, 2027, 5:30 AM UTC');
  });

  test('relativeDays', () => {
    expect(relativeDays('2026-11-27', '2026-11-27')).toBe('today');
    expect(relativeDays('2026-11-28', '2026-11-27')).toBe('tomorrow');
    expect(relativeDays('2026-11-26', '2026-11-27')).toBe('yesterday');
    expect(relativeDays('2026-11-30', '2026-11-27')).toBe('in 3 days');
    expect(relativeDays('2026-11-25', '2026-11-27')).toBe('2 days ago');
    expect(relativeDays('2027-01-01', '2026-12-31')).toBe('tomorrow');
  });
});
