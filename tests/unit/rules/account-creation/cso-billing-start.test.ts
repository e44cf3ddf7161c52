import { describe, expect, it } from 'vitest';
import { item, MISSING, page } from '../support/salesforce';

const opp = (fields: Parameters<typeof page>[1]) => page('sf.opportunity', fields);

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
