import { describe, expect, test } from 'vitest';
import {
  billingStartDate,
  escalationCallDeadline,
  failedToObDueDate,
  smbAdoptionDate,
  withinHours,
} from '../../../lib/core/dates';

describe('ESC-CALL-24H', () => {
  test('the deadline is 24 elapsed hours later, also across a DST change', () => {
    expect(escalationCallDeadline('2026-11-27T15:00:00Z')).toBe('2026-11-28T15:00:00.000Z');
    // 10:00 CST on Saturday → 11:00 CDT on Sunday (clocks went forward that night).
    expect(escalationCallDeadline('2026-03-07T10:00:00-06:00')).toBe('2026-03-08T16:00:00.000Z');
  });

  test('withinHours includes the boundary and refuses a time before the start', () => {
    const created = '2026-11-27T15:00:00Z';
    expect(withinHours(created, '2026-11-28T15:00:00Z', 24)).toBe(true);
    expect(withinHours(created, '2026-11-28T09:00:00-06:00', 24)).toBe(true);
    expect(withinHours(created, '2026-11-28T15:01:00Z', 24)).toBe(false);
    expect(withinHours(created, '2026-11-27T14:00:00Z', 24)).toBe(false);
  });
});

describe('calendar-day deadlines', () => {
  test('Failed to OB due date is creation + 30 days', () => {
    expect(failedToObDueDate('2026-11-27')).toBe('2026-12-27');
    expect(failedToObDueDate('2026-12-15')).toBe('2027-01-14');
    expect(failedToObDueDate('2026-01-31')).toBe('2026-03-02');
  });

  test('SMB adoption meeting is onboarding completed + 60 days', () => {
    expect(smbAdoptionDate('2026-11-27')).toBe('2027-01-26');
    expect(smbAdoptionDate('2028-01-15')).toBe('2028-03-15');
  });
});

describe('CSO-BILLING-START', () => {
  test('contract billing start + 15 calendar days by default', () => {
    expect(billingStartDate('2026-11-01', null, '2026-11-27')).toEqual({ date: '2026-11-16', reason: 'contract+15' });
    expect(billingStartDate('2026-12-20', null, '2026-11-27')).toEqual({ date: '2027-01-04', reason: 'contract+15' });
  });

  test('counts the leap day', () => {
    expect(billingStartDate('2028-02-20', null, '2028-02-01').date).toBe('2028-03-06');
    expect(billingStartDate('2027-02-20', null, '2027-02-01').date).toBe('2027-03-07');
  });

  test('an RSM date wins only when it is in the future and later than contract + 15', () => {
    expect(billingStartDate('2026-11-20', '2026-12-15', '2026-11-27')).toEqual({ date: '2026-12-15', reason: 'rsm-date' });
    // In the future, but earlier than contract + 15 (2026-12-05).
    expect(billingStartDate('2026-11-20', '2026-12-01', '2026-11-27')).toEqual({ date: '2026-12-05', reason: 'contract+15' });
    // Later than contract + 15, but already past.
    expect(billingStartDate('2026-10-01', '2026-11-01', '2026-11-27')).toEqual({ date: '2026-10-16', reason: 'contract+15' });
    // Today is not the future.
    expect(billingStartDate('2026-10-01', '2026-11-27', '2026-11-27').reason).toBe('contract+15');
  });
});
