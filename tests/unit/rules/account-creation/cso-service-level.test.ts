import { describe, expect, it } from 'vitest';
import { item, itemOf, MISSING, page } from '../support/salesforce';

const opp = (fields: Parameters<typeof page>[1]) => page('sf.opportunity', fields);
const account = (fields: Parameters<typeof page>[1]) => page('sf.account', fields);

describe('CSO-SERVICE-LEVEL', () => {
  it.each([
    ['done: a tier', 'Standard', 'done', /"Service Level" is Standard/],
    ['error: empty', null, 'error', /"Service Level" is empty: select the contract's tier \(Basic, Standard, Premium\)/],
    ['error: another value', 'Gold', 'error', /"Service Level" is "Gold": it must be Basic, Standard, Premium/],
    ['warn: unreadable', MISSING, 'warn', /Can't read "Service Level"/],
  ] as const)('%s', (_, value, state, message) => {
    const i = item('CSO-SERVICE-LEVEL', { page: opp({ 'opp.serviceLevel': value }) });
    expect(i.state).toBe(state);
    expect(i.message).toMatch(message);
  });

  it('info while the record loads; nothing off the Opportunity', () => {
    const loading = { ...opp({ 'opp.serviceLevel': null }), ready: false };
    expect(item('CSO-SERVICE-LEVEL', { page: loading }).message).toMatch(/Waiting for the record to load/);
    expect(itemOf('CSO-SERVICE-LEVEL', { page: account({}) })).toBeUndefined();
  });
});
