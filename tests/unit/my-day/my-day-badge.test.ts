import { describe, expect, it } from 'vitest';
import { createMyDayBadge } from '@/lib/background/my-day-badge';
import type { MyDayInputs } from '@/lib/background/my-day-inputs';
import type { Badge } from '@/lib/my-day/badge';
import type { ProgressEvent } from '@/lib/progress/events';
import { ACCOUNT_A, ACCOUNT_C, NOW, PLAYBOOK, profile, SETTINGS, tick } from '../audit/support';

// NOW is Friday, Nov 27, 2026, 9:00 in Chicago. Summit's same-day call was due Tuesday (overdue);
// Riverbend has been unresponsive since Tuesday and nothing was logged (3 days overdue, today due).
const summit = profile(ACCOUNT_A, { accountName: 'Summit', segmentation: 'Core', serviceLevel: 'Premium', products: ['Learning'], subtypes: [], assignmentDate: '2026-11-24' });
const riverbend = profile(ACCOUNT_C, { accountName: 'Riverbend', segmentation: 'Core', serviceLevel: 'Basic', products: ['Learning'], subtypes: [], assignmentDate: '2026-09-01' });
const branch: ProgressEvent = { type: 'branch', id: 'b1', accountId: ACCOUNT_C, by: 'Jane', at: '2026-11-24T15:00:00.000Z', branch: 'unresponsive', since: '2026-11-24' };
const contact = (day: string, channel: 'email' | 'call'): ProgressEvent => ({
  type: 'contact',
  id: `c-${day}-${channel}`,
  accountId: ACCOUNT_C,
  by: 'Jane',
  at: `${day}T20:00:00.000Z`,
  day,
  channel,
  done: true,
});

const setup = (log: ProgressEvent[]) => {
  const inputs: MyDayInputs = { profiles: { [ACCOUNT_A]: summit, [ACCOUNT_C]: riverbend }, settings: SETTINGS, playbook: PLAYBOOK };
  const badges: Badge[] = [];
  const pending: Array<() => void> = [];
  let logReads = 0;
  const badge = createMyDayBadge({
    readInputs: async () => inputs,
    readLog: async () => {
      logReads++;
      return [...log];
    },
    setBadge: async (b) => void badges.push(b),
    now: () => NOW,
    debounce: (run) => void pending.push(run),
  });
  /** Runs what the debounce held, as its timer would, and waits for the count. */
  const settle = async () => {
    pending.splice(0).forEach((run) => run());
    return badge.refresh();
  };
  return { badge, badges, inputs, settle, logReads: () => logReads };
};

describe('the overdue badge', () => {
  it('counts every overdue step of every account and shows it on the badge', async () => {
    const { badge, badges } = setup([branch]);
    // Summit's same-day call (1) + Riverbend's three missed days of the 10-day log (3).
    expect(await badge.refresh()).toEqual({ overdue: 4, dueToday: 1, timeZone: 'America/Chicago' });
    expect(badges.at(-1)).toMatchObject({ text: '4', title: 'CSM Guide: my day (4 overdue steps)' });
  });

  it('follows a small batch of events from the change notice without reading the log again', async () => {
    const { badge, badges, settle, logReads } = setup([branch]);
    await badge.refresh();
    const logged = [contact('2026-11-24', 'email'), contact('2026-11-24', 'call')];
    badge.eventsChanged({ seq: '1', accounts: [ACCOUNT_C], events: logged });
    expect((await settle()).overdue).toBe(3);
    expect(badges.at(-1)?.text).toBe('3');
    expect(logReads()).toBe(1);
  });

  it('reads the whole log again after a large batch (a notice without events)', async () => {
    const log: ProgressEvent[] = [branch];
    const { badge, settle, logReads } = setup(log);
    await badge.refresh();
    log.push(tick(ACCOUNT_A, 'OB-SAME-DAY-CALL', true, 'Jane', '2026-11-26T15:00:00.000Z'));
    badge.eventsChanged({ seq: '2', accounts: [ACCOUNT_A] });
    expect((await settle()).overdue).toBe(3);
    expect(logReads()).toBe(2);
  });

  it('clears the badge when a profile change leaves nothing overdue', async () => {
    const { badge, badges, inputs, settle } = setup([]);
    // Not unresponsive, both Core accounts owe their same-day call (Riverbend's since September).
    expect((await badge.refresh()).overdue).toBe(2);
    inputs.profiles = {};
    badge.inputsChanged();
    expect((await settle()).overdue).toBe(0);
    expect(badges.at(-1)).toMatchObject({ text: '', title: 'CSM Guide: my day' });
  });
});
