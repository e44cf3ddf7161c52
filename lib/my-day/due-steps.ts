import { diffCalendarDays, isIsoDate } from '../core/dates';
import type { AccountSummary, AuditItem } from '../audit/types';
import type { ProfileFacts } from '../core/profile/schema';
import { myDayRule } from '../core/rules';
import type { WebinarToday } from './webinars';

/**
 * "My day": what is due today or overdue across every account this browser knows. Built on the
 * dashboard's summaries (lib/audit/summarize.ts), so the popup, the badge and the audit agree
 * on what "overdue" means. Pure: the summaries already carry the user's day.
 */

export type DueWhen = 'overdue' | 'today';

export interface DueStep {
  /** Unique within the account: the rule ID, or `<rule>/<detail key>` for one line of a rule. */
  key: string;
  ruleId: string;
  /** The rule's title ("Day 1/4/30 cadence"). */
  title: string;
  /** What to do: the detail's line (a cadence day, a 10-day-log day) or the rule's message. */
  text: string;
  when: DueWhen;
  /** The day it fell due (`YYYY-MM-DD`), when known. */
  due: string | null;
  /** Calendar days past `due` (overdue steps whose day is known). */
  overdueDays: number | null;
}

export interface MyDayAccount {
  accountId: string;
  name: string | null;
  /** The Account record in Salesforce, when the org it was seen on is known. */
  recordUrl: string | null;
  csm: string | null;
  steps: DueStep[];
  overdue: number;
  dueToday: number;
}

export interface MyDay {
  today: string;
  accounts: MyDayAccount[];
  overdue: number;
  dueToday: number;
}

const OPEN = new Set(['todo', 'warn', 'error']);

/**
 * One line of a rule that carries its own state. Lines keyed by a day (the 10-day log) are
 * placed by that day; other lines (cadence days) use the engine's states: `error` is overdue,
 * `warn` is due today (the cadence rule's STEP_STATE, lib/core/rules/digital/dg-cadence.rule.ts).
 */
const fromDetails = (item: AuditItem, today: string): DueStep[] => {
  const steps: DueStep[] = [];
  for (const detail of item.details ?? []) {
    if (detail.state !== 'error' && detail.state !== 'warn') continue;
    const day = detail.key && isIsoDate(detail.key) ? detail.key : null;
    let when: DueWhen;
    if (day) {
      if (day > today) continue;
      when = day < today ? 'overdue' : 'today';
    } else when = detail.state === 'error' ? 'overdue' : 'today';
    const late = day && when === 'overdue' ? diffCalendarDays(day, today) : null;
    steps.push({
      key: `${item.ruleId}/${detail.key ?? detail.text}`,
      ruleId: item.ruleId,
      title: item.title,
      text: detail.text,
      when,
      due: day,
      overdueDays: late,
    });
  }
  return steps;
};

/**
 * What one audit item asks of the CSM today. An open step is overdue once its due day has
 * passed (the summary counted the days) and due today on that day; an `info` item with today's
 * date (an open forum or webinar to offer) is due today and never overdue.
 */
const fromItem = (item: AuditItem, today: string): DueStep[] => {
  const lines = fromDetails(item, today);
  if (lines.length) return lines;
  const base = { key: item.ruleId, ruleId: item.ruleId, title: item.title, text: item.message, due: item.due };
  if (OPEN.has(item.state) && item.overdueDays !== null) return [{ ...base, when: 'overdue', overdueDays: item.overdueDays }];
  if ((OPEN.has(item.state) || item.state === 'info') && item.due === today) return [{ ...base, when: 'today', overdueDays: null }];
  return [];
};

/** The steps of one account due today or overdue: overdue first (longest first), then today's. */
export const dueSteps = (summary: Pick<AccountSummary, 'items' | 'today'>): DueStep[] =>
  summary.items
    .flatMap((item) => fromItem(item, summary.today))
    .sort((a, b) => rank(a) - rank(b) || (b.overdueDays ?? 0) - (a.overdueDays ?? 0));

