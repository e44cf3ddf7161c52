import { describe, expect, it } from 'vitest';
import { DIGITAL, SMB, compose, one, progress, verbs } from '../support/compose';

describe('SMB-POLICY-MANUALS', () => {
  it('todo naming the folder and slide 8', () => {
    const i = one('SMB-POLICY-MANUALS', { facts: SMB });
    expect(i).toMatchObject({ state: 'todo', section: 'timeline' });
    expect(i.message).toMatch(/Policy Manuals GD Folder.*slide 8 of the SMB ACCOUNTS presentation/);
    expect(verbs(i)).toEqual(['toggle-done']);
  });
  it('done on an email that mentions the policy manuals, todo on one that does not', () => {
    expect(one('SMB-POLICY-MANUALS', { facts: SMB, page: compose({ bodyText: 'Your Policy Manuals folder is ready' }) }).state).toBe('done');
    expect(one('SMB-POLICY-MANUALS', { facts: SMB, page: compose({ bodyText: 'Hello' }) }).state).toBe('todo');
  });
  it('warn when the body is unreadable', () => {
    const i = one('SMB-POLICY-MANUALS', { facts: SMB, page: compose({ bodyText: null, unreadable: ['body'] }) });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(/Can't read the email body/);
  });
  it('due on the onboarding call, where slide 8 is shown: a to-do before it, a warning that day, an error after', () => {
    // NOW is Friday Nov 27, 2026.
    const before = one('SMB-POLICY-MANUALS', { facts: { ...SMB, obCallScheduledFor: '2026-11-30' } });
    expect(before).toMatchObject({ state: 'todo', due: '2026-11-30' });
    expect(before.message).toMatch(/Due on the onboarding call \(Nov 30, 2026\), where slide 8 is shown\.$/);
    expect(one('SMB-POLICY-MANUALS', { facts: { ...SMB, obCallScheduledFor: '2026-11-27' } }).state).toBe('warn');
    expect(one('SMB-POLICY-MANUALS', { facts: { ...SMB, obCallScheduledFor: '2026-11-26' } }).state).toBe('error');
    expect(one('SMB-POLICY-MANUALS', { facts: { ...SMB, obCallScheduledFor: '2026-11-26' }, progress: progress({ 'SMB-POLICY-MANUALS': true }) }).state).toBe('done');
  });
  it('done when ticked; na for other accounts', () => {
    expect(one('SMB-POLICY-MANUALS', { facts: SMB, progress: progress({ 'SMB-POLICY-MANUALS': true }) }).state).toBe('done');
    expect(one('SMB-POLICY-MANUALS', { facts: DIGITAL }).state).toBe('na');
  });
});
