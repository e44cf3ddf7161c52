import { describe, expect, it } from 'vitest';
import { item, page } from '../support/salesforce';

const account = (fields: Parameters<typeof page>[1]) => page('sf.account', fields);

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
