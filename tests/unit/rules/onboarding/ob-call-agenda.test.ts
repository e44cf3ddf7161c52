import { describe, expect, it } from 'vitest';
import { CORE, detailOf, item, one, page, progress, run } from '../support/compose';

// NOW is Fri Nov 27, 2026.
const CALL_TODAY = { ...CORE, obCallScheduledFor: '2026-11-27' };

describe('OB-CALL-AGENDA', () => {
  it('on the call day: a to-do with the slides and the recap files, never a warning', () => {
    const i = one('OB-CALL-AGENDA', { facts: CALL_TODAY });
    expect(i).toMatchObject({ state: 'todo', section: 'timeline' });
    expect(i.due).toBeUndefined();
    expect(i.message).toBe('Onboarding call today (Nov 27, 2026): walk through the slides and tell the admin what the recap will carry.');
    expect(detailOf(i, 'slides')?.text).toMatch(/Google Slides presentation/);
    expect(detailOf(i, 'recap-files')?.text).toMatch(/CPR Brochure\.pdf and CPR Document\.pdf$/);
    expect(detailOf(i, 'exclusions')).toBeUndefined();
  });

  it('on any page of the account (a Salesforce record, an email)', () => {
    expect(item(run({ facts: CALL_TODAY, page: page('sf.opportunity') }), 'OB-CALL-AGENDA')?.state).toBe('todo');
  });

  it('the Exclusions note only with Exclusions and without Credentialing Software', () => {
    const excl = one('OB-CALL-AGENDA', { facts: { ...CALL_TODAY, products: ['Learning', 'Exclusions'] } });
    expect(detailOf(excl, 'exclusions')).toMatchObject({ state: 'info', text: 'Exclusions without Credentialing Software: the exclusions fields are now under the full profiles' });
    const both = one('OB-CALL-AGENDA', { facts: { ...CALL_TODAY, products: ['Exclusions', 'Credentialing Software'] } });
    expect(detailOf(both, 'exclusions')).toBeUndefined();
  });

  it('done when ticked', () => {
    expect(one('OB-CALL-AGENDA', { facts: CALL_TODAY, progress: progress({ 'OB-CALL-AGENDA': true }) }).state).toBe('done');
  });

  it('nothing on another day or without a call date', () => {
    expect(item(run({ facts: { ...CORE, obCallScheduledFor: '2026-11-30' } }), 'OB-CALL-AGENDA')).toBeUndefined();
    expect(item(run({ facts: { ...CORE, obCallScheduledFor: '2026-11-24' } }), 'OB-CALL-AGENDA')).toBeUndefined();
    expect(item(run({ facts: CORE }), 'OB-CALL-AGENDA')).toBeUndefined();
  });
});
