import { describe, expect, it } from 'vitest';
import { SPECS } from '@/lib/store/items';
import { inspect } from '@/lib/store/read';
import { emptyProfile, type AccountProfile } from '@/lib/core/profile/schema';
import type { ProgressEvent } from '@/lib/core/progress/events';
import { ACCOUNT_A, ACCOUNT_B } from './support';

const profile = (accountId: string, obCallScheduledFor: string): AccountProfile => {
  const base = emptyProfile(accountId, '2026-11-20T15:00:00.000Z');
  const observed = { known: true as const, value: obCallScheduledFor, source: { kind: 'sf.onboarding' as const }, observedAt: '2026-11-20T15:00:00.000Z' };
  return { ...base, facts: { ...base.facts, obCallScheduledFor: observed } };
};

const contact = (day: string, at = '2026-11-27T15:00:00.000Z'): ProgressEvent => ({
  type: 'contact',
  id: `${at}-${day}`,
  accountId: ACCOUNT_A,
  by: 'Maria Lopez',
  at,
  day,
  channel: 'email',
  done: true,
});

describe('stored values with a date the calendar lacks are set aside, the rest kept', () => {
  it('profiles: only the one with 2026-02-30', () => {
    const good = profile(ACCOUNT_A, '2026-02-28');
    const bad = profile(ACCOUNT_B, '2026-02-30');
    const result = inspect(SPECS.profiles, { [ACCOUNT_A]: good, [ACCOUNT_B]: bad }, 1);
    expect(result).toMatchObject({ status: 'repair', value: { [ACCOUNT_A]: good } });
    if (result.status === 'repair')
      expect(result.rejected).toEqual([
        expect.objectContaining({ path: ACCOUNT_B, issues: ['facts.obCallScheduledFor.value: "2026-02-30" is not a day on the calendar'] }),
      ]);
  });

  it('events: a contact day and a time that do not exist', () => {
    const good = contact('2026-11-26');
    const result = inspect(SPECS.events, [good, contact('2026-11-31'), contact('2026-11-26', '2026-11-27T25:00:00.000Z')], 1);
    expect(result).toMatchObject({ status: 'repair', value: [good] });
    if (result.status === 'repair')
      expect(result.rejected.map((r) => [r.path, r.issues])).toEqual([
        ['[1]', ['day: "2026-11-31" is not a day on the calendar']],
        ['[2]', ['at: "2026-11-27T25:00:00.000Z" is not a real date and time']],
      ]);
  });

  it('what old versions accepted and is a real date still reads as it is', () => {
    const good = profile(ACCOUNT_A, '2024-02-29');
    expect(inspect(SPECS.profiles, { [ACCOUNT_A]: good }, 1)).toEqual({ status: 'ok', value: { [ACCOUNT_A]: good } });
    expect(inspect(SPECS.threads, { 'gmail:thread-1': { accountId: ACCOUNT_A, at: '2026-11-27T09:00:00-06:00' } }, 1)).toMatchObject({ status: 'ok' });
  });
});
