import { z } from 'zod/mini';

/**
 * Frozen (see shipped.ts): the primitives the shipped versions are built from — the date and
 * zone checks (copied from lib/core/dates/schemas.ts with the calendar and instant tests they call),
 * Salesforce Account IDs and SHA-256 digests — so a change to lib/core/dates or lib/core/formats cannot
 * change what a stored value of a shipped version means.
 */

const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_PARTS = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
/** What lib/core/dates' isInstant accepted when these versions shipped. */
const READABLE_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const zodInstant = z.iso.datetime({ offset: true });

/** A day that exists on the (proleptic Gregorian, UTC) calendar: 2026-02-30 does not. */
const isCalendarDay = (value: string): boolean => {
  const match = DAY_PARTS.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, not Date.UTC: the latter reads years 0–99 as 1900–1999.
  const back = new Date(new Date(0).setUTCFullYear(year, month - 1, day));
  return back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day;
};

const isReadableInstant = (value: string): boolean => READABLE_INSTANT.test(value) && !Number.isNaN(Date.parse(value));

const isKnownZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** `YYYY-MM-DD`, a day on the calendar with no zone. */
export const isoDayV1 = z.string().check(z.superRefine((value, ctx) => {
  if (!DAY_SHAPE.test(value)) ctx.addIssue({ code: 'custom', message: 'expected a YYYY-MM-DD date', input: value });
  else if (!isCalendarDay(value)) ctx.addIssue({ code: 'custom', message: `"${value}" is not a day on the calendar`, input: value });
}));

/** An instant, ISO 8601 with seconds and an offset or `Z`. */
export const isoInstantV1 = z.string().check(z.superRefine((value, ctx) => {
  if (!INSTANT_SHAPE.test(value))
    ctx.addIssue({ code: 'custom', message: 'expected an ISO date and time with an offset, such as 2026-11-27T15:00:00Z', input: value });
  else if (!zodInstant.safeParse(value).success || !isReadableInstant(value))
    ctx.addIssue({ code: 'custom', message: `"${value}" is not a real date and time`, input: value });
}));

/** An IANA zone this browser knows (`America/Chicago`). */
export const timeZoneV1 = z.string().check(z.minLength(1), z.refine(isKnownZone, 'not a time zone this browser knows'));

/** 64 lowercase hex digits. */
export const SHA256_HEX_V1 = /^[0-9a-f]{64}$/;

/** An 18-character Salesforce Account ID. */
export const accountIdV1 = z.string().check(z.regex(/^[a-zA-Z0-9]{18}$/, 'expected an 18-character Salesforce ID'));
