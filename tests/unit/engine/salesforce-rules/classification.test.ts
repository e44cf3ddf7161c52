import { describe, expect, it } from 'vitest';
import { item, itemOf, MISSING, page, type FactValues } from './helpers';

const digital: FactValues = { userCount: 30, mrr: 300, products: ['Learning'], subtypes: [] };
const core: FactValues = { userCount: 60, mrr: 300, products: ['Learning'], subtypes: [] };

describe('CLS-DIGITAL', () => {
  it.each([
    ['info: Digital with the reason', digital, 'info', /Digital account: 30 users and \$300\.00 MRR \(under 50 users and under \$500 MRR\)/],
    ['na: Core-sized', core, 'na', /Not a Digital account: 60 users \(50 or more\)/],
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

describe('CLS-CORE', () => {
  it.each([
    ['info: 50+ users', core, 'info', /Core account: 60 users \(50 or more\)\.$/],
    ['info: $500+ MRR', { userCount: 10, mrr: 800 }, 'info', /Core account: \$800\.00 MRR \(\$500 or more\)/],
    ['info: SMB with Premium service', { userCount: 5, mrr: 250, subtypes: ['SMB'], serviceLevel: 'Premium' }, 'info', /SMB account with Premium service/],
    ['info: Strategic from CS Segmentation', { ...core, segmentation: 'Strategic' }, 'info', /Strategic account: CS segmentation says so/],
    ['info: a small Strategic account is still Strategic', { ...digital, segmentation: 'Strategic' }, 'info', /Strategic account/],
    ['na: Digital-sized', digital, 'na', /Not a Core account: 30 users and \$300\.00 MRR/],
    ['info: unknown', { userCount: 30 }, 'info', /learn the MRR/],
  ] as const)('%s', (_, profile, state, message) => {
    const i = item('CLS-CORE', { profile: profile as FactValues });
    expect(i.state).toBe(state);
    expect(i.message).toMatch(message);
  });
});

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

describe('CLS-SEGMENT-MISMATCH (Account page)', () => {
  const account = (fields: Parameters<typeof page>[1]) => page('sf.account', fields);
  it.each([
    ['error: Digital field, Core numbers', { 'account.segmentation': 'Digital', 'account.userCount': 60, 'account.mrr': 300 }, 'error', /"CS Segmentation" is Digital, but 60 users \(50 or more\) make it Core: set "CS Segmentation" to Core/],
    ['error: Core field, Digital numbers', { 'account.segmentation': 'Core', 'account.subtype': null, 'account.userCount': 20, 'account.mrr': 200 }, 'error', /"CS Segmentation" is Core.*set "CS Segmentation" to Digital/],
    ['done: matches', { 'account.segmentation': 'Core', 'account.userCount': 60, 'account.mrr': 300 }, 'done', /"CS Segmentation" \(Core\) matches/],
    ['done: Strategic with Core numbers', { 'account.segmentation': 'Strategic', 'account.userCount': 60, 'account.mrr': 300 }, 'done', /"CS Segmentation" is Strategic: Strategic comes only from this field/],
    ['done: a small Strategic account is never told to switch to Digital', { 'account.segmentation': 'Strategic', 'account.subtype': null, 'account.userCount': 4, 'account.mrr': 120 }, 'done', /Strategic comes only from this field/],
    ['info: Digital-sized but the subtype never seen (could be a Standard SMB)', { 'account.segmentation': 'Core', 'account.userCount': 20, 'account.mrr': 200 }, 'info', /Open the Salesforce Account to learn the account subtype/],
    ['info: numbers unknown', { 'account.segmentation': 'Digital' }, 'info', /Can't check "CS Segmentation" yet\. Open the Salesforce Opportunity to learn the user count and MRR/],
    ['info: field empty', { 'account.segmentation': null, 'account.subtype': null, 'account.userCount': 20, 'account.mrr': 200 }, 'info', /"CS Segmentation" is empty; the numbers make this account Digital/],
    ['warn: label not found', { 'account.segmentation': MISSING }, 'warn', /Can't read "CS Segmentation"/],
  ] as const)('%s', (_, fields, state, message) => {
    const i = item('CLS-SEGMENT-MISMATCH', { profile: {}, page: account(fields) });
    expect(i.state).toBe(state);
    expect(i.message).toMatch(message);
  });

  it('does not show off the Account', () => {
    expect(itemOf('CLS-SEGMENT-MISMATCH', { profile: core, page: page('sf.opportunity', {}) })).toBeUndefined();
  });
});
