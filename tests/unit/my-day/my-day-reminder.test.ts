import { describe, expect, it } from 'vitest';
import { createMyDayReminder } from '@/background/my-day/my-day-reminder';
import { reminderHandlers } from '@/background/handlers/reminder';
import { createWriter } from '@/background/writer';
import { createStorageItems } from '@/lib/store/items/storage-items';
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
  });
  // The worker's one listener, with the reminder's handler (background/start.ts wires it the same way).
  const router = createWriter({
    items: createStorageItems('writer'),
    runtimeId: ID,
    timeZone: 'America/Chicago',
    handlers: { 'app/load': async () => ({ ok: true }), 'options/open': async () => ({ ok: true }), ...reminderHandlers(reminder) },
  });
  return { reminder, state, router };
};

describe('the morning reminder', () => {
  it('turned on from an extension page, is saved and set for the next morning', async () => {
    const { router, state } = setup(undefined);
    await expect(router.handle({ type: REMINDER_MESSAGE, reminder: { enabled: true, hour: 8 } }, PAGE)).resolves.toEqual({ ok: true });
    expect(state.stored).toEqual({ enabled: true, hour: 8 });
    expect(state.alarm).toBe('2026-11-28T14:00:00.000Z');
  });

  it('is not set without the notifications permission, and cleared when turned off', async () => {
    const denied = setup({ enabled: true, hour: 8 }, false);
    await denied.reminder.reschedule();
    expect(denied.state.alarm).toBeNull();
    const { reminder, state } = setup({ enabled: true, hour: 8 });
    await reminder.set({ enabled: false, hour: 8 });
    expect(state.alarm).toBeNull();
  });

  it('refuses a content script, and nothing at all is answered to another extension or a bad setting', async () => {
    const { router, state } = setup(undefined);
    const fromSite = { id: ID, url: 'https://acme.lightning.force.com/lightning/r/Account/001/view', tab: { id: 3 } };
    await expect(router.handle({ type: REMINDER_MESSAGE, reminder: { enabled: true, hour: 8 } }, fromSite)).resolves.toMatchObject({ ok: false, reason: 'refused' });
    expect(router.handle({ type: REMINDER_MESSAGE, reminder: { enabled: true, hour: 8 } }, { id: 'another-extension' })).toBeUndefined();
    expect(router.handle({ type: REMINDER_MESSAGE, reminder: { enabled: true, hour: 25 } }, PAGE)).toBeUndefined();
    expect(state.stored).toBeUndefined();
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
