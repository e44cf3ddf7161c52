import { describe, expect, it } from 'vitest';
import { item, page, type FactValues } from '../support/salesforce';

const digital: FactValues = { userCount: 30, mrr: 300, products: ['Learning'], subtypes: [] };
const core: FactValues = { userCount: 60, mrr: 300, products: ['Learning'], subtypes: [] };

describe('CLS-DIGITAL', () => {
  it.each([
    ['info: Digital with the reason', digital, 'info', /Digital account: 30 users and \$300\.00 MRR \(under 50 users and under \$500 MRR\)/],
    ['na: Core-sized', core, 'na', /Not a Digital account: 60 users \(over 50\)/],
    ['info, no flag: exactly 50 users is not under 50', { ...digital, userCount: 50 }, 'info', /^Neither Digital nor Core by the numbers: exactly 50 users is neither under nor over the bound \(Digital is under 50 users and under \$500 MRR/],
    ['info, no flag: exactly $500.00 MRR is not under $500', { ...digital, mrr: 500 }, 'info', /^Neither Digital nor Core by the numbers: exactly \$500\.00 MRR/],
    ['info: user count and MRR unknown', {}, 'info', /Open the Salesforce Opportunity to learn the user count and MRR/],
    ['info: SMB with unknown service level', { userCount: 5, mrr: 250, subtypes: ['SMB'] }, 'info', /learn the service level/],
  ] as const)('%s', (_, profile, state, message) => {
    const i = item('CLS-DIGITAL', { profile: profile as FactValues });
    expect(i.state).toBe(state);
    expect(i.message).toMatch(message);
    expect(i.section).toBe('timeline');
  });

  it('uses the values on the open Account page before the profile has them', () => {
    const i = item('CLS-DIGITAL', { profile: {}, page: page('sf.account', { 'account.userCount': 12, 'account.mrr': 250 }) });
    expect(i.state).toBe('info');
    expect(i.section).toBe('page');
    expect(i.message).toMatch(/12 users/);
  });
});
