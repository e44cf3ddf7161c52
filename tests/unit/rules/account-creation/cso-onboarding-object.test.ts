import { describe, expect, it } from 'vitest';
import { detail, item, MISSING, page, type FactValues } from '../support/salesforce';

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
