import { reminderSchema } from '../../my-day/reminder';
import { defineMessage, PAGES_ONLY } from '../define';

/** My day's morning reminder: the popup turns it on or off; the worker keeps the setting and the alarm. */
export const REMINDER_MESSAGES = [
  defineMessage<{ ok: true }>()('my-day/reminder', { from: PAGES_ONLY, queued: false, fields: { reminder: reminderSchema } }),
] as const;
