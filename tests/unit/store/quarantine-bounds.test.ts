import { describe, expect, it } from 'vitest';
import { boundQuarantine, QUARANTINE_LIMITS } from '@/lib/store/quarantine-bounds';
import type { QuarantineEntry } from '@/lib/store/items/quarantine';

const NOW = '2026-12-02T12:00:00.000Z';
const daysAgo = (days: number) => new Date(Date.parse(NOW) - days * 86_400_000).toISOString();
const entry = (id: string, at: string, extra: Partial<QuarantineEntry> = {}): QuarantineEntry => ({
  id,
  key: 'local:profiles',
  path: id,
  at,
  reason: 'unreadable',
  version: 1,
  issues: ['not a profile'],
  value: { id },
  ...extra,
});

describe('the quarantine’s bounds (issue 14, item 8)', () => {
  it('keeps what is within its age: 30 days once dismissed, 180 otherwise', () => {
    const entries = [
      entry('seen-old', daysAgo(31), { dismissed: true }),
      entry('seen-recent', daysAgo(29), { dismissed: true }),
      entry('unseen-old', daysAgo(181)),
      entry('unseen-recent', daysAgo(179)),
      entry('bad-date', 'not a date' as string),
    ];
    expect(boundQuarantine(entries, NOW).map((e) => e.id)).toEqual(['seen-recent', 'unseen-recent', 'bad-date']);
  });

  it('drops dismissed entries first, then the oldest, to stay within the count', () => {
    const entries = Array.from({ length: QUARANTINE_LIMITS.maxEntries + 3 }, (_, i) => entry(`e${i}`, daysAgo(100 - i / 100), { dismissed: false }));
    entries[400] = { ...entries[400]!, dismissed: true, at: daysAgo(1) };
    const kept = boundQuarantine(entries, NOW);
    expect(kept).toHaveLength(QUARANTINE_LIMITS.maxEntries);
    const ids = new Set(kept.map((e) => e.id));
    // The dismissed one went first, though newer; then the two oldest unseen ones.
    expect(['e400', 'e0', 'e1'].filter((id) => ids.has(id))).toEqual([]);
    expect(ids.has('e2')).toBe(true);
    expect(ids.has(`e${QUARANTINE_LIMITS.maxEntries + 2}`)).toBe(true);
  });

  it('stays within about 2 MB, but never drops the last entry however large', () => {
    const big = 'x'.repeat(900_000);
    const entries = [entry('a', daysAgo(3), { value: big }), entry('b', daysAgo(2), { value: big }), entry('c', daysAgo(1), { value: big })];
    expect(boundQuarantine(entries, NOW).map((e) => e.id)).toEqual(['b', 'c']);
    const huge = [entry('only', daysAgo(1), { value: 'x'.repeat(3_000_000) })];
    expect(boundQuarantine(huge, NOW).map((e) => e.id)).toEqual(['only']);
  });
});
