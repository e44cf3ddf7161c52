import { addCalendarDays, weekdayOf } from './calendar';
import { instantMs, SOP_ZONE, todayIn, toInstant, wallClock, zoneAbbreviation, zonedTimeToInstant } from './zone';
import { memo } from './memo';
import type { Instant, IsoDate } from './types';

export type WebinarProduct = 'Learning' | 'Compliance';

export type WebinarSchedule = {
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** Wall time, HH:mm, in `zone`. */
  time: string;
  minutes: number;
  /** Defaults to SOP_ZONE, the zone the seed's "11 am CST" means. */
  zone?: string;
};

export type WebinarSession = { product: WebinarProduct; start: Instant; end: Instant };

/** TR-SCHEDULE (MT-CS-020 "Training Webinars - Itinerary"), America/Chicago wall times. */
export const WEBINARS: Readonly<Record<WebinarProduct, Readonly<WebinarSchedule>>> = {
  Learning: { weekday: 2, time: '11:00', minutes: 45 },
  Compliance: { weekday: 4, time: '11:00', minutes: 45 },
};

/**
 * The next `count` sessions that start after `now`; one already under way is not offered, since
 * an email inviting the admin to it would arrive too late. Start and end are UTC instants.
 */
export function nextWebinars(
  now: Instant,
  product: WebinarProduct,
  count = 2,
  schedule: WebinarSchedule = WEBINARS[product],
): WebinarSession[] {
  const { weekday, time, minutes, zone = SOP_ZONE } = schedule;
  if (!Number.isInteger(weekday) || weekday < 0 || weekday > 6) {
    throw new RangeError(`Weekday must be 0–6, got ${weekday}`);
  }
  const nowMs = instantMs(now);
  const today = todayIn(now, zone);
  // Only today's session can have started already (one a week, on the zone's own days), so the
  // first count + 1 sessions from today hold the next `count`.
  const series = seriesFrom(today, product, count + 1, weekday, time, minutes, zone);
  const sessions: WebinarSession[] = [];
  for (const { session, startMs } of series) {
    if (sessions.length >= count) break;
    if (startMs > nowMs) sessions.push(session);
  }
  return sessions;
}

type Dated = { session: WebinarSession; startMs: number };

// The sessions from a day on are the same for every account of the audit and every render of
// that day: worked out once per (day, schedule), not per account (npm run bench).
const seriesByDay = memo<readonly Dated[]>(256);

/** The first `count` sessions on or after `today` (the zone's date); sessions are frozen, as they are shared. */
function seriesFrom(
  today: IsoDate,
  product: WebinarProduct,
  count: number,
  weekday: number,
  time: string,
  minutes: number,
  zone: string,
): readonly Dated[] {
  return seriesByDay(`${today}|${product}|${count}|${weekday}|${time}|${minutes}|${zone}`, () => {
    const out: Dated[] = [];
    for (let date = addCalendarDays(today, (weekday - weekdayOf(today) + 7) % 7); out.length < count; date = addCalendarDays(date, 7)) {
      const start = zonedTimeToInstant(date, time, zone);
      const startMs = instantMs(start);
      out.push({ session: Object.freeze({ product, start, end: toInstant(startMs + minutes * 60_000) }), startMs });
    }
    return out;
  });
}

/** "Tue, Dec 1, 2026, 11:00 AM CST" on the zone's clock. */
export function formatSession(session: WebinarSession, zone: string): string {
  return sessionTexts(`${zone}|${session.start}`, () => spellSession(session, zone));
}

// Every account in training words the same few sessions: dayjs formatting per account showed in
// the bench. The text depends on the start and the zones only.
const sessionTexts = memo<string>(1024);
const sessionBothTexts = memo<string>(1024);

function spellSession(session: WebinarSession, zone: string): string {
  const wall = wallClock(instantMs(session.start), zone);
  return `${wall.format('ddd, MMM D, YYYY, h:mm A')} ${zoneAbbreviation(session.start, zone)}`;
}

/**
 * "Tue, Dec 1, 2026, 11:00 AM CST (9:00 AM PST your time)". The second part is left out when the
 * user's clock reads the same; it names the day too when the user's date differs.
 */
export function formatSessionBoth(session: WebinarSession, userZone: string, sopZone = SOP_ZONE): string {
  return sessionBothTexts(`${userZone}|${sopZone}|${session.start}`, () => spellSessionBoth(session, userZone, sopZone));
}

function spellSessionBoth(session: WebinarSession, userZone: string, sopZone: string): string {
  const ms = instantMs(session.start);
  const sop = wallClock(ms, sopZone);
  const user = wallClock(ms, userZone);
  const main = formatSession(session, sopZone);
  if (user.isSame(sop)) return main;
  const pattern = user.isSame(sop, 'day') ? 'h:mm A' : 'ddd, MMM D, h:mm A';
  return `${main} (${user.format(pattern)} ${zoneAbbreviation(session.start, userZone)} your time)`;
}
