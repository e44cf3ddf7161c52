import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../../../lib/core/progress/events';
import { CORE, MISSING, one, page } from '../support/compose';

describe('OB-CALL-COMPLETED-DATE', () => {
  const ob = (scheduled: string | null | typeof MISSING, completed: string | null | typeof MISSING) =>
    page('sf.onboarding', { 'ob.callScheduledFor': scheduled, 'ob.callCompletedDate': completed });

  it.each([
    ['todo while the call is ahead', '2026-12-02', null, 'todo', /The call is on Dec 2, 2026/],
    ['todo while the call is not booked', null, null, 'todo', /"Onboarding Call Scheduled For" is empty/],
    ['todo (not a warning) on the day of the call', '2026-11-27', null, 'todo', /^Enter the date in "Onboarding Call Completed Date" after the onboarding call\. The call is today/],
    ['warn from the day after the call, offering both ways out', '2026-11-26', null, 'warn', /^"Onboarding Call Completed Date" is empty, but the call was booked for Nov 26, 2026: if it took place, enter the date it took place; if the admin didn't show, book a new date in "Onboarding Call Scheduled For" \(and send the reminder email\)\.$/],
    ['todo again once a new date is booked after a no-show', '2026-12-01', null, 'todo', /The call is on Dec 1, 2026/],
    ['error when completed before scheduled', '2026-11-25', '2026-11-24', 'error', /"Onboarding Call Completed Date" \(Nov 24, 2026\) is before "Onboarding Call Scheduled For" \(Nov 25, 2026\)/],
    ['warn when completed in the future', '2026-11-25', '2026-12-01', 'warn', /"Onboarding Call Completed Date" \(Dec 1, 2026\) is in the future/],
    ['done when filled', '2026-11-25', '2026-11-25', 'done', /"Onboarding Call Completed Date" is filled: Nov 25, 2026/],
    ['warn when the completed date is unreadable', '2026-11-25', MISSING, 'warn', /Can't read "Onboarding Call Completed Date"/],
    ['warn when the scheduled date is unreadable', MISSING, null, 'warn', /Can't read "Onboarding Call Scheduled For"/],
  ] as const)('%s', (_, scheduled, completed, state, message) => {
    const i = one('OB-CALL-COMPLETED-DATE', { facts: CORE, page: ob(scheduled, completed) });
    expect(i.state).toBe(state);
    expect(i.message).toMatch(message);
  });

  it('info while the record loads', () => {
    expect(one('OB-CALL-COMPLETED-DATE', { facts: CORE, page: { ...ob(null, null), ready: false } }).state).toBe('info');
  });

  it('never demands a date: the message after the call offers rebooking as well as the date', () => {
    const i = one('OB-CALL-COMPLETED-DATE', { facts: CORE, page: ob('2026-11-20', null) });
    expect(i.state).not.toBe('error');
    expect(i.message).toMatch(/enter the date it took place/);
    expect(i.message).toMatch(/book a new date in "Onboarding Call Scheduled For" \(and send the reminder email\)/);
    expect(i.due).toBe('2026-11-20');
  });

  it('stands down in the Unresponsive branch (info), but a completed date before the scheduled one stays flagged', () => {
    const p = emptyProgress();
    p.branch = { value: 'unresponsive', since: '2026-11-25', by: 'Ana Ortiz', at: '2026-11-25T15:00:00.000Z' };
    const i = one('OB-CALL-COMPLETED-DATE', { facts: CORE, page: ob('2026-11-20', null), progress: p });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/^The account is Unresponsive: no call to record/);
    expect(one('OB-CALL-COMPLETED-DATE', { facts: CORE, page: ob('2026-11-25', '2026-11-24'), progress: p }).state).toBe('error');
  });
});
