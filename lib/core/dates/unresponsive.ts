import { type BusinessCalendar, DEFAULT_CALENDAR } from './business-calendar';
import { calendarDay } from './calendar';
import type { IsoDate } from './types';

/**
 * UNR-DAILY-10. The seed says both "contact the customer daily for 10 consecutive days" and
 * "proof of the 10 business day follow-up"; the second is what the notes are judged on, so the
 * days are the calendar's business days: the start itself when it is one, else the next, then
 * one per business day, skipping weekends and holidays (a holiday is never a day of the log).
 */
export function unresponsiveDays(start: IsoDate, count = 10, calendar: BusinessCalendar = DEFAULT_CALENDAR): IsoDate[] {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`Day count must be a whole number ≥ 0, got ${count}`);
  }
  const first = calendar.businessDayOnOrAfter(start);
  return Array.from({ length: count }, (_, i) => calendar.addBusinessDays(first, i));
}

export type ContactEntry = { email?: boolean; call?: boolean };
export type ContactLog = Record<IsoDate, ContactEntry>;
export type ContactDayState = 'done' | 'partial' | 'missed' | 'today' | 'upcoming';

export type ContactDay = {
  date: IsoDate;
  email: boolean;
  call: boolean;
  state: ContactDayState;
};

export type ContactLogStatus = {
  days: ContactDay[];
  /** Past days lacking an email or a call; today is not a gap yet. */
  gaps: IsoDate[];
  /** Every day has both an email and a call. */
  complete: boolean;
};

/**
 * State per day: both logged → done (whatever the date); otherwise today → today (the
 * highlighted entry), future → upcoming, past with one of the two → partial, with none → missed.
 */
export function contactLogStatus(days: IsoDate[], log: ContactLog, today: IsoDate): ContactLogStatus {
  const now = calendarDay(today);
  const rows = days.map((date): ContactDay => {
    const email = log[date]?.email === true;
    const call = log[date]?.call === true;
    const day = calendarDay(date);
    let state: ContactDayState;
    if (email && call) state = 'done';
    else if (day.isSame(now)) state = 'today';
    else if (day.isAfter(now)) state = 'upcoming';
    else state = email || call ? 'partial' : 'missed';
    return { date, email, call, state };
  });
  return {
    days: rows,
    gaps: rows.filter((row) => row.state === 'partial' || row.state === 'missed').map((row) => row.date),
    complete: rows.every((row) => row.state === 'done'),
  };
}
