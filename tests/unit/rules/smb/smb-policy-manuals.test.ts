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
  it('done when ticked; na for other accounts', () => {
    expect(one('SMB-POLICY-MANUALS', { facts: SMB, progress: progress({ 'SMB-POLICY-MANUALS': true }) }).state).toBe('done');
    expect(one('SMB-POLICY-MANUALS', { facts: DIGITAL }).state).toBe('na');
  });
});
