export type { Instant, IsoDate, Weekday } from './types';
export {
  addCalendarDays,
  compareIsoDates,
  diffCalendarDays,
  isIsoDate,
  isoDateFromParts,
  weekdayOf,
} from './calendar';
export {
  addBusinessDays,
  businessDayOnOrAfter,
  businessDaysBetween,
  isBusinessDay,
  nextBusinessDay,
} from './business-days';
export type { BusinessCalendar, CalendarSpec } from './business-calendar';
export { businessCalendar, DEFAULT_CALENDAR, WEEKDAYS_ONLY } from './business-calendar';
export type { FederalHolidayName, Holiday } from './holidays';
export { FEDERAL_HOLIDAY_NAMES, federalHolidayNamed, usFederalHolidays } from './holidays';
export {
  instantMs,
  isInstant,
  isValidZone,
  SOP_ZONE,
  todayIn,
  toInstant,
  zoneAbbreviation,
  zonedTimeToInstant,
  zoneOffsetMinutes,
} from './zone';
export type { CadenceSequence, CadenceStatus, CadenceStep, CadenceStepKey } from './cadence';
export { cadenceStatus, digitalCadence } from './cadence';
export type { ContactDay, ContactDayState, ContactEntry, ContactLog, ContactLogStatus } from './unresponsive';
export { contactLogStatus, unresponsiveDays } from './unresponsive';
export type { BillingStart } from './deadlines';
export {
  billingStartDate,
  escalationCallDeadline,
  failedToObDueDate,
  smbAdoptionDate,
  withinHours,
} from './deadlines';
export type { WebinarProduct, WebinarSchedule, WebinarSession } from './webinars';
export { formatSession, formatSessionBoth, nextWebinars, WEBINARS } from './webinars';
export { firstThursday, nextOpenForum } from './open-forums';
export { formatDate, formatInstant, relativeDays } from './format';
