import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { selectProgress } from '@/lib/store/selectors';
import type { ProgressEvent } from '@/lib/core/progress/events';
import { ACCOUNT_A, ACCOUNT_B, setup } from './support';

const RULES = Array.from({ length: 40 }, (_, i) => `OB-STEP-${i}`);
const ACCOUNTS = [ACCOUNT_A, ACCOUNT_B];

describe('two tabs, one writer', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('1,000 interleaved toggles from two tabs lose nothing and both tabs converge', async () => {
    const { tab, storedEvents } = setup();
    let n = 0;
    const salesforce = tab({ random: () => `sf${n++}` });
    const gmail = tab({ random: () => `gm${n++}` });
    await Promise.all([salesforce.ready, gmail.ready]);
    await salesforce.getState().actions.saveSettings({ userName: 'Maria Lopez' });
    await Promise.all([salesforce.idle(), gmail.idle()]);

    // What each (account, rule) must end as: the last toggle issued (the shared clock orders them).
    const expected = new Map<string, boolean>();
    const pending: Promise<unknown>[] = [];
    for (let i = 0; i < 1000; i++) {
      const store = i % 2 ? gmail : salesforce;
      const accountId = ACCOUNTS[(i >> 1) % 2]!;
      const ruleId = RULES[(i * 7) % RULES.length]!;
      const done = (i * 13) % 3 !== 0;
      expected.set(`${accountId}|${ruleId}`, done);
      pending.push(store.getState().actions.toggleItem(accountId, ruleId, done));
      // Mix bursts with pauses, so storage changes reach the tabs while others are still in flight.
      if (i % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 0));
      if (i % 100 === 99) await Promise.all(pending.splice(0));
    }
    expect((await Promise.all(pending)).every((r) => (r as { ok: boolean }).ok)).toBe(true);
    await Promise.all([salesforce.idle(), gmail.idle()]);

    const stored = await storedEvents();
    expect(stored).toHaveLength(1000);
    expect(new Set(stored.map((e) => e.id)).size).toBe(1000);
    expect(stored.every((e) => e.by === 'Maria Lopez')).toBe(true);

    const ids = (events: ProgressEvent[]) => events.map((e) => e.id).sort();
    expect(ids(salesforce.getState().events)).toEqual(ids(stored));
    expect(ids(gmail.getState().events)).toEqual(ids(stored));

    for (const accountId of ACCOUNTS) {
      const a = selectProgress(salesforce.getState(), accountId);
      const b = selectProgress(gmail.getState(), accountId);
      expect(a).toEqual(b);
      for (const ruleId of RULES) {
        const want = expected.get(`${accountId}|${ruleId}`);
        expect(a.items[ruleId]?.done, `${accountId} ${ruleId}`).toBe(want);
      }
    }
    salesforce.destroy();
    gmail.destroy();
  }, 30_000);
});
