import { type BusinessCalendar, DEFAULT_CALENDAR } from './business-calendar';
import { addCalendarDays, diffCalendarDays } from './calendar';
import { memo } from './memo';
import type { IsoDate } from './types';

export type CadenceStepKey =
  | 'welcome-email'
  | 'follow-up-task'
  | 'adoption-email'
  | 'adoption-object-task';

export type CadenceStep = {
  day: 1 | 4 | 30;
  key: CadenceStepKey;
  title: string;
  /** The day the step is due: its sequence day, or the next business day when that is a weekend or holiday. */
  date: IsoDate;
  /** The sequence day itself (assignment + day - 1), which `date` moves off a day off. */
  sequenceDate: IsoDate;
  automated: boolean;
};

/** Which sequence: "DCSM Account Onboarding and Adoption", or GameDay's Day-30 check-in. */
export type CadenceSequence = 'regular' | 'gameDay';

export type CadenceStatus = 'done' | 'upcoming' | 'due' | 'overdue';

// MT-CS-020 "Onboarding and Adoption Sequences", in the seed's order.
const STEPS: ReadonlyArray<Omit<CadenceStep, 'date' | 'sequenceDate'>> = [
  { day: 1, key: 'welcome-email', title: 'Manual initial welcome email', automated: false },
  { day: 4, key: 'follow-up-task', title: 'Follow-up task', automated: false },
  { day: 30, key: 'adoption-email', title: 'Automated account adoption email', automated: true },
  { day: 30, key: 'adoption-object-task', title: 'Adoption object update task', automated: false },
];

/**
 * DG-CADENCE. Day N falls on assignment + (N - 1) calendar days: Outreach numbers sequence days
 * from 1, and Day 1 is the day the admin is added, which the SOP says is the assignment day. A
 * day that falls on a weekend or one of the calendar's holidays is due on the next business day.
 * GameDay's "Check-In (30 Days After OB Email is Sent)" sequence has the Day-30 steps only.
 */
export function digitalCadence(
  assignment: IsoDate,
  calendar: BusinessCalendar = DEFAULT_CALENDAR,
  sequence: CadenceSequence = 'regular',
): CadenceStep[] {
  const steps = sequence === 'gameDay' ? STEPS.filter((step) => step.day === 30) : STEPS;
  // A fresh array of fresh steps each call (callers may keep or change them); the dates are
  // remembered per assignment day and calendar, which many Digital accounts of the audit share.
  const dates = stepDates(`${calendar.key}|${assignment}`, () =>
    STEPS.map((step) => {
      const sequenceDate = addCalendarDays(assignment, step.day - 1);
      return { sequenceDate, date: calendar.businessDayOnOrAfter(sequenceDate) };
    }),
  );
  return steps.map((step) => ({ ...step, ...dates[STEPS.indexOf(step)]! }));
}

const stepDates = memo<ReadonlyArray<{ sequenceDate: IsoDate; date: IsoDate }>>(1024);

/** A step is due on its own date and overdue from the next day until it is done. */
export function cadenceStatus(date: IsoDate, today: IsoDate, done: boolean): CadenceStatus {
  if (done) return 'done';
  // Day counts, not dayjs values: every Digital account of the audit asks this for each step.
  const ahead = diffCalendarDays(today, date);
  if (ahead > 0) return 'upcoming';
  return ahead === 0 ? 'due' : 'overdue';
}
