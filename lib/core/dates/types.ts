/** A calendar date without time or zone, `YYYY-MM-DD`. */
export type IsoDate = string;

/** A point in time as an ISO 8601 string with an offset (`Z` or `±hh:mm`). */
export type Instant = string;

/** 0 = Sunday … 6 = Saturday. Business days are Monday to Friday less the holidays (business-calendar.ts). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
