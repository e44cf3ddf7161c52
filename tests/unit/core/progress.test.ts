import { describe, expect, it } from 'vitest';
import { deriveProgress, progressEventSchema, type ProgressEvent } from '@/lib/core/progress/events';
import { ACCOUNT_ID } from '../support/profile';

const item = (id: string, at: string, done: boolean, ruleId = 'OB-SAME-DAY-CALL', by = 'Maria Lopez'): ProgressEvent => ({
  type: 'item',
  id,
  accountId: ACCOUNT_ID,
  ruleId,
  done,
  by,
  at,
});

describe('deriveProgress', () => {
  it('takes the latest event per rule, whatever the order of the log', () => {
    const log = [item('b', '2026-11-27T10:05:00Z', false), item('a', '2026-11-27T10:00:00Z', true)];
    expect(deriveProgress(log, ACCOUNT_ID).items['OB-SAME-DAY-CALL']).toMatchObject({ done: false });
    expect(deriveProgress([...log].reverse(), ACCOUNT_ID).items['OB-SAME-DAY-CALL']).toMatchObject({ done: false });
  });

  it('breaks a tie on time by event id, so every tab derives the same state', () => {
    const log = [item('x-2', '2026-11-27T10:00:00Z', true), item('x-1', '2026-11-27T10:00:00Z', false)];
    expect(deriveProgress(log, ACCOUNT_ID).items['OB-SAME-DAY-CALL']?.done).toBe(true);
    expect(deriveProgress([...log].reverse(), ACCOUNT_ID).items['OB-SAME-DAY-CALL']?.done).toBe(true);
  });

  it('is idempotent: a duplicated event changes nothing', () => {
    const e = item('a', '2026-11-27T10:00:00Z', true);
    expect(deriveProgress([e, e, e], ACCOUNT_ID)).toEqual(deriveProgress([e], ACCOUNT_ID));
  });

  it('keeps who and when, and ignores other accounts', () => {
    const progress = deriveProgress(
      [item('a', '2026-11-27T10:00:00Z', true), { ...item('b', '2026-11-27T11:00:00Z', false), accountId: '001Hs00003ZZZzzIAA' }],
      ACCOUNT_ID,
    );
    expect(progress.items['OB-SAME-DAY-CALL']).toEqual({ done: true, by: 'Maria Lopez', at: '2026-11-27T10:00:00Z' });
  });

  it('builds the 10-day contact log per day and channel, and the branch', () => {
    const progress = deriveProgress(
      [
        { type: 'contact', id: 'c1', accountId: ACCOUNT_ID, day: '2026-11-23', channel: 'email', done: true, by: 'M', at: '2026-11-23T15:00:00Z' },
        { type: 'contact', id: 'c2', accountId: ACCOUNT_ID, day: '2026-11-23', channel: 'call', done: true, by: 'M', at: '2026-11-23T16:00:00Z' },
        { type: 'branch', id: 'b1', accountId: ACCOUNT_ID, branch: 'unresponsive', since: '2026-11-23', by: 'M', at: '2026-11-23T14:00:00Z' },
      ],
      ACCOUNT_ID,
    );
    expect(progress.contacts['2026-11-23']).toMatchObject({ email: { done: true }, call: { done: true } });
    expect(progress.branch).toMatchObject({ value: 'unresponsive', since: '2026-11-23' });
  });

  it('a later branch event with null clears the branch', () => {
    const progress = deriveProgress(
      [
        { type: 'branch', id: 'b1', accountId: ACCOUNT_ID, branch: 'escalation', by: 'M', at: '2026-11-23T14:00:00Z' },
        { type: 'branch', id: 'b2', accountId: ACCOUNT_ID, branch: null, by: 'M', at: '2026-11-24T14:00:00Z' },
      ],
      ACCOUNT_ID,
    );
    expect(progress.branch).toBeNull();
  });
});

describe('progressEventSchema', () => {
  it('rejects anything beyond ids, names, dates and states (e.g. an email body)', () => {
    const result = progressEventSchema.safeParse({ ...item('a', '2026-11-27T10:00:00Z', true), body: 'Dear Jane…' });
    expect(result.success).toBe(false);
  });
  it('rejects a malformed account id', () => {
    expect(progressEventSchema.safeParse({ ...item('a', '2026-11-27T10:00:00Z', true), accountId: 'nope' }).success).toBe(false);
  });
});
