import { describe, expect, it } from 'vitest';
import { CORE, MISSING, one, page } from '../support/compose';

describe('OB-CALL-COMPLETED-DATE', () => {
  const ob = (scheduled: string | null | typeof MISSING, completed: string | null | typeof MISSING) =>
    page('sf.onboarding', { 'ob.callScheduledFor': scheduled, 'ob.callCompletedDate': completed });

  it.each([
    ['todo while the call is ahead', '2026-12-02', null, 'todo', /The call is on Dec 2, 2026/],
    ['todo while the call is not booked', null, null, 'todo', /"Onboarding Call Scheduled For" is empty/],
    ['warn on the day of the call', '2026-11-27', null, 'warn', /Due today: .*"Onboarding Call Completed Date"/],
    ['error once the scheduled day passed', '2026-11-25', null, 'error', /"Onboarding Call Completed Date" is empty, but "Onboarding Call Scheduled For" was Nov 25, 2026/],
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
});
