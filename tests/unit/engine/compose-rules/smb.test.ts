import { describe, expect, it } from 'vitest';
import { DIGITAL, SMB, compose, item, one, page, progress, run, verbs, type FactValues } from './helpers';

const account = page('sf.account');

describe('SMB-ROUTING', () => {
  it('done: a small Basic SMB account stays Digital', () => {
    const i = one('SMB-ROUTING', { facts: SMB, page: account });
    expect(i).toMatchObject({ state: 'done', section: 'page' });
    expect(i.message).toMatch(/Stays with a Digital CSM: 8 users and \$250(\.00)? MRR/);
  });

  it.each([
    ['50+ users', { userCount: 55 }, /55 users \(50 or more\)/],
    ['$500+ MRR', { mrr: 650 }, /\$650(\.00)? MRR \(\$500 or more\)/],
    ['Standard service', { serviceLevel: 'Standard' }, /SMB account with Standard service/],
  ] as const)('error when still Digital with %s, naming CS Segmentation', (_, extra, reason) => {
    const i = one('SMB-ROUTING', { facts: { ...SMB, ...extra } as FactValues, page: account });
    expect(i.state).toBe('error');
    expect(i.message).toMatch(/^CS Segmentation is Digital, but /);
    expect(i.message).toMatch(reason);
    expect(i.message).toMatch(/Core CSM .* review with your TL/);
  });

  it('todo to review with the TL once Core; done when ticked', () => {
    const facts: FactValues = { ...SMB, userCount: 60, segmentation: 'Core' };
    const i = one('SMB-ROUTING', { facts, page: account });
    expect(i.state).toBe('todo');
    expect(verbs(i)).toEqual(['toggle-done']);
    const done = one('SMB-ROUTING', { facts, page: account, progress: progress({ 'SMB-ROUTING': true }) });
    expect(done.state).toBe('done');
    expect(done.message).toMatch(/Reviewed with the TL \(Ana Ortiz\)/);
  });

  it('info naming the facts it lacks', () => {
    const i = one('SMB-ROUTING', { facts: { ...SMB, userCount: undefined, mrr: undefined }, page: account });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Open the Salesforce Opportunity to learn the user count and MRR/);
    const seg = one('SMB-ROUTING', { facts: { ...SMB, userCount: 60, segmentation: undefined }, page: account });
    expect(seg.state).toBe('info');
    expect(seg.message).toMatch(/learn the CS segmentation/);
  });

  it('na for other accounts; only on the Account', () => {
    expect(one('SMB-ROUTING', { facts: DIGITAL, page: account }).state).toBe('na');
    expect(item(run({ facts: SMB, page: page('sf.opportunity') }), 'SMB-ROUTING')).toBeUndefined();
  });
});

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
