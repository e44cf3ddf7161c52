import type { Evaluator } from '../engine/types';
import { RULE_ID_PATTERN, type PlaybookRule } from '../playbook/schema';
import { evaluatorOf, isGenericRule, type RuleDefinition } from './define';

/** What `import.meta.glob('…/*.rule.ts', { eager: true })` yields: module path → module. */
export type RuleModules = Record<string, unknown>;

export interface RuleSet {
  /** Every rule, in checklist order (by `order`). */
  rules: readonly RuleDefinition[];
  byId: ReadonlyMap<string, RuleDefinition>;
  /** Each rule's module path as the glob gave it (`./onboarding/ob-presentation.rule.ts`), by rule ID. */
  files: ReadonlyMap<string, string>;
  /** Rule-specific evaluators, keyed by rule ID (the name a playbook's `check.evaluator` uses). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  evaluators: Readonly<Record<string, Evaluator<any>>>;
  /**
   * The built-in playbook's entries, in the same order, each complete (the schema's defaults
   * written out), so the shipped playbook is already what parsing it yields (builtin.ts).
   */
  entries: PlaybookRule[];
}

const definitionIn = (path: string, module: unknown): RuleDefinition => {
  const rule = (module as { default?: RuleDefinition } | null)?.default;
  if (!rule || typeof rule !== 'object' || typeof rule.id !== 'string')
    throw new Error(`${path}: a rule file must \`export default defineRule({ … })\``);
  return rule;
};

/** `lib/rules/onboarding/ob-call-scheduled-date.rule.ts` → `ob-call-scheduled-date`. */
const fileNameOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1).replace(/\.rule\.ts$/, '');

/**
 * The playbook entry a definition ships as: its fields, with `check` naming its evaluator, and
 * the schema's defaults for what it leaves out (ruleSchema: a CSM's step, on the account, for
 * every account), in the schema's order.
 */
const entryOf = (rule: RuleDefinition): PlaybookRule => {
  const { id, sop, title, where, stage, role, scope, appliesTo, help, steps, note } = rule;
  return {
    id,
    sop,
    title,
    where,
    stage,
    role: role ?? 'csm',
    scope: scope ?? 'account',
    appliesTo: appliesTo ?? {},
    check: { evaluator: isGenericRule(rule) ? rule.uses : id, params: rule.defaults ?? {} },
    help,
    ...(steps ? { steps } : {}),
    ...(note ? { note } : {}),
  };
};

/**
 * The rules of a set of rule modules: sorted by `order`, each ID and order used once, each file
 * named for its rule (`<lower-case ID>.rule.ts`, so a rule is found by its ID and a second file
 * for one ID cannot hide in another folder under another name). Pure, so
 * a test can feed it modules of its own (tests/unit/rules/build.test.ts).
 */
export const buildRules = (modules: RuleModules): RuleSet => {
  const rules = Object.entries(modules)
    .map(([path, module]) => ({ path, rule: definitionIn(path, module) }))
    .sort((a, b) => a.rule.order - b.rule.order);
  const byId = new Map<string, RuleDefinition>();
  const files = new Map<string, string>();
  const orders = new Map<number, string>();
  for (const { path, rule } of rules) {
    if (!RULE_ID_PATTERN.test(rule.id)) throw new Error(`${path}: rule IDs look like OB-CALL-SCHEDULED-DATE, not "${rule.id}"`);
    const expected = rule.id.toLowerCase();
    if (fileNameOf(path) !== expected) throw new Error(`${path}: the file of rule ${rule.id} is named ${expected}.rule.ts`);
    if (byId.has(rule.id)) throw new Error(`${path}: rule ID ${rule.id} is defined twice`);
    const clash = orders.get(rule.order);
    if (clash) throw new Error(`${path}: order ${rule.order} is already used by ${clash}`);
    byId.set(rule.id, rule);
    files.set(rule.id, path);
    orders.set(rule.order, rule.id);
  }
  const sorted = rules.map((r) => r.rule);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const evaluators: Record<string, Evaluator<any>> = {};
  for (const rule of sorted) if (!isGenericRule(rule)) evaluators[rule.id] = evaluatorOf(rule);
  return { rules: sorted, byId, files, evaluators, entries: sorted.map(entryOf) };
};
