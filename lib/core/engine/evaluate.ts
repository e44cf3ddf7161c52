import { todayIn } from '../dates';
import { z } from '../zod';
import { isFmcOnly } from '../classify/classify';
import type { FieldKey } from '../facts/fields';
import { PAGE_NAMES } from '../model/page-kind';
import { COMPOSE_PAGES } from '../model/served-pages';
import { ITEM_STATES, type ItemState } from '../model/vocab';
import { calendarOf } from '../playbook/calendar';
import type { Playbook, PlaybookRule } from '../playbook/schema';
import { valueOf } from '../profile/read';
import { ruleById } from '../rules';
import { emptyFacts, FACT_NAMES, FACT_PAGES, type ProfileFactKey } from '../profile/schema';
import { checkApplicability } from './applicability';
import { emailKindOnPage } from './email-kind';
import { learnHint, NO_ACCOUNT_HINT } from './learn-hint';
import { evaluatorNamed } from './registry';
import { lifecycleStage } from './stage';
import type { ItemProgress } from '../progress/events';
import { ticksById } from '../progress/ticks';
import type { ChecklistItem, ChecklistModel, EngineInput, Evaluator, Outcome, RuleContext } from './types';

/** What the loop needs of a playbook entry beyond its own fields, worked out once per entry. */
interface Compiled {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  evaluator: Evaluator<any> | undefined;
  /** Shown on the timeline (no page of its own needed). */
  timeline: boolean;
  /** Still shown on an FMC-only account: the classification that explains why nothing else does. */
  showsOnFmcOnly: boolean;
}

// Per rule object, like the parsed params below: the engine runs on every page change and, for the
// dashboard, once per account; looking the evaluator and rule up again each time showed in the bench.
const compiledCache = new WeakMap<PlaybookRule, Compiled>();
const compiled = (rule: PlaybookRule): Compiled => {
  let entry = compiledCache.get(rule);
  if (!entry) {
    entry = {
      evaluator: evaluatorNamed(rule.check.evaluator),
      timeline: rule.where.includes('any') || rule.where.includes('timeline'),
      showsOnFmcOnly: ruleById(rule.id)?.showOnFmcOnly === true,
    };
    compiledCache.set(rule, entry);
  }
  return entry;
};

// Parsed params are cached per rule object: the engine runs on every page change.
const paramsCache = new WeakMap<PlaybookRule, unknown>();
const paramsOf = (rule: PlaybookRule, evaluator: Evaluator<unknown>): unknown => {
  if (!paramsCache.has(rule)) paramsCache.set(rule, z.parse(evaluator.params, rule.check.params));
  return paramsCache.get(rule);
};

/**
 * An item's fixed fields, in the order the UI and exports have always seen them. Built field by
 * field rather than spread: spreading 45 differently shaped outcomes per account cost more than
 * the rules themselves (npm run bench).
 */
const itemBase = (rule: PlaybookRule, section: ChecklistItem['section'], manual: ItemProgress | null): Record<string, unknown> => {
  const item: Record<string, unknown> = { ruleId: rule.id, title: rule.title, sop: rule.sop, help: rule.help, section, manual };
  if (rule.steps) item.steps = rule.steps;
  return item;
};

const noticeItem = (rule: PlaybookRule, section: ChecklistItem['section'], manual: ItemProgress | null, state: ItemState, message: string): ChecklistItem => {
  const item = itemBase(rule, section, manual);
  item.state = state;
  item.message = message;
  item.actions = [];
  return item as unknown as ChecklistItem;
};

/** "Not for this account: …": the same few sentences for thousands of accounts, made once each. */
const notForThisAccount = (reason: string): string => {
  let message = naMessages.get(reason);
  if (message === undefined) {
    message = `Not for this account: ${reason}.`;
    if (naMessages.size >= 1024) naMessages.clear(); // bounded: a playbook has a few dozen
    naMessages.set(reason, message);
  }
  return message;
};
const naMessages = new Map<string, string>();

/** Every state at zero, in ITEM_STATES order; copied per run (a copy of one shape is cheap). */
const NO_COUNTS = Object.fromEntries(ITEM_STATES.map((s) => [s, 0])) as Record<ItemState, number>;

/**
 * (playbook, profile, page facts, progress, now) → the sidebar's checklist. Pure and
 * deterministic: same input, same output; no browser APIs, no clock.
 */
