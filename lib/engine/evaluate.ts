import { todayIn } from '../dates';
import { isFmcOnly } from '../classify/classify';
import type { FieldKey } from '../facts/fields';
import { PAGE_NAMES, type PageKind } from '../model/page-kind';
import { ITEM_STATES, type ItemState } from '../model/vocab';
import type { Playbook, PlaybookRule } from '../playbook/schema';
import { valueOf } from '../profile/read';
import { ruleById } from '../rules';
import { emptyFacts, FACT_NAMES, FACT_PAGES, type ProfileFactKey } from '../profile/schema';
import { checkApplicability } from './applicability';
import { learnHint, NO_ACCOUNT_HINT } from './learn-hint';
import { evaluatorNamed } from './registry';
import { lifecycleStage } from './stage';
import type { ChecklistItem, ChecklistModel, EngineInput, Outcome, RuleContext } from './types';

/** Rules that still show on an FMC-only account: the classification that explains why nothing else does. */
const showsOnFmcOnly = (id: string): boolean => ruleById(id)?.showOnFmcOnly === true;

const sectionOf = (rule: PlaybookRule, kind: PageKind | null): ChecklistItem['section'] | null => {
  if (kind && rule.where.includes(kind)) return 'page';
  if (rule.where.includes('any') || rule.where.includes('timeline')) return 'timeline';
  return null;
};

// Parsed params are cached per rule object: the engine runs on every page change.
const paramsCache = new WeakMap<PlaybookRule, unknown>();
const paramsOf = (rule: PlaybookRule): unknown => {
  if (!paramsCache.has(rule)) {
    const evaluator = evaluatorNamed(rule.check.evaluator);
    paramsCache.set(rule, evaluator ? evaluator.params.parse(rule.check.params) : undefined);
  }
  return paramsCache.get(rule);
};

/**
 * (playbook, profile, page facts, progress, now) → the sidebar's checklist. Pure and
 * deterministic: same input, same output; no browser APIs, no clock.
 */
export const evaluate = (playbook: Playbook, input: EngineInput): ChecklistModel => {
  const facts = input.profile?.facts ?? emptyFacts();
  const page = input.page;
  const kind = page?.kind ?? null;
  const today = todayIn(input.now, input.settings.timeZone);
  const disabled = new Set(input.settings.disabledRules);
  const fmcOnly = isFmcOnly(facts).value === true;
  const items: ChecklistItem[] = [];
  const needed = new Set<ProfileFactKey>();
  // Fields some shown rule actually read: only those are worth a "can't read" notice (a new
  // Escalation form has no Due Date, and nothing there needs one).
  const consulted = new Set<FieldKey>();

  for (const rule of playbook.rules) {
    if (disabled.has(rule.id)) continue;
    if (fmcOnly && !showsOnFmcOnly(rule.id)) continue;
    const section = sectionOf(rule, kind);
    if (!section) continue;
    const evaluator = evaluatorNamed(rule.check.evaluator);
    if (!evaluator) continue; // validated at load; a stale stored playbook must not break the page
    const manual = input.progress.items[rule.id] ?? null;
    const base = {
      ruleId: rule.id,
      title: rule.title,
      sop: rule.sop,
      help: rule.help,
      section,
      manual,
      ...(rule.steps ? { steps: rule.steps } : {}),
    };

    const applicability = checkApplicability(rule.appliesTo, facts);
    if (applicability.applies === false) {
      items.push({ ...base, state: 'na', message: `Not for this account: ${applicability.reason}.`, actions: [] });
      continue;
    }
    if (applicability.applies === 'unknown') {
      // With no account at all (an email whose recipients match none), the missing fact is the account.
      if (!input.profile) {
        items.push({ ...base, state: 'info', message: `This step ${applicability.reason}. ${NO_ACCOUNT_HINT}`, actions: [] });
        continue;
      }
      applicability.needs.forEach((f) => needed.add(f));
      items.push({
        ...base,
        state: 'info',
        message: `This step ${applicability.reason}. ${learnHint(applicability.needs)}`,
        actions: [],
      });
      continue;
    }

    const read = new Set<FieldKey>();
    const ctx: RuleContext<unknown> = {
      rule,
      params: paramsOf(rule),
      facts,
      page,
      progress: input.progress,
      settings: input.settings,
      now: input.now,
      today,
      manual,
      accountId: input.profile?.accountId ?? null,
      field: (key: FieldKey) => {
        read.add(key);
        return page?.fields[key];
      },
      fact: (key) => facts[key],
      value: (key) => valueOf(facts, key),
    };
    let outcome: Outcome | null;
    try {
      outcome = evaluator.evaluate(ctx);
    } catch (error) {
      // One broken rule (bad imported params, an unforeseen value) must not blank the sidebar.
      outcome = { state: 'warn', message: `This check failed to run: ${(error as Error).message}` };
    }
    if (!outcome) continue;
    read.forEach((key) => consulted.add(key));
    const needs = typeof evaluator.needs === 'function' ? evaluator.needs(ctx.params) : (evaluator.needs ?? []);
    if (outcome.state === 'info') needs.filter((f) => !facts[f].known).forEach((f) => needed.add(f));
    items.push({ ...base, ...outcome, actions: outcome.actions ?? [] });
  }

  const ordered = [...items.filter((i) => i.section === 'page'), ...items.filter((i) => i.section === 'timeline')];
  const counts = Object.fromEntries(ITEM_STATES.map((s) => [s, 0])) as Record<ItemState, number>;
  ordered.forEach((item) => counts[item.state]++);
  const open = ordered.filter((i) => i.due && i.state !== 'done' && i.state !== 'na');
  const next = open.sort((a, b) => (a.due! < b.due! ? -1 : a.due! > b.due! ? 1 : 0))[0] ?? null;
  const unreadable = Object.entries(page?.fields ?? {}).flatMap(([field, read]) =>
    read?.status === 'missing' && page?.ready && consulted.has(field as FieldKey)
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
