import { addCalendarDays, calendarDay } from './calendar';
import { instantMs, toInstant } from './zone';
import type { Instant, IsoDate } from './types';

const HOUR = 3_600_000;

/** ESC-CALL-24H: the call must be scheduled within 24 elapsed hours, not "by tomorrow's date". */
export function escalationCallDeadline(createdAt: Instant): Instant {
  return toInstant(instantMs(createdAt) + 24 * HOUR);
}

/** True when `to` is not before `from` and at most `hours` after it (the boundary counts). */
export function withinHours(from: Instant, to: Instant, hours: number): boolean {
  const elapsed = instantMs(to) - instantMs(from);
  return elapsed >= 0 && elapsed <= hours * HOUR;
}

/** UNR-FAILED-CASE: "Due Date … 30 days from the case creation day" (calendar days). */
export function failedToObDueDate(created: IsoDate): IsoDate {
  return addCalendarDays(created, 30);
}

export type BillingStart = { date: IsoDate; reason: 'contract+15' | 'rsm-date' };

/**
 * CSO-BILLING-START: contract billing start + 15 "natural" (calendar) days, unless the RSM has
 * already set a future billing date; that one wins only when it is both after today and after
 * the computed date, so a stale or earlier RSM date never pulls billing forward.
 */
export function billingStartDate(
  contractBillingStart: IsoDate,
  rsmDate: IsoDate | null,
  today: IsoDate,
): BillingStart {
  const computed = addCalendarDays(contractBillingStart, 15);
  if (rsmDate) {
    const rsm = calendarDay(rsmDate);
    if (rsm.isAfter(calendarDay(today)) && rsm.isAfter(calendarDay(computed))) {
      return { date: rsmDate, reason: 'rsm-date' };
    }
  }
  return { date: computed, reason: 'contract+15' };
}

/** SMB-ADOPTION-60: the adoption meeting is 60 calendar days after onboarding is completed. */
export function smbAdoptionDate(onboardingCompleted: IsoDate): IsoDate {
  return addCalendarDays(onboardingCompleted, 60);
}
