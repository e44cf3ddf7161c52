import { describe, expect, it } from 'vitest';
import { item, itemOf, MISSING, readOnly } from '../support/salesforce';
import { newCase } from '../support/escalation-case';


describe('ESC-SUBJECT', () => {
  const fill = { type: 'fill', verb: 'fill-subject', field: 'case.subject', value: 'Cancelation Request - Acme Clinic', mode: 'set' };
  const example = '"Cancelation Request - Acme Clinic"';

  describe('while the Subject is empty: the seed\'s example with the account\'s real name, and the fill (issue 22)', () => {
    it.each([
      ['a cancellation reason', 'Cancellation: budget'],
      ['no reason yet (the CSM types the Subject first)', null],
      ['an escalation that is not a cancellation', 'Unhappy with support'],
    ] as const)('todo with %s', (_, reason) => {
      const i = item('ESC-SUBJECT', { page: newCase({ 'case.subject': null, 'case.reason': reason }) });
      expect(i.state).toBe('todo');
      expect(i.message).toBe(`Add the "Subject" pertaining to the case, for example ${example}.`);
      expect(i.actions).toEqual([expect.objectContaining({ ...fill, label: `Use ${example}` })]);
    });
    it('todo on a new Case opened from the Account (backgroundContext): the name comes from the profile', () => {
      // The form's Account lookup is not filled yet; the page was opened from Acme's Account, whose name the profile knows.
      const i = item('ESC-SUBJECT', { profile: { accountName: 'Acme Clinic' }, page: newCase({ 'case.account': null, 'case.subject': null, 'case.reason': null }) });
      expect(i.state).toBe('todo');
      expect(i.actions).toEqual([expect.objectContaining(fill)]);
    });
    it('todo without a fill on a read-only Subject', () => {
      const i = item('ESC-SUBJECT', { page: newCase({ 'case.subject': readOnly(null) }) });
      expect(i.state).toBe('todo');
      expect(i.actions).toEqual([]);
    });
    it('info: the account name unknown, naming the page to open', () => {
      const i = item('ESC-SUBJECT', { page: newCase({ 'case.account': null, 'case.subject': null, 'case.reason': null }) });
      expect(i.state).toBe('info');
      expect(i.message).toBe(
        'Add the "Subject" pertaining to the case, for example "Cancelation Request - <Account name>". Open the Salesforce Account to learn the account name.',
      );
      expect(i.actions).toEqual([]);
    });
  });

  describe('a cancellation\'s typed Subject', () => {
    it('done: the seed spelling', () => {
      const i = item('ESC-SUBJECT', { page: newCase() });
      expect(i.state).toBe('done');
      expect(i.message).toBe('"Subject" is "Cancelation Request - Acme Clinic".');
    });
    it('done: "Cancellation" is accepted as well as the seed\'s "Cancelation", with no offer to rewrite it (issue 12)', () => {
      const i = item('ESC-SUBJECT', { page: newCase({ 'case.subject': 'cancellation request -  ACME clinic' }) });
      expect(i.state).toBe('done');
      expect(i.actions).toEqual([]);
    });
    it.each(['Acme Clinic - cancellation request', 'Cancellation Request - Acme Clinic (all 3 locations)', 'Cancel Request: acme clinic'])(
      'info, not a warning: other wording that names the account is the CSM\'s choice ("%s")',
      (subject) => {
        const i = item('ESC-SUBJECT', { page: newCase({ 'case.subject': subject }) });
        expect(i.state).toBe('info');
        expect(i.message).toBe(`"Subject" "${subject}" names the account: your wording is fine (the SOP's example is ${example}).`);
        expect(i.actions).toEqual([]);
      },
    );
    it('warn: the wrong account name; the fix keeps the CSM\'s spelling, with the name from the profile when the lookup is empty', () => {
      const i = item('ESC-SUBJECT', {
        profile: { accountName: 'Acme Clinic' },
        page: newCase({ 'case.account': null, 'case.subject': 'Cancellation Request - Acme' }),
      });
      expect(i.state).toBe('warn');
      expect(i.message).toBe('For a cancellation, "Subject" should be "Cancellation Request - Acme Clinic", not "Cancellation Request - Acme".');
      expect(i.actions).toEqual([expect.objectContaining({ ...fill, value: 'Cancellation Request - Acme Clinic' })]);
    });
    it('warn: wording that names no account gets the seed\'s subject', () => {
      const i = item('ESC-SUBJECT', { page: newCase({ 'case.subject': 'Cancel Acme' }) });
      expect(i.state).toBe('warn');
      expect(i.actions).toEqual([expect.objectContaining(fill)]);
    });
    it('info: the account name unknown', () => {
      const i = item('ESC-SUBJECT', { page: newCase({ 'case.account': null, 'case.subject': 'Cancelation Request' }) });
      expect(i.state).toBe('info');
      expect(i.message).toBe('The example for a cancellation\'s "Subject" is "Cancelation Request - <Account name>". Open the Salesforce Account to learn the account name.');
    });
  });

  it('done on an escalation that is not a cancellation, whatever its wording', () => {
    const i = item('ESC-SUBJECT', { page: newCase({ 'case.reason': 'Unhappy with support', 'case.subject': 'Admin upset about course library' }) });
    expect(i.state).toBe('done');
    expect(i.message).toBe('"Subject": Admin upset about course library.');
  });
  it('warn: label not found', () => {
    expect(item('ESC-SUBJECT', { page: newCase({ 'case.subject': MISSING }) }).state).toBe('warn');
  });
  it('not on other record types', () => {
    expect(itemOf('ESC-SUBJECT', { page: newCase({ 'case.recordType': 'Customer Success' }) })).toBeUndefined();
  });
});
