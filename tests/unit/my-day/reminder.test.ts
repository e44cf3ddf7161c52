import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER, nextReminderAt, readReminder, reminderText } from '@/lib/my-day/reminder';

const CHICAGO = 'America/Chicago';

describe('nextReminderAt', () => {
  it('is today at the hour when that is still ahead, else tomorrow', () => {
    // 6:30 in Chicago (CST, UTC−6) → 8:00 today; 9:00 → 8:00 tomorrow.
    expect(nextReminderAt('2026-11-27T12:30:00.000Z', 8, CHICAGO)).toBe('2026-11-27T14:00:00.000Z');
    expect(nextReminderAt('2026-11-27T15:00:00.000Z', 8, CHICAGO)).toBe('2026-11-28T14:00:00.000Z');
  });

  it('at exactly the hour, is the next day (the alarm that just fired is not set again for now)', () => {
    expect(nextReminderAt('2026-11-27T14:00:00.000Z', 8, CHICAGO)).toBe('2026-11-28T14:00:00.000Z');
  });

  it('stays at 8:00 on the wall clock across the spring-forward night', () => {
    // Sat Mar 7, 2026, 9:00 CST → Sun Mar 8, 8:00 CDT (UTC−5).
    expect(nextReminderAt('2026-03-07T15:00:00.000Z', 8, CHICAGO)).toBe('2026-03-08T13:00:00.000Z');
  });

  it('follows the zone in the settings', () => {
    // 9:00 in Chicago is midnight in Tokyo (UTC+9): its 8:00 is 23:00 UTC the same evening.
    expect(nextReminderAt('2026-11-27T15:00:00.000Z', 8, 'Asia/Tokyo')).toBe('2026-11-27T23:00:00.000Z');
  });
});

describe('reminder value and words', () => {
  it('reads anything unreadable as off', () => {
    expect(readReminder(undefined)).toEqual(DEFAULT_REMINDER);
    expect(readReminder({ enabled: true, hour: 25 })).toEqual(DEFAULT_REMINDER);
    expect(readReminder({ enabled: true, hour: 7 })).toEqual({ enabled: true, hour: 7 });
  });

  it('says what is due, and nothing on a clear day', () => {
    expect(reminderText({ overdue: 3, dueToday: 2 })?.title).toBe('My day: 3 overdue, 2 due today');
    expect(reminderText({ overdue: 0, dueToday: 1 })?.title).toBe('My day: 1 due today');
    expect(reminderText({ overdue: 0, dueToday: 0 })).toBeNull();
  });
});
