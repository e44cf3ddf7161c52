import { describe, expect, it } from 'vitest';
import { item, type FactValues } from '../support/salesforce';

describe('CLS-HYBRID', () => {
  it.each([
    ['info: Learning + FMC', { products: ['Learning', 'Credentialing Service'] }, 'info', /Hybrid account/],
    ['na: no FMC', { products: ['Learning', 'Compliance'] }, 'na', /Not a Hybrid account/],
    ['info: products unknown', {}, 'info', /Open the Salesforce Opportunity to learn the products/],
  ] as const)('%s', (_, profile, state, message) => {
    const i = item('CLS-HYBRID', { profile: profile as FactValues });
    expect(i.state).toBe(state);
    expect(i.message).toMatch(message);
  });
});
