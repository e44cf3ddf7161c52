import { describe, expect, it } from 'vitest';
import { ACCOUNT_ID, detail, item, page, type FactValues } from '../support/salesforce';
import { emailHash } from '@/lib/core/profile/stored-facts';

const opp = (fields: Parameters<typeof page>[1]) => page('sf.opportunity', fields);

describe('CSO-PRESIGNUP-FIELDS', () => {
  const known: FactValues = { accountName: 'Acme Clinic', userCount: 30, primaryContactName: 'Jane Doe', primaryContactEmail: 'jane@acme.com' };
  const form = {
    'signup.accountId': ACCOUNT_ID,
    'signup.companyName': 'Acme Clinic',
    'signup.firstName': 'Jane',
    'signup.lastName': 'Doe',
    'signup.phone': '555-0100',
    'signup.email': 'jane@acme.com',
    'signup.userCount': 30,
    'signup.locationCount': 2,
    'signup.planAmount': 300,
  };
  const onForm = (fields: Parameters<typeof page>[1], profile: FactValues = known) =>
    item('CSO-PRESIGNUP-FIELDS', { profile, page: page('mt.presignup', { ...form, ...fields }) });

  it('done: all filled and matching the account (15-character ID accepted)', () => {
    const i = onForm({ 'signup.accountId': ACCOUNT_ID.slice(0, 15) });
    expect(i.state).toBe('done');
    expect(i.message).toBe('All filled, and they match the account.');
    expect(detail(i, 'signup.accountId')?.text).toMatch(/"Account ID" 001Dn00000AbCdE is a valid Salesforce ID of this account/);
  });
  it('error: an empty field names its source', () => {
    const i = onForm({ 'signup.phone': null });
    expect(i.state).toBe('error');
    expect(i.message).toBe('Fill or fix "Phone Number".');
    expect(detail(i, 'signup.phone')?.text).toBe('"Phone Number" is empty: take it from the primary contact in the Opportunity');
  });
  it('error: a bad checksum', () => {
    const i = onForm({ 'signup.accountId': '001Dn00000AbCdEXXX' });
    expect(i.state).toBe('error');
    expect(detail(i, 'signup.accountId')?.text).toMatch(/"Account ID": Salesforce ID checksum suffix should be IAV, not XXX/);
  });
  it('error: a wrong length', () => {
    const i = onForm({ 'signup.accountId': '001Dn00000' });
    expect(detail(i, 'signup.accountId')?.text).toMatch(/"Account ID": Salesforce ID must be 15 or 18 characters \(this one has 10\)/);
  });
  it("error: another account's ID", () => {
    const i = onForm({ 'signup.accountId': '001Dn00000ZZZZZ' });
    expect(i.state).toBe('error');
    expect(detail(i, 'signup.accountId')?.text).toMatch(/is not this account's ID \(001Dn00000AbCdEIAV\)/);
  });
  it('warn: user count and contact differ from the profile, naming both values', () => {
    const i = onForm({ 'signup.userCount': 25, 'signup.lastName': 'Smith' });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(/Check "User Count" and "First Name" against the account/);
    expect(detail(i, 'signup.userCount')?.text).toBe('"User Count" is 25 but the user count is 30');
    expect(detail(i, 'contact')?.text).toBe('"First Name" and "Last Name" say Jane Smith but the primary contact is Jane Doe');
  });
  it('with the profile as stored (no contact name, the address as its SHA-256): the address is still checked', () => {
    const stored: FactValues = { accountName: 'Acme Clinic', userCount: 30, primaryContactEmailSha256: emailHash('jane@acme.com'), primaryContactDomain: 'acme.com' };
    const same = onForm({ 'signup.email': 'Jane@Acme.com' }, stored);
    expect(detail(same, 'signup.email')).toMatchObject({ state: 'done', text: '"Email Address / Username": Jane@Acme.com, as in the primary contact email' });
    expect(detail(same, 'contact')).toMatchObject({ state: 'info', text: expect.stringMatching(/Jane Doe \(check them against the Primary Contact on .*Opportunity; CSM Guide keeps no contact names\)/) });
    const other = onForm({ 'signup.email': 'joe@acme.com' }, stored);
    expect(other.state).toBe('warn');
    expect(detail(other, 'signup.email')?.text).toMatch(/is joe@acme\.com but the primary contact email on .*Opportunity is another address/);
  });
  describe('the SOP\'s own address for a taken one matches the contact (issue 22)', () => {
    const stored: FactValues = { accountName: 'Acme Clinic', userCount: 30, primaryContactEmailSha256: emailHash('jane@acme.com'), primaryContactDomain: 'acme.com' };
    it.each([
      ['+1', 'jane+1@acme.com'],
      ['DONOTUSE', 'janeDONOTUSE@acme.com'],
      ['+2', 'Jane+2@Acme.com'],
    ])('done with the contact\'s address and %s, as the page shows it and as the profile keeps it', (mark, email) => {
      for (const profile of [known, stored]) {
        const i = onForm({ 'signup.email': email }, profile);
        expect(i.state).toBe('done');
        expect(detail(i, 'signup.email')).toEqual({
          key: 'signup.email',
          state: 'done',
          text: `"Email Address / Username": ${email}, the primary contact email with the SOP's ${mark} for an address already taken`,
        });
      }
    });
    it.each(['joe+1@acme.com', 'janeDONOTUSE@other.com', 'jane+x@acme.com'])('warn: %s is another address', (email) => {
      expect(onForm({ 'signup.email': email }).state).toBe('warn');
      expect(detail(onForm({ 'signup.email': email }, stored), 'signup.email')?.state).toBe('warn');
    });
  });
  it('warn: company name differs', () => {
    const i = onForm({ 'signup.companyName': 'Acme Health' });
    expect(detail(i, 'signup.companyName')).toMatchObject({ state: 'warn', text: '"Company Name" is Acme Health but the account name is Acme Clinic' });
  });
  it('done with info details when the profile does not know the values yet', () => {
    const i = onForm({}, {});
    expect(i.state).toBe('done');
    expect(i.message).toMatch(/Open the Salesforce Account to learn the account name/);
    expect(detail(i, 'signup.userCount')).toMatchObject({ state: 'info' });
    expect(detail(i, 'signup.accountId')?.text).toBe('"Account ID" 001Dn00000AbCdEIAV is a valid Salesforce ID');
  });
  it('info on the Opportunity: where each form field comes from, with the values shown there', () => {
    const i = item('CSO-PRESIGNUP-FIELDS', {
      page: opp({ 'opp.account': { name: 'Acme Clinic' }, 'opp.primaryContact': { name: 'Jane Doe' }, 'opp.primaryContactEmail': 'jane@acme.com', 'opp.userCount': 30 }),
    });
    expect(i.state).toBe('info');
    expect(detail(i, 'signup.companyName')?.text).toBe('Company Name: the company name in SF ("Account Name" here: Acme Clinic)');
    expect(detail(i, 'signup.accountId')?.text).toMatch(/^Account ID: the SF Account ID in the System Codes section/);
  });
  it('warn on the Opportunity when a field the form needs is empty', () => {
    const i = item('CSO-PRESIGNUP-FIELDS', { page: opp({ 'opp.primaryContact': null, 'opp.primaryContactEmail': 'jane@acme.com' }) });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(/needs "Primary Contact"/);
  });
});
