import { describe, expect, it } from 'vitest';
import { CORE, DIGITAL, compose, detailOf, item, one, outreach, page, progress, run, verbs, type FactValues } from './helpers';

const REGULAR = 'DCSM Account Onboarding and Adoption';
const GAMEDAY = 'Digital Account Adoption (GameDay) Check-In (30 Days After OB Email is Sent)';
const GAMEDAY_ACCOUNT: FactValues = { ...DIGITAL, subtypes: ['GameDay'] };

describe('DG-SEQUENCE', () => {
  const prospect = (names: string[], addedOn?: Record<string, string>) =>
    outreach('outreach.prospect', { sequenceNames: names, ...(addedOn ? { addedOn } : {}) });

  it('done when the admin is in the right sequence on time', () => {
    const i = one('DG-SEQUENCE', { facts: DIGITAL, page: prospect([REGULAR], { [REGULAR]: '2026-11-27' }) });
    expect(i).toMatchObject({ state: 'done', section: 'page' });
    expect(i.message).toBe(`The admin is in "${REGULAR}" since Nov 27, 2026.`);
  });

  it('GameDay accounts use the GameDay sequence (names compared loosely)', () => {
    expect(one('DG-SEQUENCE', { facts: GAMEDAY_ACCOUNT, page: prospect([GAMEDAY.toLowerCase()]) }).state).toBe('done');
  });

  it('error naming both sequences when the admin is in the wrong one', () => {
    const i = one('DG-SEQUENCE', { facts: GAMEDAY_ACCOUNT, page: prospect([REGULAR]) });
    expect(i.state).toBe('error');
    expect(i.message).toBe(`The admin is in "${REGULAR}", but this account is a GameDay account: move them to "${GAMEDAY}".`);
    const both = one('DG-SEQUENCE', { facts: DIGITAL, page: prospect([REGULAR, GAMEDAY]) });
    expect(both.message).toMatch(/remove them from "Digital Account Adoption \(GameDay\)/);
  });

  it('error naming the sequence when the admin is in none', () => {
    const i = one('DG-SEQUENCE', { facts: DIGITAL, page: prospect(['Past Due Accounts']) });
    expect(i).toMatchObject({ state: 'error', due: '2026-11-27' });
    expect(i.message).toBe(`Add the admin to the "${REGULAR}" sequence (due on the assignment date, Nov 27, 2026).`);
  });

  it('warn when added after the assignment date', () => {
    const i = one('DG-SEQUENCE', { facts: { ...DIGITAL, assignmentDate: '2026-11-20' }, page: prospect([REGULAR], { [REGULAR]: '2026-11-24' }) });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(/added to "DCSM Account Onboarding and Adoption" on Nov 24, 2026, after the assignment date \(Nov 20, 2026\)/);
  });

  it('info naming the Account when the subtype is unknown', () => {
    const i = one('DG-SEQUENCE', { facts: { ...DIGITAL, subtypes: undefined }, page: prospect([]) });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Open the Salesforce Account to learn the account subtype/);
  });

  it('warn when the sequences cannot be read', () => {
    const i = one('DG-SEQUENCE', { facts: DIGITAL, page: outreach('outreach.prospect', { unreadable: ['sequenceNames'] }) });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(/"DCSM Account Onboarding and Adoption"/);
  });

  it('on a sequence page: error on the wrong one, info on the right one, nothing on others', () => {
    const wrong = one('DG-SEQUENCE', { facts: DIGITAL, page: outreach('outreach.sequence', { sequenceNames: [GAMEDAY] }) });
    expect(wrong.state).toBe('error');
    expect(wrong.message).toMatch(/goes in "DCSM Account Onboarding and Adoption", not "Digital Account Adoption \(GameDay\)/);
    expect(one('DG-SEQUENCE', { facts: DIGITAL, page: outreach('outreach.sequence', { sequenceNames: [REGULAR] }) }).state).toBe('info');
    expect(item(run({ facts: DIGITAL, page: outreach('outreach.sequence', { sequenceNames: ['Renewals'] }) }), 'DG-SEQUENCE')).toBeUndefined();
  });

  it('na for Core accounts; info when the segmentation is unknown', () => {
    expect(one('DG-SEQUENCE', { facts: CORE, page: prospect([]) }).state).toBe('na');
    const i = one('DG-SEQUENCE', { facts: { ...DIGITAL, segmentation: undefined }, page: prospect([]) });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/CS segmentation/);
  });
});

