import { WEEKDAYS_ONLY } from './business-calendar';
import type { IsoDate } from './types';

// Monday to Friday with no holidays. Rules do not use these: they count business days on
// `ctx.calendar`, the playbook's business calendar (business-calendar.ts), which skips the
// company's holidays too. Kept for code that has no playbook at hand.

/** @deprecated in rules: use `ctx.calendar.isBusinessDay` (it knows the holidays). */
export function isBusinessDay(date: IsoDate): boolean {
  return WEEKDAYS_ONLY.isBusinessDay(date);
}

/** @deprecated in rules: use `ctx.calendar.addBusinessDays` (it knows the holidays). */
export function addBusinessDays(date: IsoDate, n: number): IsoDate {
  return WEEKDAYS_ONLY.addBusinessDays(date, n);
}

/** @deprecated in rules: use `ctx.calendar.nextBusinessDay` (it knows the holidays). */
export function nextBusinessDay(date: IsoDate): IsoDate {
  return WEEKDAYS_ONLY.nextBusinessDay(date);
}

/** @deprecated in rules: use `ctx.calendar.businessDayOnOrAfter` (it knows the holidays). */
export function businessDayOnOrAfter(date: IsoDate): IsoDate {
  return WEEKDAYS_ONLY.businessDayOnOrAfter(date);
}

/** @deprecated in rules: use `ctx.calendar.businessDaysBetween` (it knows the holidays). */
export function businessDaysBetween(a: IsoDate, b: IsoDate): number {
  return WEEKDAYS_ONLY.businessDaysBetween(a, b);
}
