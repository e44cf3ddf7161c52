import { buildRules } from './build';
import type { MyDayRole, RuleDefinition } from './define';

/**
 * Every rule of the product: each `lib/core/rules/<sop-area>/<rule-id>.rule.ts` file, found by Vite's
 * glob at build time (and in vitest). A new rule file is picked up with no other edit.
 */
export const RULE_SET = buildRules(import.meta.glob('./*/*.rule.ts', { eager: true }));

export const RULES: readonly RuleDefinition[] = RULE_SET.rules;

export const ruleById = (id: string): RuleDefinition | undefined => RULE_SET.byId.get(id);

/** The rule "My day" files a kind of extra step under (see MyDayRole). */
export const myDayRule = (role: MyDayRole): RuleDefinition | undefined => RULES.find((rule) => rule.myDay === role);
