import { describe, expect, it } from 'vitest';
import { emailHash } from '@/lib/profile/stored-facts';
import { ACCOUNT_ID, detail, item, itemOf, MISSING, page, progress, readOnly, verbs, type FactValues } from './helpers';

const opp = (fields: Parameters<typeof page>[1]) => page('sf.opportunity', fields);
const account = (fields: Parameters<typeof page>[1]) => page('sf.account', fields);

describe('CSO-SERVICE-LEVEL', () => {
  it.each([
    ['done: a tier', 'Standard', 'done', /"Service Level" is Standard/],
    ['error: empty', null, 'error', /"Service Level" is empty: select the contract's tier \(Basic, Standard, Premium\)/],
    ['error: another value', 'Gold', 'error', /"Service Level" is "Gold": it must be Basic, Standard, Premium/],
    ['warn: unreadable', MISSING, 'warn', /Can't read "Service Level"/],
  ] as const)('%s', (_, value, state, message) => {
    const i = item('CSO-SERVICE-LEVEL', { page: opp({ 'opp.serviceLevel': value }) });
    expect(i.state).toBe(state);
    expect(i.message).toMatch(message);
  });

  it('info while the record loads; nothing off the Opportunity', () => {
    const loading = { ...opp({ 'opp.serviceLevel': null }), ready: false };
    expect(item('CSO-SERVICE-LEVEL', { page: loading }).message).toMatch(/Waiting for the record to load/);
    expect(itemOf('CSO-SERVICE-LEVEL', { page: account({}) })).toBeUndefined();
  });
});

describe('CSO-OPP-CSM-FIELDS', () => {
  const filled = { name: 'Ana Ruiz' };
  it('error: names each empty field', () => {
    const i = item('CSO-OPP-CSM-FIELDS', { page: opp({ 'opp.csm': filled, 'opp.com': null, 'opp.csmLeader': null }) });
    expect(i.state).toBe('error');
    expect(i.message).toBe('Fill "Customer Onboarding Manager (NEW)" and "Customer Success Manager Leader (NEW)".');
    expect(detail(i, 'opp.com')).toMatchObject({ state: 'error', text: 'Customer Onboarding Manager (NEW) is empty' });
  });
  it('done: all three filled', () => {
    const i = item('CSO-OPP-CSM-FIELDS', { page: opp({ 'opp.csm': filled, 'opp.com': filled, 'opp.csmLeader': { name: 'Lee Park' } }) });
    expect(i.state).toBe('done');
  });
  it('warn: a label not found', () => {
    const i = item('CSO-OPP-CSM-FIELDS', { page: opp({ 'opp.csm': filled, 'opp.com': MISSING, 'opp.csmLeader': filled }) });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(/Can't read "Customer Onboarding Manager \(NEW\)"/);
  });
});

describe('CSO-ACCOUNT-CSM-FIELDS', () => {
  const full = { 'account.csm': { name: 'Ana Ruiz' }, 'account.csmLeader': { name: 'Lee Park' }, 'account.segmentation': 'Digital' };
  it('error: an empty field, even with the OOO check ticked', () => {
    const i = item('CSO-ACCOUNT-CSM-FIELDS', {
      page: account({ ...full, 'account.segmentation': null }),
      progress: progress({ done: ['CSO-ACCOUNT-CSM-FIELDS'] }),
    });
    expect(i.state).toBe('error');
    expect(i.message).toBe('Fill "CS Segmentation".');
    expect(detail(i, 'ooo')?.state).toBe('done');
  });
  it('todo: filled, OOO check not ticked', () => {
    const i = item('CSO-ACCOUNT-CSM-FIELDS', { page: account(full) });
    expect(i.state).toBe('todo');
    expect(i.message).toMatch(/checked who is OOO or unavailable before assigning/);
    expect(detail(i, 'ooo')?.state).toBe('todo');
    expect(i.actions).toEqual([{ type: 'toggle-done', verb: 'toggle-done', label: 'Checked who is OOO' }]);
  });
  it('done: filled and ticked', () => {
    const i = item('CSO-ACCOUNT-CSM-FIELDS', { page: account(full), progress: progress({ done: ['CSO-ACCOUNT-CSM-FIELDS'] }) });
    expect(i.state).toBe('done');
    expect(verbs(i)).toEqual(['toggle-done']);
  });
  it('warn: a label not found', () => {
    const i = item('CSO-ACCOUNT-CSM-FIELDS', { page: account({ ...full, 'account.csm': MISSING }) });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(/"Customer Success Manager"/);
  });
});

describe('CSO-SYSTEM-CODES', () => {
  it('warn: names each empty code', () => {
    const i = item('CSO-SYSTEM-CODES', {
      page: account({ 'account.lmsIdCompany': null, 'account.recurlyAccountId': '1234', 'account.recurlyBillingUrl': null }),
    });
    expect(i.state).toBe('warn');
    expect(i.message).toBe('Fill "LMS Id Company" and "Recurly Billing URL".');
  });
  it('done: all filled', () => {
    const i = item('CSO-SYSTEM-CODES', {
      page: account({ 'account.lmsIdCompany': '881', 'account.recurlyAccountId': '1234', 'account.recurlyBillingUrl': 'https://x' }),
    });
    expect(i.state).toBe('done');
  });
});

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

describe('CSO-BILLING-START', () => {
  it('info on the Opportunity: the computed date, with a copy button', () => {
    const i = item('CSO-BILLING-START', { page: opp({ 'opp.billingStartDate': '2026-11-20' }) });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Dec 5, 2026 \("Billing Start Date" Nov 20, 2026 on the Salesforce Opportunity \+ 15 calendar days\)/);
    expect(i.actions).toEqual([{ type: 'copy', verb: 'copy-text', label: 'Copy Dec 5, 2026', text: '12/5/2026' }]);
  });
  it.each([
    ['empty', null, /"Billing Start Date" is empty: take the billing start from the contract/],
    ['unreadable', MISSING, /Can't read "Billing Start Date"/],
  ] as const)('warn on the Opportunity when the date is %s', (_, value, message) => {
    const i = item('CSO-BILLING-START', { page: opp({ 'opp.billingStartDate': value }) });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(message);
    expect(i.actions).toEqual([]);
  });
  it('todo on the form without the contract date: names the page to open, no fill', () => {
    const i = item('CSO-BILLING-START', { page: page('mt.presignup', { 'signup.billingStartDate': null }) });
    expect(i.state).toBe('todo');
    expect(i.message).toMatch(/Fill "Billing Start date".*Open the Salesforce Opportunity to compute it/);
    expect(i.actions).toEqual([]);
  });
  it('info on the form when filled but not checkable', () => {
    const i = item('CSO-BILLING-START', { page: page('mt.presignup', { 'signup.billingStartDate': '2026-12-05' }) });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/"Billing Start date" is Dec 5, 2026; it can't be checked here/);
  });
  describe('on the form when the page facts carry the contract date', () => {
    const form = (typed: string | null) =>
      item('CSO-BILLING-START', { page: page('mt.presignup', { 'signup.billingStartDate': typed, 'opp.billingStartDate': '2026-11-20' }) });
    const fill = { type: 'fill', verb: 'fill-billing-start', field: 'signup.billingStartDate', value: '2026-12-05', mode: 'set' };
    it('todo: empty, offers the fill', () => {
      const i = form(null);
      expect(i.state).toBe('todo');
      expect(i.message).toMatch(/Fill "Billing Start date" with Dec 5, 2026/);
      expect(i.actions).toEqual([expect.objectContaining(fill)]);
    });
    it('warn: a different date, offers the fill', () => {
      const i = form('2026-11-20');
      expect(i.state).toBe('warn');
      expect(i.message).toMatch(/"Billing Start date" is Nov 20, 2026 but .* is Dec 5, 2026/);
      expect(i.actions).toEqual([expect.objectContaining(fill)]);
    });
    it('done: the computed date', () => {
      expect(form('2026-12-05').state).toBe('done');
    });
  });
});

describe('CSO-ADMIN-EMAIL-TAKEN', () => {
  it('info: both SOP options to copy, and the +1 to fill', () => {
    const i = item('CSO-ADMIN-EMAIL-TAKEN', { page: page('mt.presignup', { 'signup.email': 'jane@acme.com' }) });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/disable that user as janeDONOTUSE@acme\.com, or.*use jane\+1@acme\.com/);
    expect(i.actions).toEqual([
      { type: 'copy', verb: 'copy-text', label: 'Copy janeDONOTUSE@acme.com', text: 'janeDONOTUSE@acme.com' },
      { type: 'copy', verb: 'copy-text', label: 'Copy jane+1@acme.com', text: 'jane+1@acme.com' },
      expect.objectContaining({ verb: 'fill-admin-email', field: 'signup.email', value: 'jane+1@acme.com' }),
    ]);
  });
  it('info: falls back to the primary contact email; no fill on a read-only field', () => {
    const i = item('CSO-ADMIN-EMAIL-TAKEN', {
      profile: { primaryContactEmail: 'jane@acme.com' },
      page: page('mt.presignup', { 'signup.email': readOnly(null) }),
    });
    expect(i.message).toMatch(/jane@acme\.com \(the primary contact email\)/);
    expect(verbs(i)).toEqual(['copy-text', 'copy-text']);
  });
  it.each([
    ['empty', null, /Fill "Email Address \/ Username" first/],
    ['not an address', 'jane at acme', /"Email Address \/ Username" "jane at acme" is not one email address/],
  ] as const)('info without actions when the email is %s', (_, value, message) => {
    const i = item('CSO-ADMIN-EMAIL-TAKEN', { page: page('mt.presignup', { 'signup.email': value }) });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(message);
    expect(i.actions).toEqual([]);
  });
});

describe('CSO-PERMISSIONS', () => {
  it('todo until ticked, then done', () => {
    const form = page('mt.presignup', {});
    const todo = item('CSO-PERMISSIONS', { page: form });
    expect(todo.state).toBe('todo');
    expect(todo.message).toMatch(/Permissions/);
    expect(verbs(todo)).toEqual(['toggle-done']);
    expect(item('CSO-PERMISSIONS', { page: form, progress: progress({ done: ['CSO-PERMISSIONS'] }) }).state).toBe('done');
  });
});

describe('CSO-ONBOARDING-OBJECT', () => {
  const good = {
    'ob.name': 'Acme Clinic - New Business',
    'ob.opportunity': { name: 'Acme Clinic - New Business', id: '006000000000001AAA' },
    'ob.learning': true,
    'ob.compliance': true,
    'ob.credentialingSoftware': false,
    'ob.exclusions': false,
    'ob.emailSentDate': '2026-12-01',
    'ob.sendEmail': true,
  };
  const products: FactValues = { products: ['Learning', 'Compliance'] };
  const onboarding = (fields: Parameters<typeof page>[1], profile: FactValues = products) =>
    item('CSO-ONBOARDING-OBJECT', { profile, page: page('sf.onboarding', { ...good, ...fields }) });

  it('done: everything set', () => {
    const i = onboarding({});
    expect(i.state).toBe('done');
    expect(detail(i, 'ob.emailSentDate')?.text).toBe('"Onboarding email sent date": Dec 1, 2026');
  });
  it('error: name differs from the opportunity name', () => {
    const i = onboarding({ 'ob.name': 'Acme' });
    expect(i.state).toBe('error');
    expect(i.message).toBe('Fix "Customer Onboarding Name".');
    expect(detail(i, 'ob.name')?.text).toBe('"Customer Onboarding Name" is "Acme" but must equal the opportunity name "Acme Clinic - New Business"');
  });
  it('error: product boxes that do not match the products, each named', () => {
    const i = onboarding({ 'ob.compliance': false, 'ob.exclusions': true });
    expect(i.state).toBe('error');
    expect(detail(i, 'ob.compliance')?.text).toBe('"Compliance" is not checked but Compliance was bought: check it');
    expect(detail(i, 'ob.exclusions')?.text).toBe('"Exclusions" is checked but Exclusions was not bought: uncheck it');
  });
  it('error: no email sent date, send box unchecked', () => {
    const i = onboarding({ 'ob.emailSentDate': null, 'ob.sendEmail': false });
    expect(i.message).toBe('Fix "Onboarding email sent date" and "Send Onboarding email".');
    expect(detail(i, 'ob.sendEmail')?.state).toBe('error');
  });
  it('info: products and opportunity name unknown, naming the page to open', () => {
    const { 'ob.opportunity': _, ...withoutLookup } = good;
    const i = item('CSO-ONBOARDING-OBJECT', { profile: {}, page: page('sf.onboarding', withoutLookup) });
    expect(i.state).toBe('info');
    expect(i.message).toBe('The rest is set. Open the Salesforce Opportunity to learn the opportunity name and products.');
    expect(detail(i, 'ob.learning')?.state).toBe('info');
    expect(detail(i, 'ob.name')?.text).toMatch(/"Customer Onboarding Name" is "Acme Clinic - New Business"; can't compare it/);
  });
  it('warn: a label not found', () => {
    const i = onboarding({ 'ob.sendEmail': MISSING });
    expect(i.state).toBe('warn');
    expect(i.message).toBe('Can\'t read "Send Onboarding email": check the label in settings.');
  });
});
