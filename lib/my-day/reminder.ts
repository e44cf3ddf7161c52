import { z } from '../core/zod';
import { addCalendarDays, todayIn, zonedTimeToInstant } from '../core/dates';
import { STORAGE_KEYS } from '../store/keys';

/**
 * The optional morning reminder: a notification at `hour` o'clock (the user's zone) saying how
 * much is overdue and due today. Off until the CSM turns it on in the popup, which is also when
 * Chrome asks for the `notifications` permission (an optional permission, never at install).
 */
export const REMINDER_KEY = `local:${STORAGE_KEYS.myDayReminder.key}` as const;
export const REMINDER_HOURS = [6, 7, 8, 9, 10, 11] as const;

export const reminderSchema = z.strictObject({
  enabled: z.boolean(),
  /** Hour of the day, 0–23, on the user's clock. */
  hour: z.number().check(z.int(), z.gte(0), z.lte(23)),
});
export type Reminder = z.infer<typeof reminderSchema>;
export const DEFAULT_REMINDER: Reminder = { enabled: false, hour: 8 };

/** The message an extension page sends the background (the single writer) to change it. */
export const REMINDER_MESSAGE = 'my-day/reminder';
export const reminderMessageSchema = z.strictObject({ type: z.literal(REMINDER_MESSAGE), reminder: reminderSchema });

/** A stored value as the reminder it holds; anything unreadable is the default (off). */
export const readReminder = (value: unknown): Reminder => {
  const parsed = reminderSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_REMINDER;
};

/**
 * The next instant strictly after `now` at which the zone's clock shows `hour`:00. Computed
 * from the calendar each time (not "24 hours later"), so the reminder stays at 8:00 across the
 * clock changes.
 */
export const nextReminderAt = (now: string, hour: number, zone: string): string => {
  const time = `${String(hour).padStart(2, '0')}:00`;
  const today = todayIn(now, zone);
  const todays = zonedTimeToInstant(today, time, zone);
  return Date.parse(todays) > Date.parse(now) ? todays : zonedTimeToInstant(addCalendarDays(today, 1), time, zone);
};

/** The notification's words; null when there is nothing to remind of (no noise on a clear day). */
export const reminderText = (counts: { overdue: number; dueToday: number }): { title: string; message: string } | null => {
  if (!counts.overdue && !counts.dueToday) return null;
  const parts = [counts.overdue ? `${counts.overdue} overdue` : '', counts.dueToday ? `${counts.dueToday} due today` : ''].filter(Boolean);
  return { title: `My day: ${parts.join(', ')}`, message: 'Open CSM Guide from the toolbar to see the steps by account.' };
};
