import { nextReminderAt, readReminder, reminderText, type Reminder } from '../../lib/my-day/reminder';
import type { DayCounts } from './my-day-badge';

export const REMINDER_ALARM = 'my-day-reminder';

export interface ReminderOptions {
  /** The stored setting (raw; unreadable = off). */
  load(): Promise<unknown>;
  save(reminder: Reminder): Promise<void>;
  /** Whether Chrome granted the optional `notifications` permission. */
  permitted(): Promise<boolean>;
  /** Today's counts and the user's zone (the badge's count). */
  count(): Promise<DayCounts>;
  /** Sets the one-shot alarm at an ISO instant, or clears it with null. */
  setAlarm(at: string | null): Promise<void>;
  notify(text: { title: string; message: string }): Promise<void>;
  now(): string;
}

export interface MyDayReminder {
  /** Sets the alarm from the stored setting, the permission and the zone (start, any change). */
  reschedule(): Promise<void>;
  /** The alarm fired: notify when something is due, then set the next morning's alarm. */
  fire(): Promise<void>;
  /** Saves the setting and sets (or clears) the alarm: the popup's `my-day/reminder` message (background/handlers/reminder.ts). */
  set(reminder: Reminder): Promise<void>;
}

/**
 * The optional morning reminder, in the background (the single writer of its setting). It is a
 * one-shot alarm set each time for the next `hour`:00 on the user's clock, rather than a 24-hour
 * period, so it stays at that hour across clock changes and follows a change of zone.
 */
export const createMyDayReminder = (options: ReminderOptions): MyDayReminder => {
  const reschedule = async (): Promise<void> => {
    const reminder = readReminder(await options.load());
    if (!reminder.enabled || !(await options.permitted())) return options.setAlarm(null);
    const { timeZone } = await options.count();
    await options.setAlarm(nextReminderAt(options.now(), reminder.hour, timeZone));
  };

  return {
    reschedule,
    async fire() {
      const reminder = readReminder(await options.load());
      if (reminder.enabled && (await options.permitted())) {
        const text = reminderText(await options.count());
        if (text) await options.notify(text);
      }
      await reschedule();
    },
    async set(reminder) {
      await options.save(reminder);
      await reschedule();
    },
  };
};
