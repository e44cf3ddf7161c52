import { describe, expect, it } from 'vitest';
import { CORE, DIGITAL, MISSING, one, page, progress, verbs } from '../support/compose';

describe('OB-RSM-DISCOVERY', () => {
  const opp = (industry: string | null | typeof MISSING, employees: number | null | typeof MISSING) =>
    page('sf.opportunity', { 'opp.industry': industry, 'opp.employees': employees });

  it('Core: a 15-minute Discovery Meeting with the RSM, due by the call', () => {
    const i = one('OB-RSM-DISCOVERY', { facts: { ...CORE, rsm: 'Rita Sales', obCallScheduledFor: '2026-12-01' } });
    expect(i).toMatchObject({ state: 'todo', due: '2026-12-01' });
    expect(i.message).toMatch(/15-minute Discovery Meeting with the RSM \(Rita Sales\) before the onboarding call on Dec 1, 2026/);
    expect(one('OB-RSM-DISCOVERY', { facts: { ...CORE, segmentation: 'Strategic' }, progress: progress({ 'OB-RSM-DISCOVERY': true }) }).state).toBe('done');
    expect(one('OB-RSM-DISCOVERY', { facts: { ...CORE, obCallScheduledFor: '2026-11-26' } }).state).toBe('error');
  });

  it('Digital on the Opportunity: done when the Discovery Notes are filled', () => {
    const i = one('OB-RSM-DISCOVERY', { facts: DIGITAL, page: opp('Dermatology', 12) });
    expect(i.state).toBe('done');
    expect(i.details?.map((d) => d.text)).toEqual(['Industry is filled', 'Number of Employees is filled']);
  });

  it('Digital on the Opportunity: warn naming the empty Discovery Notes field, done once CS Ops were asked', () => {
    const i = one('OB-RSM-DISCOVERY', { facts: DIGITAL, page: opp('Dermatology', null) });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(/"Number of Employees" empty\): ask CS Ops/);
    expect(verbs(i)).toEqual(['toggle-done']);
    const asked = one('OB-RSM-DISCOVERY', { facts: DIGITAL, page: opp('Dermatology', null), progress: progress({ 'OB-RSM-DISCOVERY': true }) });
    expect(asked.state).toBe('done');
  });

  it('Digital on the Opportunity: warn naming an unreadable field', () => {
    const i = one('OB-RSM-DISCOVERY', { facts: DIGITAL, page: opp(MISSING, 12) });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(/Can't read "Industry"/);
  });

  it('Digital elsewhere: info pointing at the Opportunity', () => {
    const i = one('OB-RSM-DISCOVERY', { facts: DIGITAL });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Open the Salesforce Opportunity/);
  });

  it('info naming the Account when the segmentation is unknown', () => {
    const i = one('OB-RSM-DISCOVERY', { facts: { ...CORE, segmentation: undefined } });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Open the Salesforce Account to learn the CS segmentation/);
  });
});
