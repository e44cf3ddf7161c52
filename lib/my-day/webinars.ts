import { formatSessionBoth, todayIn } from '../core/dates';
import type { Product } from '../core/model/vocab';
import { upcomingTrainings, type WebinarSchedules } from '../core/engine/snippets';

/** A training webinar of the account's products held on the user's day (MT-CS-020's training webinars). */
export interface WebinarToday {
  product: string;
  /** "Tue, Dec 1, 2026, 11:00 AM CST (9:00 AM PST your time)". */
  when: string;
}

/**
 * The webinars an account in training can be offered today: its Learning/Compliance session
 * still to come on the user's day. Pure: `now` and the zone are arguments.
 */
export const webinarsToday = (products: readonly Product[], now: string, timeZone: string, schedules: WebinarSchedules): WebinarToday[] => {
  const today = todayIn(now, timeZone);
  return upcomingTrainings(now, products, 1, schedules).flatMap((training) => {
    const next = training.sessions[0];
    return next && todayIn(next.start, timeZone) === today ? [{ product: training.product, when: formatSessionBoth(next, timeZone) }] : [];
  });
};
