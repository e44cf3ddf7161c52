import { describe, expect, it } from 'vitest';
import { CORE, one, progress, SMB } from '../support/compose';

describe('OB-PRESENTATION', () => {
  it('todo from the templates folder, due by the call', () => {
    const i = one('OB-PRESENTATION', { facts: { ...CORE, obCallScheduledFor: '2026-12-01' } });
    expect(i).toMatchObject({ state: 'todo', due: '2026-12-01' });
    expect(i.message).toMatch(/Account Onboarding PPTX Templates folder/);
  });
  it('SMB: the SMB ACCOUNTS presentation, with its link to copy', () => {
    const i = one('OB-PRESENTATION', { facts: SMB });
    expect(i.message).toMatch(/SMB ACCOUNTS presentation/);
    expect(i.actions.find((a) => a.verb === 'copy-text')).toMatchObject({ text: expect.stringContaining('docs.google.com/presentation') });
  });
  it('done when checked off', () => {
    expect(one('OB-PRESENTATION', { facts: CORE, progress: progress({ 'OB-PRESENTATION': true }) }).state).toBe('done');
  });
  it('info naming the Account when the subtype is unknown', () => {
    const i = one('OB-PRESENTATION', { facts: { ...CORE, subtypes: undefined } });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Open the Salesforce Account to learn the account subtype/);
  });
  it('error after the call day when not done', () => {
    expect(one('OB-PRESENTATION', { facts: { ...CORE, obCallScheduledFor: '2026-11-20' } }).state).toBe('error');
  });
});
