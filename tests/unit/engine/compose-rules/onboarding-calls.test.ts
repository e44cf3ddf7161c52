import { describe, expect, it } from 'vitest';
import { CORE, DIGITAL, MISSING, NOW, item, one, page, progress, run, SMB, verbs } from './helpers';

describe('OB-SAME-DAY-CALL', () => {
  it.each([
    ['todo before the assignment date', { ...CORE, assignmentDate: '2026-11-30' }, 'todo', /Phone the admin/],
    ['warn on the assignment date', CORE, 'warn', /Due today: Phone the admin/],
    ['error from the next day', { ...CORE, assignmentDate: '2026-11-26' }, 'error', /Overdue: .*Assigned on Nov 26, 2026/],
  ] as const)('%s', (_, facts, state, message) => {
    const i = one('OB-SAME-DAY-CALL', { facts });
    expect(i.state).toBe(state);
    expect(i.message).toMatch(message);
    expect(i.due).toBe(facts.assignmentDate);
    expect(verbs(i)).toEqual(['toggle-done']);
  });

  it('names the admin when the primary contact is known', () => {
    expect(one('OB-SAME-DAY-CALL', { facts: { ...CORE, primaryContactName: 'Jane Doe' } }).message).toMatch(/the admin \(Jane Doe\)/);
  });

  it('done when checked off, with who', () => {
    const i = one('OB-SAME-DAY-CALL', { facts: { ...CORE, assignmentDate: '2026-11-20' }, progress: progress({ 'OB-SAME-DAY-CALL': true }) });
    expect(i.state).toBe('done');
    expect(i.message).toMatch(/Ana Ortiz/);
  });

  it('done once the onboarding call is booked', () => {
    const i = one('OB-SAME-DAY-CALL', { facts: { ...CORE, assignmentDate: '2026-11-20', obCallScheduledFor: '2026-12-02' } });
    expect(i.state).toBe('done');
    expect(i.message).toMatch(/onboarding call scheduled date Dec 2, 2026/);
  });

  it('info naming the Customer Onboarding record when the assignment date is unknown', () => {
    const model = run({ facts: { ...CORE, assignmentDate: undefined } });
    const i = item(model, 'OB-SAME-DAY-CALL')!;
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Open the Customer Onboarding record to learn the assignment date \(Onboarding email sent date\)/);
    expect(model.unknownFacts.map((f) => f.fact)).toContain('assignmentDate');
  });

  it('info naming the empty field when it was read empty', () => {
    expect(one('OB-SAME-DAY-CALL', { facts: { ...CORE, assignmentDate: null } }).message).toMatch(
      /assignment date \(Onboarding email sent date\) is empty on the Customer Onboarding record/,
    );
  });
});

