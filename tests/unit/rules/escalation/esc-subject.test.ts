import { describe, expect, it } from 'vitest';
import { item, itemOf, MISSING, page } from '../support/salesforce';
import { newCase } from '../support/escalation-case';


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
