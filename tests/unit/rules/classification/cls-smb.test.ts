import { describe, expect, it } from 'vitest';
import { item, type FactValues } from '../support/salesforce';

describe('CLS-SMB', () => {
  it.each([
    ['warn: 12 users still at $250', { subtypes: ['SMB'], userCount: 12, mrr: 250 }, 'warn', /User count 12 but MRR \$250\.00.*up to 10 users/],
    ['info: SMB within the flat rate', { subtypes: ['SMB'], userCount: 8, mrr: 250 }, 'info', /SMB starter account: 8 users at \$250\.00 MRR/],
    ['info: SMB on the rack rate', { subtypes: ['SMB'], userCount: 12, mrr: 400 }, 'info', /12 users at \$400\.00/],
    ['na: not SMB', { subtypes: ['Franchise'], userCount: 12, mrr: 250 }, 'na', /account subtype has no SMB/],
    ['info: subtype unknown', {}, 'info', /Open the Salesforce Account to learn the account subtype/],
    ['info: SMB, pricing unknown', { subtypes: ['SMB'] }, 'info', /can't check its pricing yet.*user count and MRR/],
  ] as const)('%s', (_, profile, state, message) => {
    const i = item('CLS-SMB', { profile: profile as FactValues });
    expect(i.state).toBe(state);
    expect(i.message).toMatch(message);
  });
});
