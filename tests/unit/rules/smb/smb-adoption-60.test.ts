import { describe, expect, it } from 'vitest';
import { DIGITAL, SMB, one, page, progress } from '../support/compose';

describe('SMB-ADOPTION-60', () => {
  const completed = (at: string) => progress({ 'SMB-COMPLETED-RECAP': { done: true, at } });

  it('todo before onboarding is completed', () => {
    const i = one('SMB-ADOPTION-60', { facts: SMB });
    expect(i).toMatchObject({ state: 'todo', section: 'timeline' });
    expect(i.steps?.some((s) => s.includes('Adoption Notes in the Opportunity'))).toBe(true);
  });

  it('due 60 days after the SMB Onboarding Completed Recap was ticked', () => {
    const i = one('SMB-ADOPTION-60', { facts: SMB, progress: completed('2026-10-01T16:00:00Z') });
    expect(i).toMatchObject({ state: 'todo', due: '2026-11-30' });
    expect(i.message).toBe('Hold the SMB adoption meeting on Nov 30, 2026, 60 days after onboarding was completed (Oct 1, 2026).');
  });

  it('warn on the day, error after, done when ticked', () => {
    expect(one('SMB-ADOPTION-60', { facts: SMB, progress: completed('2026-09-28T16:00:00Z') }).state).toBe('warn');
    expect(one('SMB-ADOPTION-60', { facts: SMB, progress: completed('2026-09-01T16:00:00Z') }).state).toBe('error');
    const p = completed('2026-09-01T16:00:00Z');
    p.items['SMB-ADOPTION-60'] = { by: 'Ana Ortiz', at: '2026-11-01T16:00:00Z', done: true };
    expect(one('SMB-ADOPTION-60', { facts: SMB, progress: p }).state).toBe('done');
  });

  it('60 days on a weekend or holiday: due the next business day', () => {
    // Completed Sep 27 → Nov 26 (Thanksgiving) → Fri Nov 27; completed Sep 29 → Sat Nov 28 → Mon Nov 30.
    expect(one('SMB-ADOPTION-60', { facts: SMB, progress: completed('2026-09-27T16:00:00Z') })).toMatchObject({ state: 'warn', due: '2026-11-27' });
    expect(one('SMB-ADOPTION-60', { facts: SMB, progress: completed('2026-09-29T16:00:00Z') })).toMatchObject({ state: 'todo', due: '2026-11-30' });
  });

  it('counts the completion day in the user zone', () => {
    // 03:00 UTC on Oct 2 is still Oct 1 in Chicago.
    expect(one('SMB-ADOPTION-60', { facts: SMB, progress: completed('2026-10-02T03:00:00Z') }).due).toBe('2026-11-30');
  });

  it('info when onboarding is marked completed but not dated', () => {
    const i = one('SMB-ADOPTION-60', { facts: { ...SMB, onboardingCompleted: true } });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Onboarding is marked completed \(onboarding completed\), but not when/);
  });

  it('na for other accounts; shows on the Opportunity', () => {
    expect(one('SMB-ADOPTION-60', { facts: DIGITAL }).state).toBe('na');
    expect(one('SMB-ADOPTION-60', { facts: SMB, page: page('sf.opportunity') }).section).toBe('page');
  });
});

describe('SMB-ADOPTION-60: the 60 days count from the last training held', () => {
  it('the last TR-SESSIONS tick dates onboarding completed, before the recap tick', () => {
    const p = progress({
      'TR-SESSIONS:learning': { done: true, at: '2026-09-29T18:00:00Z' },
      'TR-SESSIONS:compliance': { done: true, at: '2026-10-01T18:00:00Z' },
      'SMB-COMPLETED-RECAP': { done: true, at: '2026-10-05T16:00:00Z' },
    });
    expect(one('SMB-ADOPTION-60', { facts: SMB, progress: p })).toMatchObject({ state: 'todo', due: '2026-11-30' });
  });

  it('a training still to hold: the recap tick dates it as before', () => {
    const p = progress({ 'TR-SESSIONS:learning': { done: true, at: '2026-09-29T18:00:00Z' }, 'SMB-COMPLETED-RECAP': { done: true, at: '2026-10-01T16:00:00Z' } });
    expect(one('SMB-ADOPTION-60', { facts: SMB, progress: p }).due).toBe('2026-11-30');
  });
});
