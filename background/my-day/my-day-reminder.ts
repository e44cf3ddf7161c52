import { nextReminderAt, readReminder, reminderMessageSchema, reminderText, type Reminder } from '../../lib/my-day/reminder';
import { senderKind, type Sender } from '../../lib/messages/senders';
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
  runtimeId: string;
}

export interface MyDayReminder {
  /** Sets the alarm from the stored setting, the permission and the zone (start, any change). */
  reschedule(): Promise<void>;
  /** The alarm fired: notify when something is due, then set the next morning's alarm. */
  fire(): Promise<void>;
  /** `runtime.onMessage` listener: only CSM Guide's own pages may turn the reminder on or off. */
  listener(message: unknown, sender: Sender): Promise<{ ok: true }> | undefined;
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
    listener(message, sender) {
      const parsed = reminderMessageSchema.safeParse(message);
      if (!parsed.success || senderKind(sender, options.runtimeId) !== 'extension-page') return undefined;
      return options
        .save(parsed.data.reminder)
        .then(reschedule)
        .then(() => ({ ok: true as const }));
    },
  };
};
