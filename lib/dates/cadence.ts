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
  date: IsoDate;
  automated: boolean;
};

export type CadenceStatus = 'done' | 'upcoming' | 'due' | 'overdue';

// MT-CS-020 "Onboarding and Adoption Sequences", in the seed's order.
const STEPS: ReadonlyArray<Omit<CadenceStep, 'date'>> = [
  { day: 1, key: 'welcome-email', title: 'Manual initial welcome email', automated: false },
  { day: 4, key: 'follow-up-task', title: 'Follow-up task', automated: false },
  { day: 30, key: 'adoption-email', title: 'Automated account adoption email', automated: true },
  { day: 30, key: 'adoption-object-task', title: 'Adoption object update task', automated: false },
];

/**
 * DG-CADENCE. Day N falls on assignment + (N - 1) calendar days: Outreach numbers sequence days
 * from 1, and Day 1 is the day the admin is added, which the SOP says is the assignment day.
 */
export function digitalCadence(assignment: IsoDate): CadenceStep[] {
  // A fresh array of fresh steps each call (callers may keep or change them); the dates are
  // remembered per assignment day, which many Digital accounts of the audit share.
  const dates = stepDates(assignment, () => STEPS.map((step) => addCalendarDays(assignment, step.day - 1)));
  return STEPS.map((step, i) => ({ ...step, date: dates[i]! }));
}

const stepDates = memo<readonly IsoDate[]>(1024);

/** A step is due on its own date and overdue from the next day until it is done. */
export function cadenceStatus(date: IsoDate, today: IsoDate, done: boolean): CadenceStatus {
  if (done) return 'done';
  // Day counts, not dayjs values: every Digital account of the audit asks this for each step.
  const ahead = diffCalendarDays(today, date);
  if (ahead > 0) return 'upcoming';
  return ahead === 0 ? 'due' : 'overdue';
}