export const evaluate = (playbook: Playbook, input: EngineInput): ChecklistModel => {
  const facts = input.profile?.facts ?? emptyFacts();
  const page = input.page;
  const kind = page?.kind ?? null;
  const today = todayIn(input.now, input.settings.timeZone);
  const calendar = calendarOf(playbook);
  const disabled = new Set(input.settings.disabledRules);
  const fmcOnly = isFmcOnly(facts).value === true;
  const accountId = input.profile?.accountId ?? null;
  const items: ChecklistItem[] = [];
  const needed = new Set<ProfileFactKey>();
  // Fields some shown rule actually read: only those are worth a "can't read" notice (a new
  // Escalation form has no Due Date, and nothing there needs one). One list for the whole run; a
  // rule that shows nothing gives its reads back.
  const reads: FieldKey[] = [];
  const field = (key: FieldKey) => {
    reads.push(key);
    return page?.fields[key];
  };
  const fact: RuleContext<unknown>['fact'] = (key) => facts[key];
  const value: RuleContext<unknown>['value'] = (key) => valueOf(facts, key);
  const ticks = ticksById(input.progress);
  // One answer for every rule: the welcome and recap rules never both claim the same email.
  const emailKind = COMPOSE_PAGES ? emailKindOnPage(playbook, page) : undefined;

  for (const rule of playbook.rules) {
    if (disabled.has(rule.id)) continue;
    const { evaluator, timeline, showsOnFmcOnly } = compiled(rule);
    if (fmcOnly && !showsOnFmcOnly) continue;
    const section: ChecklistItem['section'] | null = kind && rule.where.includes(kind) ? 'page' : timeline ? 'timeline' : null;
    if (!section) continue;
    if (!evaluator) continue; // validated at load; a stale stored playbook must not break the page
    const manual = ticks.get(rule.id) ?? null;

    const applicability = checkApplicability(rule.appliesTo, facts);
    if (applicability.applies === false) {
      items.push(noticeItem(rule, section, manual, 'na', notForThisAccount(applicability.reason)));
      continue;
    }
    if (applicability.applies === 'unknown') {
      // With no account at all (an email whose recipients match none), the missing fact is the account.
      if (!input.profile) {
        items.push(noticeItem(rule, section, manual, 'info', `This step ${applicability.reason}. ${NO_ACCOUNT_HINT}`));
        continue;
      }
      applicability.needs.forEach((f) => needed.add(f));
      items.push(noticeItem(rule, section, manual, 'info', `This step ${applicability.reason}. ${learnHint(applicability.needs)}`));
      continue;
    }

    const readFrom = reads.length;
    const ctx: RuleContext<unknown> = {
      rule,
      params: paramsOf(rule, evaluator),
      facts,
      page,
      progress: input.progress,
      settings: input.settings,
      now: input.now,
      today,
      calendar,
      manual,
      accountId,
      emailKind,
      field,
      fact,
      value,
    };
    let outcome: Outcome | null;
    try {
      outcome = evaluator.evaluate(ctx);
    } catch (error) {
      // One broken rule (bad imported params, an unforeseen value) must not blank the sidebar.
      outcome = { state: 'warn', message: `This check failed to run: ${(error as Error).message}` };
    }
    if (!outcome) {
      reads.length = readFrom;
      continue;
    }
    if (outcome.state === 'info') {
      const needs = typeof evaluator.needs === 'function' ? evaluator.needs(ctx.params) : (evaluator.needs ?? []);
      needs.filter((f) => !facts[f].known).forEach((f) => needed.add(f));
    }
    // Object.assign keeps the spread's order and overrides ({ ...base, ...outcome, actions }).
    const item = Object.assign(itemBase(rule, section, manual), outcome);
    item.actions = outcome.actions ?? [];
    items.push(item as unknown as ChecklistItem);
  }
  const consulted = new Set(reads);

  // Page items first, then the timeline, each in playbook order; counted in the same pass.
  const ordered: ChecklistItem[] = [];
  for (const item of items) if (item.section === 'page') ordered.push(item);
  for (const item of items) if (item.section === 'timeline') ordered.push(item);
  const counts = { ...NO_COUNTS };
  let next: ChecklistItem | null = null;
  for (const item of ordered) {
    counts[item.state]++;
    // The earliest open item with a due date; the first of equals, as a stable sort gives.
    if (item.due && item.state !== 'done' && item.state !== 'na' && (next === null || item.due < next.due!)) next = item;
  }
  const unreadable = !page
    ? []
    : Object.entries(page.fields ?? {}).flatMap(([field, read]) =>
        read?.status === 'missing' && page.ready && consulted.has(field as FieldKey)
          ? [{ field: field as FieldKey, label: read.label }]
          : [],
      );

  return {
    pageKind: kind,
    accountId: input.profile?.accountId ?? page?.accountId ?? null,
    stage: input.profile ? lifecycleStage(facts, input.progress) : null,
    items: ordered,
    unknownFacts: [...needed].map((fact) => {
      const where = FACT_PAGES[fact][0]!;
      return { fact, name: FACT_NAMES[fact], page: where, pageName: PAGE_NAMES[where] };
    }),
    unreadable,
    next,
    counts,
  };
};
