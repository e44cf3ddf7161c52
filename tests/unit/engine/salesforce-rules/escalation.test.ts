import { describe, expect, it } from 'vitest';
import { detail, item, itemOf, MISSING, page, progress, readOnly, verbs } from './helpers';

const escalation = {
  'case.recordType': 'Escalations',
  'case.account': { name: 'Acme Clinic' },
  'case.subject': 'Cancelation Request - Acme Clinic',
  'case.reason': 'Cancellation: budget',
  'case.description': '12/02/26_MM:Customer called support and asked to cancel',
  'case.directives': '12/02/26_MM:One more week, Customer unresponsive',
  'case.opportunity': { name: 'Acme Clinic - New Business' },
  'case.contact': { name: 'Jane Doe' },
  'case.products': ['Learning'],
};
type Fields = Parameters<typeof page>[1];
const newCase = (fields: Fields = {}) => page('sf.case.new', { ...escalation, ...fields });
/** Opened Tue 2026-12-01 14:00 Chicago: the call is due by Wed 14:00, four hours after NOW. */
const OPENED = '2026-12-01T20:00:00Z';
const savedCase = (fields: Fields = {}) => page('sf.case', { ...escalation, 'case.opened': OPENED, 'case.callScheduledFor': null, ...fields });

describe('ESC-TRIGGERS', () => {
  it('info with the seven signals as steps', () => {
    const i = item('ESC-TRIGGERS', {});
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Is this an escalation\?/);
    expect(i.steps).toHaveLength(7);
    expect(i.steps?.at(-1)).toMatch(/wants to downgrade/);
  });
  it('info naming the branch when the account is escalated', () => {
    const i = item('ESC-TRIGGERS', { progress: progress({ branch: { value: 'escalation', since: '2026-11-30' } }) });
    expect(i.message).toMatch(/in the Escalation branch since Nov 30, 2026/);
  });
});

describe('ESC-SUBJECT', () => {
  const fill = { type: 'fill', verb: 'fill-subject', field: 'case.subject', value: 'Cancelation Request - Acme Clinic', mode: 'set' };
  it('done: the cancellation subject, seed spelling', () => {
    const i = item('ESC-SUBJECT', { page: newCase() });
    expect(i.state).toBe('done');
    expect(i.message).toBe('"Subject" is "Cancelation Request - Acme Clinic".');
  });
  it('error: empty on a cancellation; fills it from the Account lookup', () => {
    const i = item('ESC-SUBJECT', { page: newCase({ 'case.subject': null }) });
    expect(i.state).toBe('error');
    expect(i.message).toBe('"Subject" is empty: for a cancellation it is "Cancelation Request - Acme Clinic".');
    expect(i.actions).toEqual([expect.objectContaining(fill)]);
  });
  it('done: "Cancellation" is accepted as well as the seed\'s "Cancelation", with no offer to rewrite it (issue 12)', () => {
    const i = item('ESC-SUBJECT', { page: newCase({ 'case.subject': 'Cancellation Request - Acme Clinic' }) });
    expect(i.state).toBe('done');
    expect(i.message).toBe('"Subject" is "Cancellation Request - Acme Clinic".');
    expect(i.actions).toEqual([]);
  });
  it('warn: the wrong account name; the fix keeps the CSM\'s spelling, with the name from the profile when the lookup is empty', () => {
    const i = item('ESC-SUBJECT', {
      profile: { accountName: 'Acme Clinic' },
      page: newCase({ 'case.account': null, 'case.subject': 'Cancellation Request - Acme' }),
    });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(/should be "Cancellation Request - Acme Clinic", not "Cancellation Request - Acme"/);
    expect(i.actions).toEqual([expect.objectContaining({ ...fill, value: 'Cancellation Request - Acme Clinic' })]);
  });
  it('error: empty, on a new Case opened from the Account (backgroundContext): the fill carries the account\'s real name', () => {
    // The form's Account lookup is not filled yet; the page was opened from Acme's Account, whose name the profile knows.
    const i = item('ESC-SUBJECT', { profile: { accountName: 'Acme Clinic' }, page: newCase({ 'case.account': null, 'case.subject': null }) });
    expect(i.state).toBe('error');
    expect(i.message).toBe('"Subject" is empty: for a cancellation it is "Cancelation Request - Acme Clinic".');
    expect(i.actions).toEqual([expect.objectContaining(fill)]);
  });
  it('warn: another wording altogether gets the seed\'s subject', () => {
    const i = item('ESC-SUBJECT', { page: newCase({ 'case.subject': 'Cancel Acme' }) });
    expect(i.state).toBe('warn');
    expect(i.actions).toEqual([expect.objectContaining(fill)]);
  });
  it('info: the account name unknown, naming the page to open', () => {
    const i = item('ESC-SUBJECT', { page: newCase({ 'case.account': null, 'case.subject': null }) });
    expect(i.state).toBe('info');
    expect(i.message).toBe('A cancellation\'s "Subject" is "Cancelation Request - <Account name>". Open the Salesforce Account to learn the account name.');
    expect(i.actions).toEqual([]);
  });
  it.each([
    ['todo', null, /Add the "Subject" pertaining to the case/],
    ['done', 'Admin upset about course library', /"Subject": Admin upset/],
  ] as const)('%s on an escalation that is not a cancellation', (state, subject, message) => {
    const i = item('ESC-SUBJECT', { page: newCase({ 'case.reason': 'Unhappy with support', 'case.subject': subject }) });
    expect(i.state).toBe(state);
    expect(i.message).toMatch(message);
  });
  it('warn: label not found', () => {
    expect(item('ESC-SUBJECT', { page: newCase({ 'case.subject': MISSING }) }).state).toBe('warn');
  });
  it('not on other record types', () => {
    expect(itemOf('ESC-SUBJECT', { page: newCase({ 'case.recordType': 'Customer Success' }) })).toBeUndefined();
  });
});

