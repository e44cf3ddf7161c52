import { describe, expect, it } from 'vitest';
import { CORE, item, one, page, progress, run, verbs } from '../support/compose';

describe('OB-PREP-REVIEW', () => {
  it('todo on the Opportunity, due on the call day', () => {
    const i = one('OB-PREP-REVIEW', { facts: { ...CORE, obCallScheduledFor: '2026-12-02' }, page: page('sf.opportunity') });
    expect(i).toMatchObject({ state: 'todo', due: '2026-12-02', section: 'page' });
    expect(i.message).toMatch(/contract, the Additional Notes, the Discovery Notes and the website before the onboarding call on Dec 2, 2026/);
    expect(i.steps).toHaveLength(4);
    expect(verbs(i)).toEqual(['toggle-done']);
  });
  it('warn on the call day, error after', () => {
    expect(one('OB-PREP-REVIEW', { facts: { ...CORE, obCallScheduledFor: '2026-11-27' }, page: page('sf.account') }).state).toBe('warn');
    expect(one('OB-PREP-REVIEW', { facts: { ...CORE, obCallScheduledFor: '2026-11-26' }, page: page('sf.account') }).state).toBe('error');
  });
  it('done when checked off', () => {
    expect(one('OB-PREP-REVIEW', { facts: CORE, page: page('sf.account'), progress: progress({ 'OB-PREP-REVIEW': true }) }).state).toBe('done');
  });
  it('not shown on other pages', () => {
    expect(item(run({ facts: CORE, page: page('sf.onboarding') }), 'OB-PREP-REVIEW')).toBeUndefined();
  });
});