describe('DG-CADENCE', () => {
  // Assigned Tue Nov 24: Day 1 = Nov 24, Day 4 = Nov 27 (today), Day 30 = Dec 23.
  const facts: FactValues = { ...DIGITAL, assignmentDate: '2026-11-24' };

  it('error naming the overdue step, with a detail per step keyed by its progress key', () => {
    const i = one('DG-CADENCE', { facts });
    expect(i).toMatchObject({ state: 'error', section: 'timeline', due: '2026-11-24' });
    expect(i.message).toBe('Overdue: Day 1 manual initial welcome email (Nov 24, 2026).');
    expect(i.details?.map((d) => [d.key, d.state])).toEqual([
      ['DG-CADENCE:welcome-email', 'error'],
      ['DG-CADENCE:follow-up-task', 'warn'],
      ['DG-CADENCE:adoption-email', 'todo'],
      ['DG-CADENCE:adoption-object-task', 'todo'],
    ]);
    expect(i.details?.[1]?.text).toBe('Day 4 · Follow-up task · Nov 27, 2026 · due today');
  });

  it('warn for the step due today once the earlier one is ticked', () => {
    const i = one('DG-CADENCE', { facts, progress: progress({ 'DG-CADENCE:welcome-email': true }) });
    expect(i).toMatchObject({ state: 'warn', due: '2026-11-27' });
    expect(i.message).toBe('Due today: Day 4 follow-up task (Nov 27, 2026).');
    expect(detailOf(i, 'DG-CADENCE:welcome-email')?.state).toBe('done');
  });

  it('todo naming the next step', () => {
    const i = one('DG-CADENCE', {
      facts,
      progress: progress({ 'DG-CADENCE:welcome-email': true, 'DG-CADENCE:follow-up-task': true }),
    });
    expect(i).toMatchObject({ state: 'todo', due: '2026-12-23' });
    expect(i.message).toBe('Next: Day 30 automated account adoption email (Dec 23, 2026).');
  });

  it('the automated email is done on its day; done when every step is', () => {
    const i = one('DG-CADENCE', {
      facts,
      now: '2026-12-24T15:00:00Z',
      progress: progress({ 'DG-CADENCE:welcome-email': true, 'DG-CADENCE:follow-up-task': true, 'DG-CADENCE:adoption-object-task': true }),
    });
    expect(i.state).toBe('done');
    expect(detailOf(i, 'DG-CADENCE:adoption-email')?.state).toBe('done');
  });

  it("the rule's own toggle confirms every step", () => {
    const i = one('DG-CADENCE', { facts, progress: progress({ 'DG-CADENCE': true }) });
    expect(i.state).toBe('done');
    expect(i.message).toMatch(/Ana Ortiz/);
    expect(i.actions).toEqual([{ type: 'toggle-done', verb: 'toggle-done', label: 'Undo' }]);
    expect(one('DG-CADENCE', { facts }).actions[0]).toMatchObject({ verb: 'toggle-done', label: 'Mark all steps done' });
  });

  it('info naming the Customer Onboarding record when the assignment date is unknown', () => {
    const i = one('DG-CADENCE', { facts: { ...DIGITAL, assignmentDate: undefined } });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Open the Customer Onboarding record to learn the assignment date/);
  });

  it('na for Core accounts', () => {
    expect(one('DG-CADENCE', { facts: CORE }).state).toBe('na');
  });
});

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

describe('DG-SUPPORT-REDIRECT', () => {
  it('info offering the Support snippet', () => {
    const i = one('DG-SUPPORT-REDIRECT', { facts: DIGITAL, page: compose({ subject: 'Question', bodyText: 'Hi!' }) });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/support@medtrainer.com/);
    const insert = i.actions.find((a) => a.verb === 'insert-support-snippet');
    const text = insert && 'text' in insert ? insert.text : '';
    for (const part of ['support@medtrainer.com', '844.596.6553', 'https://support.medtrainer.com/', '7:00 AM to 7:00 PM Central Time, Monday to Friday'])
      expect(text).toContain(part);
  });
  it('done when the body already has the email or the phone', () => {
    expect(one('DG-SUPPORT-REDIRECT', { facts: DIGITAL, page: compose({ bodyText: 'Call Support at 844.596.6553' }) }).state).toBe('done');
    expect(one('DG-SUPPORT-REDIRECT', { facts: DIGITAL, page: compose({ bodyText: 'Write to SUPPORT@medtrainer.com' }) }).state).toBe('done');
  });
  it('still offers the snippet when the body is unreadable', () => {
    const i = one('DG-SUPPORT-REDIRECT', { facts: DIGITAL, page: compose({ bodyText: null, unreadable: ['body'] }) });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Can't read the email body/);
    expect(verbs(i)).toEqual(['insert-support-snippet']);
  });
  it('offered on a Core account too (it does not depend on the account); nothing off compose pages', () => {
    expect(one('DG-SUPPORT-REDIRECT', { facts: CORE, page: compose({ bodyText: 'x' }) })).toMatchObject({ state: 'info' });
    expect(verbs(one('DG-SUPPORT-REDIRECT', { facts: CORE, page: compose({ bodyText: 'x' }) }))).toEqual(['insert-support-snippet']);
    expect(item(run({ facts: DIGITAL, page: page('sf.account') }), 'DG-SUPPORT-REDIRECT')).toBeUndefined();
  });
});
