import { describe, expect, it } from 'vitest';
import { detail, item, MISSING, page } from '../support/salesforce';

const opp = (fields: Parameters<typeof page>[1]) => page('sf.opportunity', fields);

describe('CSO-OPP-CSM-FIELDS', () => {
  const filled = { name: 'Ana Ruiz' };
  it('error: names each empty field', () => {
    const i = item('CSO-OPP-CSM-FIELDS', { page: opp({ 'opp.csm': filled, 'opp.com': null, 'opp.csmLeader': null }) });
    expect(i.state).toBe('error');
    expect(i.message).toBe('Fill "Customer Onboarding Manager (NEW)" and "Customer Success Manager Leader (NEW)".');
    expect(detail(i, 'opp.com')).toMatchObject({ state: 'error', text: 'Customer Onboarding Manager (NEW) is empty' });
  });
  it('done: all three filled', () => {
    const i = item('CSO-OPP-CSM-FIELDS', { page: opp({ 'opp.csm': filled, 'opp.com': filled, 'opp.csmLeader': { name: 'Lee Park' } }) });
    expect(i.state).toBe('done');
  });
  it('warn: a label not found', () => {
    const i = item('CSO-OPP-CSM-FIELDS', { page: opp({ 'opp.csm': filled, 'opp.com': MISSING, 'opp.csmLeader': filled }) });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(/Can't read "Customer Onboarding Manager \(NEW\)"/);
  });
});
