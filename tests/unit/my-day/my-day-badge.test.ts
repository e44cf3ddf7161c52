import { describe, expect, it } from 'vitest';
import { changedProfiles, createMyDayBadge, type CountCache } from '@/background/my-day/my-day-badge';
import type { MyDayInputs } from '@/background/my-day/my-day-inputs';
import type { Badge } from '@/lib/my-day/badge';
import type { ProgressEvent } from '@/lib/core/progress/events';
import { ACCOUNT_A, ACCOUNT_C, NOW, PLAYBOOK, profile, SETTINGS, tick } from '../audit/support';

// NOW is Friday, Nov 27, 2026, 9:00 in Chicago. Summit's same-day call was due Tuesday (overdue);
// Riverbend has been unresponsive since Tuesday and nothing was logged (Tuesday and Wednesday overdue,
// today due; Thursday is Thanksgiving, a holiday and no day of the log).
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

/** A worker: the log, its session cache and the clock can be shared by two (a stopped worker and the next). */
const setup = (log: ProgressEvent[], shared: { cache: CountCache | null; now: string } = { cache: null, now: NOW }, streamed = false, pause?: () => Promise<void>) => {
  const inputs: MyDayInputs = { profiles: { [ACCOUNT_A]: summit, [ACCOUNT_C]: riverbend }, settings: SETTINGS, playbook: PLAYBOOK, playbookKey: 'builtin' };
  const badges: Badge[] = [];
  const pending: Array<() => void> = [];
  const reads = { log: 0, accounts: [] as string[][] };
  const badge = createMyDayBadge({
    readInputs: async () => inputs,
    readLog: async () => {
      reads.log++;
      return [...log];
    },
    // As the worker streams it: account by account, never the whole log at once.
    ...(streamed
      ? {
          eachAccount: async (visit: (accountId: string, events: ProgressEvent[]) => void) => {
            reads.log++;
            const ids = [...new Set(log.map((e) => e.accountId))].sort();
            for (const id of ids) visit(id, log.filter((e) => e.accountId === id));
          },
        }
      : {}),
    readAccounts: async (ids) => {
      reads.accounts.push([...ids]);
      return log.filter((e) => ids.includes(e.accountId));
    },
    loadCache: async () => shared.cache,
    saveCache: async (c) => void (shared.cache = c),
    setBadge: async (b) => void badges.push(b),
    now: () => shared.now,
    debounce: (run) => void pending.push(run),
    ...(pause ? { pause } : {}),
  });
  /** Runs what the debounce held, as its timer would, and waits for the count. */
  const settle = async () => {
    pending.splice(0).forEach((run) => run());
    return badge.refresh();
  };
  return { badge, badges, inputs, settle, reads, shared };
};

