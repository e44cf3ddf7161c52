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
export type { CadenceStatus, CadenceStep, CadenceStepKey } from './cadence';
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