const rank = (step: DueStep): number => (step.when === 'overdue' ? 0 : 1);

const byName = (a: MyDayAccount, b: MyDayAccount): number =>
  (a.name ?? a.accountId).localeCompare(b.name ?? b.accountId, 'en', { sensitivity: 'base' });

/** What My day needs of an account's profile: its booked onboarding call, when not yet held. */
export interface BookedCall {
  /** "Onboarding Call Scheduled For", as the Customer Onboarding page last showed it. */
  scheduledFor: string;
}

/** The booked onboarding call of a profile: known, dated, and no completed date seen. */
export const bookedCall = (facts: Pick<ProfileFacts, 'obCallScheduledFor' | 'obCallCompletedDate'>): BookedCall | null => {
  const scheduled = facts.obCallScheduledFor;
  const completed = facts.obCallCompletedDate;
  if (!scheduled.known || !scheduled.value || (completed.known && completed.value)) return null;
  return { scheduledFor: scheduled.value };
};

/**
 * A call booked for today is on the day's list, under the rule that asks for booked calls
 * (`myDay: 'booked-call'`). A call is held on its day, never "overdue" here: a past call with no
 * completed date is the Customer Onboarding page's own flag.
 */
const callStep = (call: BookedCall | undefined, today: string, ruleId = myDayRule('booked-call')?.id): DueStep[] =>
  ruleId && call?.scheduledFor === today
    ? [
        {
          key: `${ruleId}/today`,
          ruleId,
          title: 'Onboarding call',
          text: 'The onboarding call is scheduled for today.',
          when: 'today',
          due: today,
          overdueDays: null,
        },
      ]
    : [];

/**
 * Today's webinar of an account in its training stage: one to offer the admin (never overdue),
 * under the rule that schedules webinars (`myDay: 'webinars'`).
 */
const webinarSteps = (
  summary: Pick<AccountSummary, 'stage'>,
  webinars: readonly WebinarToday[] | undefined,
  today: string,
  ruleId = myDayRule('webinars')?.id,
): DueStep[] =>
  ruleId && summary.stage === 'training'
    ? (webinars ?? []).map((webinar) => ({
        key: `${ruleId}/${webinar.product}`,
        ruleId,
        title: 'Training webinar',
        text: `${webinar.product} webinar today: ${webinar.when}. Offer it to the admin.`,
        when: 'today' as const,
        due: today,
        overdueDays: null,
      }))
    : [];

/** What My day adds from the profiles: booked calls and today's webinars, by account. */
export interface MyDayExtras {
  calls?: ReadonlyMap<string, BookedCall>;
  webinars?: ReadonlyMap<string, readonly WebinarToday[]>;
}

/**
 * Every account with something due today or overdue, grouped: accounts with overdue steps
 * first (most first), then by name. `today` is the user's day the summaries were made for.
 */
export const myDay = (summaries: readonly AccountSummary[], today: string, extras: MyDayExtras = {}): MyDay => {
  const accounts: MyDayAccount[] = [];
  for (const summary of summaries) {
    const steps = [
      ...dueSteps(summary),
      ...callStep(extras.calls?.get(summary.accountId), today),
      ...webinarSteps(summary, extras.webinars?.get(summary.accountId), today),
    ];
    if (!steps.length) continue;
    const overdue = steps.filter((step) => step.when === 'overdue').length;
    accounts.push({
      accountId: summary.accountId,
      name: summary.name,
      recordUrl: summary.recordUrl,
      csm: summary.csm,
      steps,
      overdue,
      dueToday: steps.length - overdue,
    });
  }
  accounts.sort((a, b) => b.overdue - a.overdue || byName(a, b));
  return {
    today,
    accounts,
    overdue: accounts.reduce((n, a) => n + a.overdue, 0),
    dueToday: accounts.reduce((n, a) => n + a.dueToday, 0),
  };
};
