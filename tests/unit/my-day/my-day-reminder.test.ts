import { describe, expect, it } from 'vitest';
import { createMyDayReminder } from '@/background/my-day/my-day-reminder';
import { REMINDER_MESSAGE, type Reminder } from '@/lib/my-day/reminder';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const PAGE = { id: ID, url: `chrome-extension://${ID}/popup.html` };
// Friday, Nov 27, 2026, 9:00 in Chicago: the next 8:00 is Saturday's.
const NOW = '2026-11-27T15:00:00.000Z';

const setup = (stored: unknown, permitted = true, counts = { overdue: 2, dueToday: 1 }) => {
  const state = { stored, alarm: undefined as string | null | undefined, notes: [] as string[] };
  const reminder = createMyDayReminder({
    load: async () => state.stored,
    save: async (r: Reminder) => void (state.stored = r),
    permitted: async () => permitted,
    count: async () => ({ ...counts, timeZone: 'America/Chicago' }),
    setAlarm: async (at) => void (state.alarm = at),
    notify: async ({ title }) => void state.notes.push(title),
    now: () => NOW,
    runtimeId: ID,
  });
  return { reminder, state };
};

describe('the morning reminder', () => {
  it('turned on from an extension page, is saved and set for the next morning', async () => {
    const { reminder, state } = setup(undefined);
    await expect(reminder.listener({ type: REMINDER_MESSAGE, reminder: { enabled: true, hour: 8 } }, PAGE)).resolves.toEqual({ ok: true });
    expect(state.stored).toEqual({ enabled: true, hour: 8 });
    expect(state.alarm).toBe('2026-11-28T14:00:00.000Z');
  });

  it('is not set without the notifications permission, and cleared when turned off', async () => {
    const denied = setup({ enabled: true, hour: 8 }, false);
    await denied.reminder.reschedule();
    expect(denied.state.alarm).toBeNull();
    const { reminder, state } = setup({ enabled: true, hour: 8 });
    await reminder.listener({ type: REMINDER_MESSAGE, reminder: { enabled: false, hour: 8 } }, PAGE);
    expect(state.alarm).toBeNull();
  });

  it('refuses a content script, and leaves other messages to other listeners', () => {
    const { reminder } = setup(undefined);
    const fromSite = { id: ID, url: 'https://acme.lightning.force.com/lightning/r/Account/001/view', tab: { id: 3 } };
    expect(reminder.listener({ type: REMINDER_MESSAGE, reminder: { enabled: true, hour: 8 } }, fromSite)).toBeUndefined();
    expect(reminder.listener({ type: 'settings/set', patch: {} }, PAGE)).toBeUndefined();
  });

  it('when the alarm fires, notifies what is due and sets the next morning', async () => {
    const { reminder, state } = setup({ enabled: true, hour: 8 });
    await reminder.fire();
    expect(state.notes).toEqual(['My day: 2 overdue, 1 due today']);
    expect(state.alarm).toBe('2026-11-28T14:00:00.000Z');
  });

  it('stays quiet on a clear day', async () => {
    const { reminder, state } = setup({ enabled: true, hour: 8 }, true, { overdue: 0, dueToday: 0 });
    await reminder.fire();
    expect(state.notes).toEqual([]);
    expect(state.alarm).toBe('2026-11-28T14:00:00.000Z');
  });
});
