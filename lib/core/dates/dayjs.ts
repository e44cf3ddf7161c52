import dayjs from 'dayjs';
// With `.js`: dayjs has no exports map, so Node's own ESM resolver (Playwright's test side, which
// shares these date helpers) needs the file name; bundlers resolve it either way.
import utc from 'dayjs/plugin/utc.js';

// The one place dayjs is configured; everything else in the project goes through lib/core/dates.
//
// Every dayjs value here is used in UTC mode, either as a plain calendar date or as a zone's
// wall clock "pretending to be UTC". The timezone plugin is deliberately not loaded: its
// tz() re-parses the wall time in the machine's own zone, so a wall time that falls inside
// the machine's daylight-saving gap comes out an hour off (seen with TZ=America/Chicago and
// America/Phoenix on 2026-03-08), and its ambiguous-time guess depends on the current date.
// zone.ts reads wall clocks straight from Intl instead, which depends on nothing local.
// No parsing plugin either: text dates are parsed by calendar.ts and the formats' own patterns
// (dayjs's strict parsing cost more than the rules), so dayjs only formats and does arithmetic.
dayjs.extend(utc);

export { dayjs };
export type { Dayjs } from 'dayjs';
