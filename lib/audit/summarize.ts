import { isFmcOnly } from '../core/classify/classify';
import { diffCalendarDays, isInstant, isIsoDate, todayIn } from '../core/dates';
import { checkApplicability } from '../core/engine/applicability';
import { evaluate } from '../core/engine/evaluate';
import type { ChecklistItem } from '../core/engine/types';
import { STAGE_NAMES, type ItemState } from '../core/model/vocab';
import type { PlaybookRule } from '../core/playbook/schema';
import { valueOf } from '../core/profile/read';
import { emptyProfile, type AccountProfile } from '../core/profile/schema';
import { deriveProgress, type ProgressEvent } from '../core/progress/events';
import { ticksById } from '../core/progress/ticks';
import { accountRecordUrl } from './record-link';
import type { AccountSummary, AuditContext, AuditFlag, AuditItem } from './types';

/** States that are a step someone has to do (info is advice or "can't tell yet"; na does not apply). */
const STEP_STATES = new Set<ItemState>(['todo', 'done', 'warn', 'error']);
const OPEN_STATES = new Set<ItemState>(['todo', 'warn', 'error']);

const BRANCH_NAMES = { unresponsive: 'Unresponsive', escalation: 'Escalation / cancellation' } as const;

/** A rule the engine only shows on its own page: the dashboard has no page, so it cannot judge it. */
const isPageOnly = (rule: PlaybookRule): boolean => !rule.where.includes('any') && !rule.where.includes('timeline');

/** The user's calendar day a due date or instant falls on; null when it is neither. */
const dueDay = (due: string | undefined, zone: string): string | null => {
  if (!due) return null;
  if (isIsoDate(due)) return due;
  if (!isInstant(due)) return null;
  try {
    return todayIn(due, zone);
  } catch {
    return todayIn(due, 'UTC');
  }
};

const toAuditItem = (item: ChecklistItem, today: string, zone: string): AuditItem => {
  const due = dueDay(item.due, zone);
  const late = due !== null && OPEN_STATES.has(item.state) ? diffCalendarDays(due, today) : 0;
  const audit: AuditItem = {
    ruleId: item.ruleId,
    title: item.title,
    sop: item.sop,
    state: item.state,
    message: item.message,
    due,
    overdueDays: late > 0 ? late : null,
    manual: item.manual,
    source: 'audit',
  };
  // Assigned, not spread from a conditional object: this runs for every item of every account.
  if (item.details) audit.details = item.details;
  if (item.view) audit.view = item.view;
  return audit;
};

/** The user's calendar day at `now`; a zone this browser does not know falls back to UTC. */
export const auditToday = (now: string, zone: string): string => {
  try {
    return todayIn(now, zone);
  } catch {
    return todayIn(now, 'UTC');
  }
};

/**
 * One account's audit line: the engine run in audit mode (no page, so the timeline and
 * any-page rules), plus page-only steps someone checked off by hand. `events` may hold other
 * accounts' events (they are ignored); order does not matter.
 */
export const summarizeAccount = (
  accountId: string,
  profile: AccountProfile | undefined,
  events: readonly ProgressEvent[],
  context: AuditContext,
): AccountSummary => {
  const { playbook, settings, now } = context;
  const zone = settings.timeZone;
  const today = auditToday(now, zone);
  const progress = deriveProgress(events, accountId);
  // An account known only from imported events still has a stage (its branch, or account creation).
  const known = profile ?? emptyProfile(accountId, now);
  const model = evaluate(playbook, { profile: known, page: null, progress, settings, now });
  const facts = known.facts;

  // Filled in a loop rather than from [id, item] pairs: one pair array less per item per account.
  const judged = new Map<string, AuditItem>();
  for (const item of model.items) judged.set(item.ruleId, toAuditItem(item, today, zone));
  const disabled = new Set(settings.disabledRules);
  const fmcOnly = isFmcOnly(facts).value === true;
  const items: AuditItem[] = [];
  const ticks = ticksById(progress);
  for (const rule of playbook.rules) {
    const item = judged.get(rule.id);
    if (item) {
      items.push(item);
      continue;
    }
    if (fmcOnly || !isPageOnly(rule) || disabled.has(rule.id)) continue;
    const manual = ticks.get(rule.id);
    if (!manual) continue;
    if (checkApplicability(rule.appliesTo, facts).applies === false) continue;
    items.push({
      ruleId: rule.id,
      title: rule.title,
      sop: rule.sop,
      state: manual.done ? 'done' : 'todo',
      message: manual.done ? 'Checked off on its page.' : 'Unticked on its page.',
      due: null,
      overdueDays: null,
      manual,
      source: 'checked-off',
    });
  }

  // A stage this browser never learned is not "account creation": the engine's default would count
  // two ticks as 2 of 2. It is known from a branch, or from the Customer Onboarding facts the stage
  // is decided by (read on the record or carried by the account card, even when read empty);
  // a profile that only knows the Account's or Opportunity's facts leaves it unknown.
  const stageKnown =
    progress.branch !== null ||
    (profile !== undefined &&
      (facts.assignmentDate.known || facts.obCallCompletedDate.known || facts.onboardingCompleted.known || isFmcOnly(facts).value === true));
  const steps = stageKnown ? items.filter((item) => STEP_STATES.has(item.state)) : [];
  const done = steps.filter((item) => item.state === 'done').length;
  const overdue = items.filter((item) => item.overdueDays !== null);
  const flags: AuditFlag[] = [];
  if (progress.branch) {
    const openDays = diffCalendarDays(progress.branch.since, today);
    flags.push({
      kind: 'branch',
      text: BRANCH_NAMES[progress.branch.value],
      state: progress.branch.value === 'escalation' ? 'error' : 'warn',
      since: progress.branch.since,
      openDays: Math.max(0, openDays),
    });
  }
  for (const item of items) {
    if (item.state !== 'warn' && item.state !== 'error') continue;
    // An overdue step is listed under "overdue"; flags are the problems that are not about time.
    if (item.overdueDays !== null) continue;
    const since = item.due !== null && item.due <= today ? item.due : null;
    flags.push({
      kind: 'item',
      ruleId: item.ruleId,
      text: item.title,
      state: item.state,
      since,
      openDays: since ? diffCalendarDays(since, today) : null,
    });
  }

  let last: { at: string; by: string; id: string } | null = null;
  // The latest instant so far, parsed once: Date.parse per comparison showed in the dashboard's profile.
  let lastMs = NaN;
  let eventCount = 0;
  for (const event of events) {
    if (event.accountId !== accountId) continue;
    eventCount++;
    const ms = Date.parse(event.at);
    if (!last || ms > lastMs) {
      last = { at: event.at, by: event.by, id: event.id };
      lastMs = ms;
    }
  }

  const orgHost = profile?.orgHost ?? null;
  return {
    accountId,
    name: valueOf(facts, 'accountName') ?? null,
    csm: valueOf(facts, 'csm') ?? null,
    csmLeader: valueOf(facts, 'csmLeader') ?? null,
    segment: valueOf(facts, 'segmentation') ?? null,
    tier: valueOf(facts, 'serviceLevel') ?? null,
    stage: stageKnown ? model.stage : null,
    stageName: stageKnown && model.stage ? STAGE_NAMES[model.stage] : null,
    stageKnown,
    orgHost,
    recordUrl: orgHost ? accountRecordUrl(orgHost, accountId) : null,
    done,
    applicable: steps.length,
    completion: steps.length ? done / steps.length : null,
    overdue,
    flags,
    items,
    progress,
    lastActivity: last,
    eventCount,
    hasProfile: profile !== undefined,
    today,
  };
};
