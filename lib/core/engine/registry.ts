import { fieldsFilled, manual } from '../rules/generic';
import { RULE_SET } from '../rules';
import type { Evaluator } from './types';

/**
 * Every evaluator a playbook entry may name: the generic ones, and each rule's own, named after
 * its rule ID (lib/core/rules/<sop-area>/<rule-id>.rule.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const EVALUATORS: Readonly<Record<string, Evaluator<any>>> = {
  manual,
  'fields-filled': fieldsFilled,
  ...RULE_SET.evaluators,
};

/**
 * The evaluator a playbook entry names, or undefined. Own keys only: the name comes from an
 * imported file, and `constructor` or `toString` would otherwise find Object.prototype's.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const evaluatorNamed = (name: string): Evaluator<any> | undefined =>
  Object.hasOwn(EVALUATORS, name) ? EVALUATORS[name] : undefined;