describe('OB-CALL-SCHEDULED-DATE', () => {
  const ob = (fields: Parameters<typeof page>[1]) => page('sf.onboarding', fields);

  it('done when filled, naming the field', () => {
    const i = one('OB-CALL-SCHEDULED-DATE', { facts: CORE, page: ob({ 'ob.callScheduledFor': '2026-12-02', 'ob.emailSentDate': '2026-11-27' }) });
    expect(i).toMatchObject({ state: 'done', section: 'page' });
    expect(i.message).toBe('"Onboarding Call Scheduled For" is filled: Dec 2, 2026.');
  });

  it.each([
    ['todo before the assignment date', '2026-11-30', 'todo'],
    ['warn on the assignment date', '2026-11-27', 'warn'],
    ['error from the next business day', '2026-11-26', 'error'],
  ] as const)('empty: %s', (_, sent, state) => {
    const i = one('OB-CALL-SCHEDULED-DATE', { facts: CORE, page: ob({ 'ob.callScheduledFor': null, 'ob.emailSentDate': sent }) });
    expect(i.state).toBe(state);
    expect(i.message).toMatch(/"Onboarding Call Scheduled For"/);
    expect(i.due).toBe(sent);
  });

  it('still a warning over the weekend after a Friday assignment', () => {
    const i = one('OB-CALL-SCHEDULED-DATE', {
      facts: CORE,
      now: '2026-11-29T15:00:00Z',
      page: ob({ 'ob.callScheduledFor': null, 'ob.emailSentDate': '2026-11-27' }),
    });
    expect(i.state).toBe('warn');
    const monday = one('OB-CALL-SCHEDULED-DATE', {
      facts: CORE,
      now: '2026-11-30T15:00:00Z',
      page: ob({ 'ob.callScheduledFor': null, 'ob.emailSentDate': '2026-11-27' }),
    });
    expect(monday.state).toBe('error');
  });

  it('uses the profile assignment date when the page does not show it', () => {
    expect(one('OB-CALL-SCHEDULED-DATE', { facts: { ...CORE, assignmentDate: '2026-11-20' }, page: ob({ 'ob.callScheduledFor': null }) }).state).toBe('error');
  });

  it('info naming "Onboarding email sent date" when it is empty', () => {
    const i = one('OB-CALL-SCHEDULED-DATE', { facts: { ...CORE, assignmentDate: undefined }, page: ob({ 'ob.callScheduledFor': null, 'ob.emailSentDate': null }) });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/"Onboarding email sent date" \(the assignment date\) is empty/);
  });

  it('info with the page to open when the assignment date is unknown', () => {
    const i = one('OB-CALL-SCHEDULED-DATE', { facts: { ...CORE, assignmentDate: undefined }, page: ob({ 'ob.callScheduledFor': null }) });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Open the Customer Onboarding record to learn the assignment date/);
  });

  it('warn naming the label it could not read', () => {
    const i = one('OB-CALL-SCHEDULED-DATE', { facts: CORE, page: ob({ 'ob.callScheduledFor': MISSING }) });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(/Can't read "Onboarding Call Scheduled For"/);
  });

  it('shows nothing off the Customer Onboarding record', () => {
    expect(item(run({ facts: CORE, page: page('sf.account') }), 'OB-CALL-SCHEDULED-DATE')).toBeUndefined();
  });
});