describe('the overdue badge', () => {
  it('pauses between slices of a long count, so the worker answers pages meanwhile, and counts the same', async () => {
    // 250 accounts with a tick each: a full count, then a recount of all of them after a pull.
    const many = Array.from({ length: 250 }, (_, i) => tick(`001Hs${String(i).padStart(10, '0')}AAA`, 'OB-SAME-DAY-CALL', true, 'Jane', '2026-11-25T15:00:00.000Z', `t${i}`));
    const ids = many.map((e) => e.accountId);
    const count = async (pause?: () => Promise<void>) => {
      const run = setup([branch, ...many], { cache: null, now: NOW }, false, pause);
      const first = await run.badge.refresh();
      run.badge.eventsChanged({ accounts: ids } as never);
      const again = await run.settle();
      return { first, again, counts: run.shared.cache?.counts };
    };
    let pauses = 0;
    const withPauses = await count(async () => void pauses++);
    const without = await count();
    expect(withPauses).toEqual(without);
    expect(Object.keys(withPauses.counts ?? {})).toHaveLength(252);
    // 252 accounts counted in full (2 pauses), then the 250 recounted (2 more).
    expect(pauses).toBe(4);
  });

  it('counts every overdue step of every account and shows it on the badge', async () => {
    const { badge, badges } = setup([branch]);
    // Summit's same-day call (1) + Riverbend's two missed days of the 10-day log (2); today's log entry is due.
    expect(await badge.refresh()).toEqual({ overdue: 3, dueToday: 1, timeZone: 'America/Chicago' });
    expect(badges.at(-1)).toMatchObject({ text: '3', title: 'CSM Guide: my day (3 overdue steps)' });
  });

  it('counts the same when the log is streamed account by account (the worker never holds all of it)', async () => {
    const whole = setup([branch]);
    const streamed = setup([branch], { cache: null, now: NOW }, true);
    expect(await streamed.badge.refresh()).toEqual(await whole.badge.refresh());
    expect(streamed.shared.cache?.counts).toEqual(whole.shared.cache?.counts);
  });

  it('after a tick, reads and recounts only the accounts it touched', async () => {
    const log: ProgressEvent[] = [branch];
    const { badge, badges, settle, reads } = setup(log);
    await badge.refresh();
    // Both logged in Outreach too (OUT-LOG-TOUCHES), or each would be a new overdue step.
    log.push(
      contact('2026-11-24', 'email'),
      contact('2026-11-24', 'call'),
      tick(ACCOUNT_C, 'OUT-LOG-TOUCHES:email:2026-11-24', true, 'Jane', '2026-11-24T16:00:00.000Z'),
      tick(ACCOUNT_C, 'OUT-LOG-TOUCHES:call:2026-11-24', true, 'Jane', '2026-11-24T16:00:00.000Z'),
    );
    badge.eventsChanged({ seq: '1', accounts: [ACCOUNT_C] });
    expect((await settle()).overdue).toBe(2);
    expect(badges.at(-1)?.text).toBe('2');
    expect(reads).toEqual({ log: 1, accounts: [[ACCOUNT_C]] });
  });

  it('a worker started again keeps the counts of the one that stopped, and reads no log for a tick', async () => {
    const log: ProgressEvent[] = [branch];
    const first = setup(log);
    await first.badge.refresh();
    const second = setup(log, first.shared);
    // The call logged in Outreach too (OUT-LOG-TOUCHES), or it would be a new overdue step.
    log.push(
      tick(ACCOUNT_A, 'OB-SAME-DAY-CALL', true, 'Jane', '2026-11-26T15:00:00.000Z'),
      tick(ACCOUNT_A, 'OUT-LOG-TOUCHES:call:2026-11-26', true, 'Jane', '2026-11-26T15:00:00.000Z'),
    );
    second.badge.eventsChanged({ seq: '2', accounts: [ACCOUNT_A] });
    expect((await second.settle()).overdue).toBe(2);
    expect(second.reads).toEqual({ log: 0, accounts: [[ACCOUNT_A]] });
  });

  it('counts everything again on a new day, and after a notice that names no account', async () => {
    const log: ProgressEvent[] = [branch];
    const { badge, settle, reads, shared } = setup(log);
    await badge.refresh();
    shared.now = '2026-11-28T15:00:00.000Z'; // Saturday: Friday's log entry is now missed too.
    expect((await badge.refresh()).overdue).toBe(4);
    badge.eventsChanged({ seq: '3' });
    await settle();
    expect(reads.log).toBe(3);
  });

  it('recounts an account whose profile changed, and clears the badge when nothing is overdue', async () => {
    const { badge, badges, inputs, settle } = setup([]);
    // Not unresponsive, both Core accounts owe their same-day call (Riverbend's since September).
    expect((await badge.refresh()).overdue).toBe(2);
    inputs.profiles = {};
    badge.inputsChanged([ACCOUNT_A, ACCOUNT_C]);
    expect((await settle()).overdue).toBe(0);
    expect(badges.at(-1)).toMatchObject({ text: '', title: 'CSM Guide: my day' });
  });
});

describe('changedProfiles', () => {
  it('names the accounts added, removed or changed between two stored values', () => {
    expect(changedProfiles({ [ACCOUNT_A]: summit, [ACCOUNT_C]: riverbend }, { [ACCOUNT_A]: summit, [ACCOUNT_C]: { ...riverbend, updatedAt: 'x' } })).toEqual([ACCOUNT_C]);
    expect(changedProfiles(undefined, { [ACCOUNT_A]: summit })).toEqual([ACCOUNT_A]);
  });
});
