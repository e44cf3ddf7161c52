import { beforeEach, describe, expect, test, vi } from 'vitest';
import { createSummaryCache } from '@/lib/audit/summary-cache';
import type { AccountProfile } from '@/lib/core/profile/schema';
import { CONTEXT, profile } from './support';

// Counts the work behind the webinar dates (one zone conversion per session) and the open forum
// date (one month start per first Thursday): it must not grow with the number of accounts.
const counts = vi.hoisted(() => ({ sessions: 0, months: 0 }));
vi.mock('@/lib/core/dates/zone', async (original) => {
  const zone = await original<typeof import('@/lib/core/dates/zone')>();
  return { ...zone, zonedTimeToInstant: (...args: Parameters<typeof zone.zonedTimeToInstant>) => (counts.sessions++, zone.zonedTimeToInstant(...args)) };
});
vi.mock('@/lib/core/dates/calendar', async (original) => {
  const calendar = await original<typeof import('@/lib/core/dates/calendar')>();
  return { ...calendar, isoDateFromParts: (...args: Parameters<typeof calendar.isoDateFromParts>) => (counts.months++, calendar.isoDateFromParts(...args)) };
});

/** SMB accounts with Learning and Compliance: each is shown TR-SCHEDULE's sessions and SMB-OPEN-FORUMS' date. */
const accounts = (count: number, from: number): Record<string, AccountProfile> => {
  const out: Record<string, AccountProfile> = {};
  for (let i = from; i < from + count; i++) {
    const id = `001Hs${String(i).padStart(10, '0')}AAA`;
    out[id] = profile(id, { accountName: `Clinic ${i}`, products: ['Learning', 'Compliance'], subtypes: ['SMB'], segmentation: 'Core', serviceLevel: 'Standard', userCount: 60, mrr: 900 });
  }
  return out;
};

describe('date series in the audit', () => {
  beforeEach(() => {
    counts.sessions = 0;
    counts.months = 0;
  });

  test('webinar sessions and the open forum date are worked out once per day, not per account', () => {
    const one = createSummaryCache().summarize(accounts(1, 0), [], CONTEXT);
    expect(one[0]!.items.find((item) => item.ruleId === 'TR-SCHEDULE')?.message).toMatch(/^Next sessions: Learning /);
    expect(one[0]!.items.find((item) => item.ruleId === 'SMB-OPEN-FORUMS')?.message).toMatch(/^Next Compliance Open Forum: /);
    expect(counts.sessions).toBeGreaterThan(0);
    expect(counts.months).toBeGreaterThan(0);

    counts.sessions = 0;
    counts.months = 0;
    const many = createSummaryCache().summarize(accounts(2000, 1), [], CONTEXT);
    expect(many).toHaveLength(2000);
    expect(many.every((s) => s.items.some((item) => item.ruleId === 'TR-SCHEDULE'))).toBe(true);
    expect(counts).toEqual({ sessions: 0, months: 0 });
  });
});