describe('ESC-DESCRIPTION-FORMAT', () => {
  it("done: every line valid (the seed's own shape too); fill actions dated today with the initials", () => {
    const i = item('ESC-DESCRIPTION-FORMAT', {
      page: newCase({ 'case.description': '04/20/23MM: Customer called support and asked to cancel his account\n12/02/26_MM:Called back' }),
    });
    expect(i.state).toBe('done');
    expect(detail(i, 'case.description')?.text).toBe('"Description": 2 entries, each MM/DD/YY_Initials:Action');
    expect(i.actions).toEqual([
      { type: 'escalation-entry', verb: 'fill-escalation-entry', label: 'New Description entry', field: 'case.description', date: '2026-12-02', initials: 'MM' },
      { type: 'escalation-entry', verb: 'fill-escalation-entry', label: 'New Escalation Directives entry', field: 'case.directives', date: '2026-12-02', initials: 'MM' },
    ]);
  });
  it('error: points at the bad line of the field', () => {
    const i = item('ESC-DESCRIPTION-FORMAT', { page: newCase({ 'case.description': '12/01/26_MM:Called\n12/02/26 MM called again' }) });
    expect(i.state).toBe('error');
    expect(i.message).toBe('Description line 2: missing ":" after the initials "MM" ("12/02/26 MM called again"). Write each line as MM/DD/YY_Initials:Action.');
    expect(detail(i, 'case.description')?.state).toBe('error');
    expect(verbs(i)).toEqual(['fill-escalation-entry', 'fill-escalation-entry']);
  });
  it('error on a saved case too (Escalation Directives)', () => {
    const i = item('ESC-DESCRIPTION-FORMAT', { page: savedCase({ 'case.directives': readOnly('One more week') }) });
    expect(i.state).toBe('error');
    expect(i.message).toMatch(/^Escalation Directives line 1: should start with a date as MM\/DD\/YY/);
    expect(i.actions.map((a) => (a as { field: string }).field)).toEqual(['case.description']);
  });
  it('todo: a field without entries', () => {
    const i = item('ESC-DESCRIPTION-FORMAT', { page: newCase({ 'case.directives': null }) });
    expect(i.state).toBe('todo');
    expect(i.message).toBe('Add an entry to "Escalation Directives" as MM/DD/YY_Initials:Action.');
  });
  it("uses today's date in the user's zone", () => {
    const i = item('ESC-DESCRIPTION-FORMAT', { page: newCase(), settings: { timeZone: 'Asia/Tokyo' } });
    expect(i.actions[0]).toMatchObject({ date: '2026-12-03' });
  });
  it.each([
    ['empty', '', /Set your initials in CSM Guide's settings/],
    ['unusable', 'M.M.M.M.M', /Your initials in settings \("M\.M\.M\.M\.M"\) must be 1 to 4 letters/],
  ])('info when the initials are %s, without fill actions', (_, initials, message) => {
    const i = item('ESC-DESCRIPTION-FORMAT', { page: newCase(), settings: { initials } });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(message);
    expect(i.actions).toEqual([]);
  });
  it('warn: label not found', () => {
    const i = item('ESC-DESCRIPTION-FORMAT', { page: newCase({ 'case.directives': MISSING }) });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(/"Escalation Directives"/);
  });
});

describe('ESC-REQUIRED-FIELDS', () => {
  it('error: names each empty field', () => {
    const i = item('ESC-REQUIRED-FIELDS', { page: newCase({ 'case.contact': null, 'case.products': [] }) });
    expect(i.state).toBe('error');
    expect(i.message).toBe('Fill "Contact Name" and "Products".');
  });
  it('done: all set', () => {
    expect(item('ESC-REQUIRED-FIELDS', { page: newCase() }).state).toBe('done');
  });
  it('not on a Customer Success case', () => {
    expect(itemOf('ESC-REQUIRED-FIELDS', { page: newCase({ 'case.recordType': 'Customer Success' }) })).toBeUndefined();
  });
});

describe('ESC-CALL-24H', () => {
  it('warn: empty inside the 24 hours, due at the deadline', () => {
    const i = item('ESC-CALL-24H', { page: savedCase({ 'case.reason': 'Upset with support', 'case.subject': 'Upset admin' }) });
    expect(i.state).toBe('warn');
    expect(i.due).toBe('2026-12-02T20:00:00.000Z');
    expect(i.message).toBe('Schedule the call with the client and the CSM lead, and enter "Call Scheduled For", by Dec 2, 2026, 2:00 PM CST.');
  });
  it('error: empty after the 24 hours; a cancellation says the CSM TL calls', () => {
    const i = item('ESC-CALL-24H', { page: savedCase({ 'case.opened': '2026-11-30T20:00:00Z' }) });
    expect(i.state).toBe('error');
    expect(i.message).toMatch(/"Call Scheduled For" is empty and the 24 hours since the case was created ran out Dec 1, 2026, 2:00 PM CST\. This is a cancellation request: the CSM TL contacts the customer\./);
  });
  it('done: scheduled inside the 24 hours', () => {
    const i = item('ESC-CALL-24H', { page: savedCase({ 'case.callScheduledFor': '2026-12-02T15:00:00Z' }) });
    expect(i.state).toBe('done');
    expect(i.message).toMatch(/"Call Scheduled For" Dec 2, 2026, 9:00 AM CST is within 24 hours/);
  });
  it('error: scheduled later than the deadline', () => {
    const i = item('ESC-CALL-24H', { page: savedCase({ 'case.callScheduledFor': '2026-12-03T15:00:00Z' }) });
    expect(i.state).toBe('error');
    expect(i.message).toMatch(/"Call Scheduled For" Dec 3, 2026, 9:00 AM CST is later than 24 hours after the case was created \(by Dec 2, 2026, 2:00 PM CST\)/);
  });
  it('info: the creation time is not on the page', () => {
    const { 'case.opened': _, ...rest } = { ...escalation, 'case.opened': OPENED, 'case.callScheduledFor': null };
    const i = item('ESC-CALL-24H', { page: page('sf.case', rest) });
    expect(i.state).toBe('info');
  });
  it('warn: label not found', () => {
    const i = item('ESC-CALL-24H', { page: savedCase({ 'case.callScheduledFor': MISSING }) });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(/Can't read "Call Scheduled For"/);
  });
});

describe('ESC-WORK-CASE', () => {
  it('todo: names the next stage; every stage listed; toggle offered', () => {
    const i = item('ESC-WORK-CASE', { page: savedCase({ 'case.status': 'New' }) });
    expect(i.state).toBe('todo');
    expect(i.message).toMatch(/^Next: Schedule a call between the client and the CSM lead within 24 hours; enter "Call Scheduled For"/);
    expect(i.details?.map((d) => d.key)).toEqual(['call-scheduled', 'call-completed', 'waiting-approval', 'accounting', 'follow-up']);
    expect(verbs(i)).toEqual(['toggle-done']);
  });
  it('todo: call done, waiting for Accounting', () => {
    const i = item('ESC-WORK-CASE', {
      page: savedCase({ 'case.callScheduledFor': '2026-12-02T15:00:00Z', 'case.callCompletedDate': '2026-12-02', 'case.status': 'Waiting Approval' }),
    });
    expect(i.state).toBe('todo');
    expect(i.message).toBe('Next: Accounting approves or denies the resolution offered.');
    expect(detail(i, 'waiting-approval')).toMatchObject({ state: 'done', text: '"Status": Waiting Approval' });
  });
  it('done: call completed and Accounting decided', () => {
    const i = item('ESC-WORK-CASE', {
      page: savedCase({ 'case.callScheduledFor': '2026-12-02T15:00:00Z', 'case.callCompletedDate': '2026-12-02', 'case.status': 'Denied' }),
    });
    expect(i.state).toBe('done');
    expect(i.message).toMatch(/Accounting decided \(Denied\)/);
  });
  it('done: ticked by hand', () => {
    const i = item('ESC-WORK-CASE', { page: savedCase(), progress: progress({ done: ['ESC-WORK-CASE'] }) });
    expect(i.state).toBe('done');
    expect(i.actions[0]).toMatchObject({ label: 'Undo' });
  });
});
