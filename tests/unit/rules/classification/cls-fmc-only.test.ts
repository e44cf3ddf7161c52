import { describe, expect, it } from 'vitest';
import { item, itemOf, page, type FactValues } from '../support/salesforce';

describe('CLS-FMC-ONLY', () => {
  it('info: says CS does not create or onboard it, and hides the other rules', () => {
    const scenario = { profile: { products: ['Credentialing Service'] } as FactValues, page: page('sf.account', {}) };
    const i = item('CLS-FMC-ONLY', scenario);
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Customer Success does not create or onboard this account/);
    expect(itemOf('CLS-DIGITAL', scenario)).toBeUndefined();
    expect(itemOf('CSO-ACCOUNT-CSM-FIELDS', scenario)).toBeUndefined();
  });
  it.each([
    ['na: has Learning', { products: ['Learning', 'Credentialing Service'] }, 'na', /Not FMC-only/],
    ['info: products unknown', {}, 'info', /learn the products/],
  ] as const)('%s', (_, profile, state, message) => {
    const i = item('CLS-FMC-ONLY', { profile: profile as FactValues });
    expect(i.state).toBe(state);
    expect(i.message).toMatch(message);
  });
});
