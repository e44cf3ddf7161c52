import { describe, expect, it } from 'vitest';
import { CORE, DIGITAL, item, one, progress, run } from '../support/compose';

// NOW is Fri Nov 27, 2026.
describe('OB-RSM-LOGGED', () => {
  it('a to-do before the call is booked', () => {
    const i = one('OB-RSM-LOGGED', { facts: CORE });
    expect(i).toMatchObject({ state: 'todo', section: 'timeline' });
    expect(i.message).toBe('Record the Discovery Meeting with the RSM and log it into the account before the onboarding call.');
  });

  it('due by the call: todo before, warn on the day, error after', () => {
    expect(one('OB-RSM-LOGGED', { facts: { ...CORE, obCallScheduledFor: '2026-11-30' } })).toMatchObject({ state: 'todo', due: '2026-11-30' });
    expect(one('OB-RSM-LOGGED', { facts: { ...CORE, obCallScheduledFor: '2026-11-27' } }).state).toBe('warn');
    expect(one('OB-RSM-LOGGED', { facts: { ...CORE, obCallScheduledFor: '2026-11-25' } }).state).toBe('error');
  });

  it('done when ticked', () => {
    expect(one('OB-RSM-LOGGED', { facts: { ...CORE, obCallScheduledFor: '2026-11-25' }, progress: progress({ 'OB-RSM-LOGGED': true }) }).state).toBe('done');
  });

  it('Core and Strategic only', () => {
    expect(one('OB-RSM-LOGGED', { facts: { ...CORE, segmentation: 'Strategic' } }).state).toBe('todo');
    expect(item(run({ facts: DIGITAL }), 'OB-RSM-LOGGED')?.state ?? 'na').toBe('na');
  });
});
