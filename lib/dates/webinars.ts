import { addCalendarDays, weekdayOf } from './calendar';
import { instantMs, SOP_ZONE, todayIn, toInstant, wallClock, zoneAbbreviation, zonedTimeToInstant } from './zone';
import type { Instant } from './types';

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
  const sessions: WebinarSession[] = [];
  for (let date = todayIn(now, zone); sessions.length < count; date = addCalendarDays(date, 1)) {
    if (weekdayOf(date) !== weekday) continue;
    const start = zonedTimeToInstant(date, time, zone);
    const startMs = instantMs(start);
    if (startMs > nowMs) sessions.push({ product, start, end: toInstant(startMs + minutes * 60_000) });
  }
  return sessions;
}

/** "Tue, Dec 1, 2026, 11:00 AM CST" on the zone's clock. */
export function formatSession(session: WebinarSession, zone: string): string {
  const wall = wallClock(instantMs(session.start), zone);
  return `${wall.format('ddd, MMM D, YYYY, h:mm A')} ${zoneAbbreviation(session.start, zone)}`;
}

/**
 * "Tue, Dec 1, 2026, 11:00 AM CST (9:00 AM PST your time)". The second part is left out when the
 * user's clock reads the same; it names the day too when the user's date differs.
 */
export function formatSessionBoth(session: WebinarSession, userZone: string, sopZone = SOP_ZONE): string {
  const ms = instantMs(session.start);
  const sop = wallClock(ms, sopZone);
  const user = wallClock(ms, userZone);
  const main = formatSession(session, sopZone);
  if (user.isSame(sop)) return main;
  const pattern = user.isSame(sop, 'day') ? 'h:mm A' : 'ddd, MMM D, h:mm A';
  return `${main} (${user.format(pattern)} ${zoneAbbreviation(session.start, userZone)} your time)`;
}
