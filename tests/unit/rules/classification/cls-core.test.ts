import { describe, expect, it } from 'vitest';
import { item, type FactValues } from '../support/salesforce';

const digital: FactValues = { userCount: 30, mrr: 300, products: ['Learning'], subtypes: [] };
const core: FactValues = { userCount: 60, mrr: 300, products: ['Learning'], subtypes: [] };

describe('CLS-CORE', () => {
  it.each([
    ['info: over 50 users', core, 'info', /Core account: 60 users \(over 50\)\.$/],
    ['info: over $500.00 MRR', { userCount: 10, mrr: 800 }, 'info', /Core account: \$800\.00 MRR \(over \$500\.00\)/],
    ['info, no flag: exactly 50 users is not over 50', { ...digital, userCount: 50 }, 'info', /^Neither Digital nor Core by the numbers: exactly 50 users is neither under nor over the bound .*nothing is flagged/],
    ['info, no flag: exactly $500.00 MRR is not over $500.00', { ...digital, mrr: 500 }, 'info', /^Neither Digital nor Core by the numbers: exactly \$500\.00 MRR/],
    ['info: SMB with Premium service', { userCount: 5, mrr: 250, subtypes: ['SMB'], serviceLevel: 'Premium' }, 'info', /SMB account with Premium service/],
    ['info: Strategic from CS Segmentation', { ...core, segmentation: 'Strategic' }, 'info', /Strategic account: CS segmentation says so/],
    ['info: a small Strategic account is still Strategic', { ...digital, segmentation: 'Strategic' }, 'info', /Strategic account/],
    ['na: Digital-sized', digital, 'na', /Not a Core account: 30 users and \$300\.00 MRR \(not over 50 users or over \$500\.00 MRR\)/],
    ['info: unknown', { userCount: 30 }, 'info', /learn the MRR/],
  ] as const)('%s', (_, profile, state, message) => {
    const i = item('CLS-CORE', { profile: profile as FactValues });
    expect(i.state).toBe(state);
    expect(i.message).toMatch(message);
  });
});
