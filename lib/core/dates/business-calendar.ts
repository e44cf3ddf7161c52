import { addCalendarDays, calendarDay, diffCalendarDays, isIsoDate, weekdayOf } from './calendar';
import { federalHolidayNamed, type Holiday, usFederalHolidays } from './holidays';
import type { IsoDate } from './types';

/**
 * Which days are business days: Monday to Friday, less the company's holidays. The playbook's
 * `calendar` section says which (CS Ops edit it); every field may be left out.
 */
export type CalendarSpec = {
  /** The US federal holidays on their observed dates; on unless switched off. */
  federalHolidays?: boolean;
  /** Company holidays on top of those (a day after Thanksgiving, a Christmas Eve). */
  extraHolidays?: ReadonlyArray<Holiday>;
  /**
   * Federal holidays the company works: by name ("Columbus Day", every year) or by the date it
   * is observed ("2026-10-12", that year only).
   */
  removedHolidays?: ReadonlyArray<string>;
};

/**
 * Business-day arithmetic for one company calendar. Rules get one on `ctx.calendar`, built once
 * per playbook; a due day that falls on a weekend or holiday is due on the next business day,
 * and a holiday is never a day of (nor a gap in) a daily log.
 */
export interface BusinessCalendar {
  /** Spells the spec: two calendars with the same key answer alike (memo keys use it). */
  readonly key: string;
  isBusinessDay(date: IsoDate): boolean;
  /** The holiday's name when `date` is one of this calendar's holidays, else null. */
  holidayOn(date: IsoDate): string | null;
  /** This calendar's holidays in `year`, by date. */
  holidays(year: number): readonly Holiday[];
  /**
   * Moves n business days forward (or back when n < 0), counting only business days, so
   * Friday + 1 is Monday and Saturday + 1 is Monday too. n = 0 returns the date unchanged.
   */
  addBusinessDays(date: IsoDate, n: number): IsoDate;
  /** The first business day strictly after `date`. */
  nextBusinessDay(date: IsoDate): IsoDate;
  /** `date` itself when it is a business day, else the next one: when a step due on `date` is due. */
  businessDayOnOrAfter(date: IsoDate): IsoDate;
  /**
   * Business days in the half-open range (a, b]: how many business days have passed from a to
   * b. Negative when b is before a, so businessDaysBetween(a, addBusinessDays(a, n)) === n for
   * any business day a.
   */
  businessDaysBetween(a: IsoDate, b: IsoDate): number;
}

const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));

class Calendar implements BusinessCalendar {
  readonly key: string;
  private readonly byYear = new Map<number, ReadonlyMap<IsoDate, string>>();
  private readonly federal: boolean;
  private readonly extra: ReadonlyArray<Holiday>;
  private readonly removedNames: ReadonlySet<string>;
  private readonly removedDates: ReadonlySet<IsoDate>;

  constructor(spec: CalendarSpec) {
    this.federal = spec.federalHolidays !== false;
    this.extra = (spec.extraHolidays ?? []).map((h) => {
      if (!isIsoDate(h.date)) throw new RangeError(`Not a YYYY-MM-DD date: "${h.date}"`);
      return { date: h.date, name: h.name };
    });
    const names = new Set<string>();
    const dates = new Set<IsoDate>();
    for (const entry of spec.removedHolidays ?? []) {
      const name = federalHolidayNamed(entry);
      if (name) names.add(name);
      else if (isIsoDate(entry)) dates.add(entry);
      else throw new RangeError(`Neither a date nor a federal holiday: "${entry}"`);
    }
    this.removedNames = names;
    this.removedDates = dates;
    this.key = JSON.stringify([this.federal, this.extra.map((h) => [h.date, h.name]).sort(), [...names].sort(), [...dates].sort()]);
  }

  private yearMap(year: number): ReadonlyMap<IsoDate, string> {
    let map = this.byYear.get(year);
    if (!map) {
      const entries = new Map<IsoDate, string>();
      if (this.federal && year >= 1 && year <= 9998)
        for (const h of usFederalHolidays(year))
          if (!this.removedNames.has(h.name) && !this.removedDates.has(h.date)) entries.set(h.date, h.name);
      for (const h of this.extra) if (yearOf(h.date) === year && !entries.has(h.date)) entries.set(h.date, h.name);
      map = new Map([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      this.byYear.set(year, map);
    }
    return map;
  }

  holidayOn(date: IsoDate): string | null {
    weekdayOf(date); // validates
    return this.yearMap(yearOf(date)).get(date) ?? null;
  }

  holidays(year: number): readonly Holiday[] {
    return [...this.yearMap(year)].map(([date, name]) => ({ date, name }));
  }

  isBusinessDay(date: IsoDate): boolean {
    const weekday = weekdayOf(date);
    return weekday !== 0 && weekday !== 6 && !this.yearMap(yearOf(date)).has(date);
  }

  addBusinessDays(date: IsoDate, n: number): IsoDate {
    if (!Number.isInteger(n)) throw new RangeError(`Business days must be a whole number, got ${n}`);
    calendarDay(date);
    const step = n < 0 ? -1 : 1;
    let current = date;
    for (let left = Math.abs(n); left > 0; ) {
      current = addCalendarDays(current, step);
      if (this.isBusinessDay(current)) left -= 1;
    }
    return current;
  }

  nextBusinessDay(date: IsoDate): IsoDate {
    return this.addBusinessDays(date, 1);
  }

  businessDayOnOrAfter(date: IsoDate): IsoDate {
    return this.isBusinessDay(date) ? date : this.nextBusinessDay(date);
  }

  businessDaysBetween(a: IsoDate, b: IsoDate): number {
    const days = diffCalendarDays(a, b);
    if (days < 0) return -this.businessDaysBetween(b, a);
    const fullWeeks = Math.floor(days / 7);
    let count = fullWeeks * 5;
    // The remaining 0–6 days after the full weeks are few enough to check one by one.
    for (let i = fullWeeks * 7 + 1; i <= days; i += 1) {
      const weekday = weekdayOf(addCalendarDays(a, i));
      if (weekday !== 0 && weekday !== 6) count += 1;
    }
    // Less the holidays in (a, b] that fall on a weekday (a company holiday may be a Saturday).
    for (let year = yearOf(a); year <= yearOf(b); year += 1)
      for (const date of this.yearMap(year).keys())
        if (date > a && date <= b && weekdayOf(date) !== 0 && weekdayOf(date) !== 6) count -= 1;
    return count;
  }
}

const calendars = new Map<string, BusinessCalendar>();

/**
 * The business calendar of a spec (the playbook's `calendar` section; absent = the default:
 * Monday to Friday less the US federal holidays). Built once per distinct spec: the engine asks
 * for it on every run, and its holidays are worked out once per year.
 */
export function businessCalendar(spec: CalendarSpec = {}): BusinessCalendar {
  const built = new Calendar(spec);
  let known = calendars.get(built.key);
  if (!known) {
    if (calendars.size >= 64) calendars.clear();
    calendars.set(built.key, built);
    known = built;
  }
  return known;
}

/** Monday to Friday less the US federal holidays: the playbook's default. */
export const DEFAULT_CALENDAR: BusinessCalendar = businessCalendar();

/** Monday to Friday with no holidays (the module-level helpers of business-days.ts). */
export const WEEKDAYS_ONLY: BusinessCalendar = businessCalendar({ federalHolidays: false });
