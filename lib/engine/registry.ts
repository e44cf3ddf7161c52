import { fieldsFilled, manual } from './rules/generic';
import { evaluators as accountCreation } from './rules/account-creation';
import { evaluators as classification } from './rules/classification';
import { evaluators as digital } from './rules/digital';
import { evaluators as escalation } from './rules/escalation';
import { evaluators as onboarding } from './rules/onboarding';
import { evaluators as smb } from './rules/smb';
import { evaluators as training } from './rules/training';
import { evaluators as unresponsive } from './rules/unresponsive';
import type { Evaluator } from './types';

/** Every evaluator a playbook entry may name. Rule-specific ones are named after their rule ID. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const EVALUATORS: Readonly<Record<string, Evaluator<any>>> = {
  manual,
  'fields-filled': fieldsFilled,
  ...classification,
  ...accountCreation,
  ...onboarding,
  ...digital,
  ...training,
  ...unresponsive,
  ...escalation,
  ...smb,
};

/**
 * The evaluator a playbook entry names, or undefined. Own keys only: the name comes from an
 * imported file, and `constructor` or `toString` would otherwise find Object.prototype's.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const evaluatorNamed = (name: string): Evaluator<any> | undefined =>
  Object.hasOwn(EVALUATORS, name) ? EVALUATORS[name] : undefined;
