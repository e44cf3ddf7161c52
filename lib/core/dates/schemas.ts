import { z } from '../zod';
import { isIsoDate } from './calendar';
import { isInstant, isValidZone } from './zone';

/**
 * The zod schemas for dates and zones that come from outside (bundles, storage, policy, playbook,
 * messages). A shape check alone let `2026-02-30` in, and the date code then threw while a page
 * rendered; these accept only what lib/core/dates can read, so bad data is refused where it enters.
 */

const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT_SHAPE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/**
 * A shaped instant whose day is on the calendar and whose clock and offset are real (hours to 23,
 * minutes and seconds to 59): what zod's `iso.datetime({ offset: true })` accepted here, checked
 * without it (its schema and patterns were ≈ 0.5 kB gzipped of every page bundle, issue 25), and
 * isInstant, what lib/core/dates will read.
 */
const isRealInstant = (value: string, [, day, hour, minute, second, offsetHour = '0', offsetMinute = '0']: RegExpExecArray): boolean =>
  isIsoDate(day) && Number(hour) <= 23 && Number(minute) <= 59 && Number(second) <= 59 && Number(offsetHour) <= 23 && Number(offsetMinute) <= 59 && isInstant(value);

/** `YYYY-MM-DD`, a day on the calendar with no zone (Salesforce date fields, the 10-day log). */
export const isoDay = z.string().check(z.superRefine((value, ctx) => {
  if (!DAY_SHAPE.test(value)) ctx.addIssue({ code: 'custom', message: 'expected a YYYY-MM-DD date', input: value });
  else if (!isIsoDate(value)) ctx.addIssue({ code: 'custom', message: `"${value}" is not a day on the calendar`, input: value });
}));

/** An instant, ISO 8601 with seconds and an offset or `Z` (ticks, observation and export times). */
export const isoInstant = z.string().check(z.superRefine((value, ctx) => {
  const shape = INSTANT_SHAPE.exec(value);
  if (!shape)
    ctx.addIssue({ code: 'custom', message: 'expected an ISO date and time with an offset, such as 2026-11-27T15:00:00Z', input: value });
  else if (!isRealInstant(value, shape))
    ctx.addIssue({ code: 'custom', message: `"${value}" is not a real date and time`, input: value });
}));

/** An IANA zone this browser knows (`America/Chicago`): an unknown one makes date code throw. */
export const timeZone = z.string().check(z.minLength(1), z.refine(isValidZone, 'not a time zone this browser knows'));
