import { describe, expect, it } from 'vitest';
import { DIGITAL, SMB, compose, one } from '../support/compose';

describe('SMB-OPEN-FORUMS', () => {
  it('info with the next first Thursday', () => {
    const i = one('SMB-OPEN-FORUMS', { facts: SMB });
    expect(i).toMatchObject({ state: 'info', due: '2026-12-03' });
    expect(i.message).toBe('Next Compliance Open Forum: Thursday, December 3, 2026 (in 6 days); 30 minutes, every first Thursday of the month.');
    expect(i.actions).toEqual([]);
  });
  it('today when it is the first Thursday', () => {
    expect(one('SMB-OPEN-FORUMS', { facts: SMB, now: '2026-12-03T15:00:00Z' }).message).toMatch(/December 3, 2026 \(today\)/);
  });
  it('on an email: the sentence to insert', () => {
    const i = one('SMB-OPEN-FORUMS', { facts: SMB, page: compose({}) });
    const action = i.actions.find((a) => a.verb === 'insert-open-forum');
    expect(action && 'text' in action ? action.text : '').toMatch(/every first Thursday of the month\. The next one is on Thursday, December 3, 2026;/);
  });
  it('na for other accounts; info when the subtype is unknown', () => {
    expect(one('SMB-OPEN-FORUMS', { facts: DIGITAL }).state).toBe('na');
    expect(one('SMB-OPEN-FORUMS', { facts: { ...SMB, subtypes: undefined } }).state).toBe('info');
  });
});
