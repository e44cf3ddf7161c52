import type { z } from '../zod';
import type { Evaluator, Outcome, RuleContext } from '../engine/types';
import type { PlaybookRuleInput } from '../playbook/schema';
import type { ProfileFactKey } from '../profile/schema';

/** The generic evaluators a rule may use instead of its own code. */
export type GenericEvaluator = 'manual' | 'fields-filled';

/**
 * What "My day" lists under a rule beside the audit's due steps: `booked-call` = an onboarding
 * call booked for today (from the profile); `webinars` = today's training webinars of the
 * account's products, with the schedules from this rule's params.
 */
export type MyDayRole = 'booked-call' | 'webinars';

/** The playbook entry's fields, minus `check`: a rule file states its check as code. */
type RuleEntry = Omit<PlaybookRuleInput, 'check'> & {
  /** Place in the checklist (and the catalogue): rules sort by it, so the sidebar order is SOP order. */
  order: number;
  /** The shipped `check.params` of the built-in playbook; `{}` when absent. */
  defaults?: Record<string, unknown>;
  /** Still shown on an FMC-only account, which shows nothing else (it explains why). */
  showOnFmcOnly?: boolean;
  myDay?: MyDayRole;
};

/** A rule with its own check: the playbook names it by the rule's ID (`check.evaluator`). */
export type OwnRuleDefinition<P> = RuleEntry & {
  /** Validates `check.params` (readable errors on import). */
  params: z.core.$ZodType<P>;
  needs?: ProfileFactKey[] | ((params: P) => ProfileFactKey[]);
  /** `null` = nothing to show on this page. */
  evaluate(ctx: RuleContext<P>): Outcome | null;
};

/** A rule checked by a generic evaluator (a hand-ticked step, a list of fields to fill). */
export type GenericRuleDefinition = RuleEntry & { uses: GenericEvaluator };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RuleDefinition<P = any> = OwnRuleDefinition<P> | GenericRuleDefinition;

/**
 * One rule: its playbook entry (ID, SOP, where, help…) and its check, in one file. The catalogue,
 * the evaluator registry and the built-in playbook are built from every `*.rule.ts` file
 * (lib/core/rules/index.ts), so adding a rule touches nothing else.
 */
export function defineRule<P>(definition: OwnRuleDefinition<P>): OwnRuleDefinition<P>;
export function defineRule(definition: GenericRuleDefinition): GenericRuleDefinition;
export function defineRule(definition: RuleDefinition): RuleDefinition {
  return definition;
}

export const isGenericRule = (rule: RuleDefinition): rule is GenericRuleDefinition => 'uses' in rule;

/** The evaluator part of a rule with its own check. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const evaluatorOf = (rule: OwnRuleDefinition<any>): Evaluator<any> => ({
  params: rule.params,
  ...(rule.needs ? { needs: rule.needs } : {}),
  evaluate: rule.evaluate,
});