describe('OB-CALL-COMPLETED-DATE', () => {
  const ob = (scheduled: string | null | typeof MISSING, completed: string | null | typeof MISSING) =>
    page('sf.onboarding', { 'ob.callScheduledFor': scheduled, 'ob.callCompletedDate': completed });

  it.each([
    ['todo while the call is ahead', '2026-12-02', null, 'todo', /The call is on Dec 2, 2026/],
    ['todo while the call is not booked', null, null, 'todo', /"Onboarding Call Scheduled For" is empty/],
    ['warn on the day of the call', '2026-11-27', null, 'warn', /Due today: .*"Onboarding Call Completed Date"/],
    ['error once the scheduled day passed', '2026-11-25', null, 'error', /"Onboarding Call Completed Date" is empty, but "Onboarding Call Scheduled For" was Nov 25, 2026/],
    ['error when completed before scheduled', '2026-11-25', '2026-11-24', 'error', /"Onboarding Call Completed Date" \(Nov 24, 2026\) is before "Onboarding Call Scheduled For" \(Nov 25, 2026\)/],
    ['warn when completed in the future', '2026-11-25', '2026-12-01', 'warn', /"Onboarding Call Completed Date" \(Dec 1, 2026\) is in the future/],
    ['done when filled', '2026-11-25', '2026-11-25', 'done', /"Onboarding Call Completed Date" is filled: Nov 25, 2026/],
    ['warn when the completed date is unreadable', '2026-11-25', MISSING, 'warn', /Can't read "Onboarding Call Completed Date"/],
    ['warn when the scheduled date is unreadable', MISSING, null, 'warn', /Can't read "Onboarding Call Scheduled For"/],
  ] as const)('%s', (_, scheduled, completed, state, message) => {
    const i = one('OB-CALL-COMPLETED-DATE', { facts: CORE, page: ob(scheduled, completed) });
    expect(i.state).toBe(state);
    expect(i.message).toMatch(message);
  });

  it('info while the record loads', () => {
    expect(one('OB-CALL-COMPLETED-DATE', { facts: CORE, page: { ...ob(null, null), ready: false } }).state).toBe('info');
  });
});

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

describe('OB-RSM-DISCOVERY', () => {
  const opp = (industry: string | null | typeof MISSING, employees: number | null | typeof MISSING) =>
    page('sf.opportunity', { 'opp.industry': industry, 'opp.employees': employees });

  it('Core: a 15-minute Discovery Meeting with the RSM, due by the call', () => {
    const i = one('OB-RSM-DISCOVERY', { facts: { ...CORE, rsm: 'Rita Sales', obCallScheduledFor: '2026-12-01' } });
    expect(i).toMatchObject({ state: 'todo', due: '2026-12-01' });
    expect(i.message).toMatch(/15-minute Discovery Meeting with the RSM \(Rita Sales\) before the onboarding call on Dec 1, 2026/);
    expect(one('OB-RSM-DISCOVERY', { facts: { ...CORE, segmentation: 'Strategic' }, progress: progress({ 'OB-RSM-DISCOVERY': true }) }).state).toBe('done');
    expect(one('OB-RSM-DISCOVERY', { facts: { ...CORE, obCallScheduledFor: '2026-11-26' } }).state).toBe('error');
  });

  it('Digital on the Opportunity: done when the Discovery Notes are filled', () => {
    const i = one('OB-RSM-DISCOVERY', { facts: DIGITAL, page: opp('Dermatology', 12) });
    expect(i.state).toBe('done');
    expect(i.details?.map((d) => d.text)).toEqual(['Industry is filled', 'Number of Employees is filled']);
  });

  it('Digital on the Opportunity: warn naming the empty Discovery Notes field, done once CS Ops were asked', () => {
    const i = one('OB-RSM-DISCOVERY', { facts: DIGITAL, page: opp('Dermatology', null) });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(/"Number of Employees" empty\): ask CS Ops/);
    expect(verbs(i)).toEqual(['toggle-done']);
    const asked = one('OB-RSM-DISCOVERY', { facts: DIGITAL, page: opp('Dermatology', null), progress: progress({ 'OB-RSM-DISCOVERY': true }) });
    expect(asked.state).toBe('done');
  });

  it('Digital on the Opportunity: warn naming an unreadable field', () => {
    const i = one('OB-RSM-DISCOVERY', { facts: DIGITAL, page: opp(MISSING, 12) });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(/Can't read "Industry"/);
  });

  it('Digital elsewhere: info pointing at the Opportunity', () => {
    const i = one('OB-RSM-DISCOVERY', { facts: DIGITAL });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Open the Salesforce Opportunity/);
  });

  it('info naming the Account when the segmentation is unknown', () => {
    const i = one('OB-RSM-DISCOVERY', { facts: { ...CORE, segmentation: undefined } });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Open the Salesforce Account to learn the CS segmentation/);
  });
});

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

describe('OB-MEETING-TYPE', () => {
  it('a manual setup item on Outreach pages', () => {
    const i = one('OB-MEETING-TYPE', { facts: CORE, page: page('outreach.prospect', {}, { outreach: { sequenceNames: [], unreadable: [] } }) });
    expect(i).toMatchObject({ state: 'todo', section: 'page' });
    expect(i.message).toMatch(/Onboarding Call \(30 min\)/);
    expect(one('OB-MEETING-TYPE', { facts: CORE, page: page('outreach.compose'), progress: progress({ 'OB-MEETING-TYPE': true }) }).state).toBe('done');
  });
  it('not shown on Salesforce pages', () => {
    expect(item(run({ facts: CORE, page: page('sf.account') }), 'OB-MEETING-TYPE')).toBeUndefined();
  });
  it('uses NOW as a Friday', () => {
    expect(new Date(NOW).getUTCDay()).toBe(5);
  });
});

describe('OB-SAME-DAY-CALL after the call', () => {
  it('done naming the completed date when only that is known', () => {
    const i = one('OB-SAME-DAY-CALL', { facts: { ...CORE, assignmentDate: '2026-11-20', obCallCompletedDate: '2026-11-24' } });
    expect(i.state).toBe('done');
    expect(i.message).toBe('The onboarding call is booked (onboarding call completed date Nov 24, 2026).');
  });
});
