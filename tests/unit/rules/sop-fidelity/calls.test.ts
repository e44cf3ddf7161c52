import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../../../lib/core/progress/events';
import { CORE, DIGITAL, item, one, page, run, SMB, type FactValues, progress } from '../support/compose';

/** Assigned three business days before NOW (Fri Nov 27, 2026), nothing booked. */
const LATE = { assignmentDate: '2026-11-24' } as const;
const ob = (fields: Parameters<typeof page>[1] = {}) =>
  page('sf.onboarding', { 'ob.callScheduledFor': null, 'ob.emailSentDate': LATE.assignmentDate, ...fields });
const unresponsive = () => {
  const p = emptyProgress();
  p.branch = { value: 'unresponsive', since: '2026-11-25', by: 'Ana Ortiz', at: '2026-11-25T15:00:00.000Z' };
  return p;
};

describe('behaviour 1: plain Digital accounts have no call obligations; SMB accounts do, GameDay only the same-day call', () => {
  const plain: FactValues = { ...DIGITAL, ...LATE, subtypes: [] };

  it('Customer Onboarding: an unbooked call days after assignment is not an error on a plain Digital account', () => {
    const i = one('OB-CALL-SCHEDULED-DATE', { facts: plain, page: ob() });
    expect(i.state).toBe('na');
    expect(i.message).toMatch(/No call to book: Digital account, not SMB.*Outreach sequence/);
  });

  it('a blank Account Subtype counts as "no subtype": plain Digital', () => {
    expect(one('OB-CALL-SCHEDULED-DATE', { facts: { ...plain, subtypes: null }, page: ob() }).state).toBe('na');
    expect(one('OB-SAME-DAY-CALL', { facts: { ...plain, subtypes: null } }).state).toBe('na');
  });

  it('same-day call: not applicable, pointing at the sequence', () => {
    const i = one('OB-SAME-DAY-CALL', { facts: plain });
    expect(i.state).toBe('na');
    expect(i.message).toMatch(/No same-day call: Digital account.*"in case any meetings are required"/);
  });

  it('a plain Digital account that did book a call still shows it done', () => {
    expect(one('OB-CALL-SCHEDULED-DATE', { facts: plain, page: ob({ 'ob.callScheduledFor': '2026-12-02' }) }).state).toBe('done');
    expect(one('OB-SAME-DAY-CALL', { facts: { ...plain, obCallScheduledFor: '2026-12-02' } }).state).toBe('done');
  });

  it.each([
    ['Digital SMB (MT-CS-007: "proceed with the onboarding call process as stated in the MT-CS-002")', { ...SMB, ...LATE }],
    ['Core', { ...CORE, ...LATE }],
    ['Strategic, however small', { ...plain, segmentation: 'Strategic' }],
    ['blank segmentation with Core numbers', { ...CORE, ...LATE, segmentation: null }],
  ] as const)('%s: error from the next business day', (_, facts) => {
    expect(one('OB-CALL-SCHEDULED-DATE', { facts: facts as FactValues, page: ob() }).state).toBe('error');
    expect(one('OB-SAME-DAY-CALL', { facts: facts as FactValues }).state).toBe('error');
  });

  it.each([
    ['GameDay', ['GameDay']],
    ['SMB and GameDay', ['SMB', 'GameDay']],
  ] as const)('%s: the same-day call is owed (MT-CS-020), but no onboarding call to book', (_, subtypes) => {
    const facts: FactValues = { ...plain, subtypes: [...subtypes] };
    const sameDay = one('OB-SAME-DAY-CALL', { facts });
    expect(sameDay.state).toBe('error');
    expect(sameDay.message).toMatch(/introduce yourself and give the onboarding information they will need \(GameDay account\)/);
    const booked = one('OB-CALL-SCHEDULED-DATE', { facts, page: ob() });
    expect(booked.state).toBe('na');
    expect(booked.message).toMatch(/^No onboarding call to book: GameDay account\. Its same-day call introduces you and gives the onboarding information \(MT-CS-020\)/);
    // On the assignment day: the same-day call is due today, the booked call still not applicable.
    const today: FactValues = { ...facts, assignmentDate: '2026-11-27' };
    expect(one('OB-SAME-DAY-CALL', { facts: today }).state).toBe('warn');
    expect(one('OB-CALL-SCHEDULED-DATE', { facts: today, page: ob({ 'ob.emailSentDate': '2026-11-27' }) }).state).toBe('na');
  });

  it('Digital SMB on the assignment day: both calls are warnings for today, not errors', () => {
    const facts: FactValues = { ...SMB, assignmentDate: '2026-11-27' };
    expect(one('OB-SAME-DAY-CALL', { facts }).state).toBe('warn');
    expect(one('OB-CALL-SCHEDULED-DATE', { facts, page: ob({ 'ob.emailSentDate': '2026-11-27' }) }).state).toBe('warn');
  });

  it('Digital with the subtype never seen: info naming the Account, no guess', () => {
    const model = run({ facts: { ...plain, subtypes: undefined }, page: ob() });
    const i = item(model, 'OB-CALL-SCHEDULED-DATE')!;
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Open the Salesforce Account to learn the account subtype/);
    expect(model.unknownFacts.map((f) => f.fact)).toContain('subtypes');
    expect(one('OB-SAME-DAY-CALL', { facts: { ...plain, subtypes: undefined } }).state).toBe('info');
  });

  it('blank segmentation with numbers exactly on a bound: info saying so, no flag', () => {
    const i = one('OB-CALL-SCHEDULED-DATE', { facts: { ...plain, segmentation: null, userCount: 50 }, page: ob() });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/CS Segmentation is empty and exactly 50 users: check the CS Segmentation/);
    expect(one('OB-SAME-DAY-CALL', { facts: { ...plain, segmentation: null, userCount: 50 } }).state).toBe('info');
  });

  it('segmentation never seen: info naming the Account', () => {
    const i = one('OB-CALL-SCHEDULED-DATE', { facts: { ...plain, segmentation: undefined }, page: ob() });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Open the Salesforce Account to learn the CS segmentation/);
  });
});

describe('behaviour 3: unresponsive accounts stop asking for a booked call', () => {
  it('Core account in the Unresponsive branch: the empty field is information, not an error', () => {
    const i = one('OB-CALL-SCHEDULED-DATE', { facts: { ...CORE, ...LATE }, page: ob(), progress: unresponsive() });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Unresponsive: no call to book while you keep the 10-day email-and-call log/);
  });
  it('the same-day call is not overdue either', () => {
    const i = one('OB-SAME-DAY-CALL', { facts: { ...CORE, ...LATE }, progress: unresponsive() });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/10-day email-and-call log/);
  });
  it('a date entered anyway is still done; out of the branch it is an error again', () => {
    expect(one('OB-CALL-SCHEDULED-DATE', { facts: CORE, page: ob({ 'ob.callScheduledFor': '2026-12-01' }), progress: unresponsive() }).state).toBe('done');
    expect(one('OB-CALL-SCHEDULED-DATE', { facts: { ...CORE, ...LATE }, page: ob(), progress: progress() }).state).toBe('error');
  });
});
