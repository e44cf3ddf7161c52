import { describe, expect, it } from 'vitest';
import { CORE, DIGITAL, one, progress, verbs } from '../support/compose';

describe('DG-KYC-COPY', () => {
  it('todo with the survey link to copy; warn on the call day; done when ticked', () => {
    const i = one('DG-KYC-COPY', { facts: DIGITAL });
    expect(i.state).toBe('todo');
    expect(i.message).toMatch(/own copy of the KYC survey/);
    expect(verbs(i)).toEqual(['toggle-done', 'copy-text']);
    expect(i.actions[1]).toMatchObject({ text: expect.stringContaining('docs.google.com/forms/d/16uGE2zJVRmSyaFor4tbeGyCKXxQn2YMQmYHyLywzKXE') });
    expect(one('DG-KYC-COPY', { facts: { ...DIGITAL, obCallScheduledFor: '2026-11-27' } }).state).toBe('warn');
    expect(one('DG-KYC-COPY', { facts: { ...DIGITAL, obCallScheduledFor: '2026-11-26' } }).state).toBe('error');
    expect(one('DG-KYC-COPY', { facts: DIGITAL, progress: progress({ 'DG-KYC-COPY': true }) }).state).toBe('done');
  });
  it('na for Core accounts', () => {
    expect(one('DG-KYC-COPY', { facts: CORE }).state).toBe('na');
  });
});
