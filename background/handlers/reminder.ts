import { failure } from '../../lib/messages/protocol';
import type { MyDayReminder } from '../my-day/my-day-reminder';
import type { Handlers } from '../router';

/** The popup turns My day's morning reminder on or off; the worker saves it and sets the alarm. */
export const reminderHandlers = (reminder: MyDayReminder | undefined): Pick<Handlers, 'my-day/reminder'> => ({
  'my-day/reminder': async ({ reminder: value }) => {
    if (!reminder) return failure('unavailable', 'The morning reminder is not available here');
    await reminder.set(value);
    return { ok: true };
  },
});
