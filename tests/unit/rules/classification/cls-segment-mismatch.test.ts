import { describe, expect, it } from 'vitest';
import { item, itemOf, MISSING, page, type FactValues } from '../support/salesforce';

const core: FactValues = { userCount: 60, mrr: 300, products: ['Learning'], subtypes: [] };

describe('CLS-SEGMENT-MISMATCH (Account page)', () => {
  const account = (fields: Parameters<typeof page>[1]) => page('sf.account', fields);
  it.each([
    ['error: Digital field, Core numbers', { 'account.segmentation': 'Digital', 'account.userCount': 60, 'account.mrr': 300 }, 'error', /"CS Segmentation" is Digital, but 60 users \(over 50\) make it Core: set "CS Segmentation" to Core/],
    ['error: Core field, Digital numbers', { 'account.segmentation': 'Core', 'account.subtype': null, 'account.userCount': 20, 'account.mrr': 200 }, 'error', /"CS Segmentation" is Core.*set "CS Segmentation" to Digital/],
    ['done: matches', { 'account.segmentation': 'Core', 'account.userCount': 60, 'account.mrr': 300 }, 'done', /"CS Segmentation" \(Core\) matches/],
    ['done: Strategic with Core numbers', { 'account.segmentation': 'Strategic', 'account.userCount': 60, 'account.mrr': 300 }, 'done', /"CS Segmentation" is Strategic: Strategic comes only from this field/],
    ['done: a small Strategic account is never told to switch to Digital', { 'account.segmentation': 'Strategic', 'account.subtype': null, 'account.userCount': 4, 'account.mrr': 120 }, 'done', /Strategic comes only from this field/],
    ['info: Digital-sized but the subtype never seen (could be a Standard SMB)', { 'account.segmentation': 'Core', 'account.userCount': 20, 'account.mrr': 200 }, 'info', /Open the Salesforce Account to learn the account subtype/],
    ['info: numbers unknown', { 'account.segmentation': 'Digital' }, 'info', /Can't check "CS Segmentation" yet\. Open the Salesforce Opportunity to learn the user count and MRR/],
    ['info: field empty', { 'account.segmentation': null, 'account.subtype': null, 'account.userCount': 20, 'account.mrr': 200 }, 'info', /"CS Segmentation" is empty; the numbers make this account Digital/],
    ['info, no flag: Digital field, exactly 50 users', { 'account.segmentation': 'Digital', 'account.subtype': null, 'account.userCount': 50, 'account.mrr': 300 }, 'info', /^"CS Segmentation" is Digital; exactly 50 users is neither under nor over the bound .*not flagged/],
    ['info, no flag: Core field, exactly $500.00 MRR', { 'account.segmentation': 'Core', 'account.subtype': null, 'account.userCount': 20, 'account.mrr': 500 }, 'info', /^"CS Segmentation" is Core; exactly \$500\.00 MRR is neither under nor over the bound/],
    ['info: field empty, exactly on a bound', { 'account.segmentation': null, 'account.subtype': null, 'account.userCount': 50, 'account.mrr': 500 }, 'info', /^"CS Segmentation" is empty; exactly 50 users and \$500\.00 MRR is neither under nor over the bound .*don't choose the segment/],
    ['error: one over the bound is enough (51 users)', { 'account.segmentation': 'Digital', 'account.subtype': null, 'account.userCount': 51, 'account.mrr': 300 }, 'error', /51 users \(over 50\) make it Core/],
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
