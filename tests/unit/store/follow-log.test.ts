/**
 * The dashboard follows the whole log by its change feed (`events/since`): a large batch stored
 * by the background (a page of a team pull, an import) reaches it once, without asking again for
 * every account the batch named, and every event arrives exactly once.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ProgressEvent } from '@/lib/core/progress/events';
import { setup } from './support';

const account = (i: number) => `001Fl${String(i).padStart(10, '0')}AAA`;
const batch = (from: number, count: number): ProgressEvent[] =>
  Array.from({ length: count }, (_, k) => {
    const i = from + k;
    const at = new Date(Date.UTC(2026, 10, 1) + i * 1000).toISOString();
    return { type: 'item' as const, id: `${at}-f${i}`, accountId: account(i % 300), by: 'Sam Roe', at, ruleId: 'OB-PREP-REVIEW', done: i % 2 === 0 };
  });

describe('the dashboard follows the log', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('takes each batch from the change feed, not by re-reading the accounts it named', async () => {
    const { tab, sent, events } = setup();
    await events.append(batch(0, 500));
    const dashboard = tab();
    await dashboard.ready;
    await dashboard.getState().actions.watchAccounts('all');
    await dashboard.idle();
    expect(dashboard.getState().events).toHaveLength(500);
    sent.length = 0;
    // Two pages of a pull, each more than a notice carries inline (it names the accounts only).
    await events.append(batch(500, 1_000));
    await events.append(batch(1_500, 1_000));
    await dashboard.idle();
    await expect.poll(() => dashboard.getState().events.length).toBe(2_500);
    expect(new Set(dashboard.getState().events.map((e) => e.id)).size).toBe(2_500);
    const types = sent.map((m) => (m as { type: string }).type);
    expect(types).toContain('events/since');
    expect(types).not.toContain('events/query');
    dashboard.destroy();
  });
});
