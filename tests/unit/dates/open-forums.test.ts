import { describe, expect, test } from 'vitest';
import { firstThursday, nextOpenForum } from '../../../lib/core/dates';

describe('SMB-OPEN-FORUMS', () => {
  test('first Thursday of a month', () => {
    expect(firstThursday(2026, 1)).toBe('2026-01-01'); // the 1st is a Thursday
    expect(firstThursday(2026, 10)).toBe('2026-10-01');
    expect(firstThursday(2026, 11)).toBe('2026-11-05');
    expect(firstThursday(2026, 12)).toBe('2026-12-03');
    expect(firstThursday(2027, 1)).toBe('2027-01-07');
    expect(() => firstThursday(2026, 13)).toThrow(RangeError);
  });

  test('today counts when it is the first Thursday', () => {
    expect(nextOpenForum('2026-10-01')).toBe('2026-10-01');
    expect(nextOpenForum('2026-09-30')).toBe('2026-10-01');
    expect(nextOpenForum('2026-10-02')).toBe('2026-11-05');
  });

  test('rolls into the next year', () => {
    expect(nextOpenForum('2026-12-04')).toBe('2027-01-07');
    expect(nextOpenForum('2026-12-31')).toBe('2027-01-07');
  });
});
