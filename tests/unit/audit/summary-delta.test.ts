/**
 * The dashboard's summaries follow a context's mirror by its change log (lib/audit/event-log-delta.ts):
 * a batch of events re-evaluates the accounts it touched, never every account per batch, and the
 * summaries are the ones a full read would make.
 */
import { describe, expect, it } from 'vitest';
import { createDeltaLog, tagSnapshot } from '@/lib/audit/event-log-delta';
import { createSummaryCache } from '@/lib/audit/summary-cache';
import type { ProgressEvent } from '@/lib/core/progress/events';
import { ACCOUNT_A, ACCOUNT_B, ACCOUNT_C, CONTEXT, digital, tick } from './support';

const profiles = {
  [ACCOUNT_A]: digital(ACCOUNT_A, 'Lakeside Clinic', 'Jane Doe', '2026-11-02'),
  [ACCOUNT_B]: digital(ACCOUNT_B, 'Harbor Dental', 'Jane Doe', '2026-11-27'),
};

/** A mirror's snapshots as event-mirror.ts makes them: the whole list, tagged with its version. */
const mirrorLike = () => {
  const log = createDeltaLog();
  let version = 0;
  let events: ProgressEvent[] = [];
  return {
    add(added: ProgressEvent[], removed: string[] = []) {
      const gone = new Set(removed);
      events = [...events.filter((e) => !gone.has(e.id)), ...added];
      version += 1;
      log.push(version, { added, removed });
      tagSnapshot(events, log, version);
      return events;
    },
  };
};

describe('summaries from a mirror’s change log', () => {
  it('evaluate only the accounts a batch touched, and agree with a full read', () => {
    const mirror = mirrorLike();
    const cache = createSummaryCache();
    cache.summarize(profiles, mirror.add([tick(ACCOUNT_A, 'OB-PRESENTATION', true, 'Jane Doe', '2026-11-03T16:00:00.000Z')]), CONTEXT);
    expect(cache.lastEvaluated).toBe(2);
    const batch = mirror.add([tick(ACCOUNT_C, 'OB-PRESENTATION', true, 'Sam Roe', '2026-11-20T15:00:00.000Z')]);
    const out = cache.summarize(profiles, batch, CONTEXT);
    expect(cache.lastEvaluated).toBe(1);
    expect(out.map((s) => s.accountId).sort()).toEqual([ACCOUNT_A, ACCOUNT_B, ACCOUNT_C].sort());
    // Two batches between two reads (a render skipped one): both are applied.
    mirror.add([tick(ACCOUNT_A, 'OB-REMINDER-EMAIL', true, 'Jane Doe', '2026-11-27T14:00:00.000Z')]);
    const later = mirror.add([tick(ACCOUNT_C, 'OB-REMINDER-EMAIL', true, 'Sam Roe', '2026-11-27T14:00:00.000Z')]);
    const incremental = cache.summarize(profiles, later, CONTEXT);
    expect(cache.lastEvaluated).toBe(2);
    const full = createSummaryCache().summarize(profiles, [...later], CONTEXT);
    const byId = (list: typeof full) => Object.fromEntries(list.map((s) => [s.accountId, s]));
    expect(byId(incremental)).toEqual(byId(full));
  });

  it('a tick taken back leaves its account’s summary', () => {
    const mirror = mirrorLike();
    const cache = createSummaryCache();
    const taken = tick(ACCOUNT_B, 'OB-PRESENTATION', true, 'Jane Doe', '2026-11-27T16:00:00.000Z');
    cache.summarize(profiles, mirror.add([taken]), CONTEXT);
    expect(cache.summarize(profiles, mirror.add([], [taken.id]), CONTEXT).find((s) => s.accountId === ACCOUNT_B)!.eventCount).toBe(0);
    expect(cache.lastEvaluated).toBe(1);
  });
});
