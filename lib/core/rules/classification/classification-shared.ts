import { BOUNDS_TEXT, isCore } from '../../classify/classify';
import type { Verdict } from '../../classify/verdict';
import { learnHint } from '../../engine/learn-hint';
import type { Evaluator, Outcome } from '../../engine/types';
import { liveFacts, paramsSchema } from '../common/field-read';
import { z } from '../../zod';

// CLS-*: the account's classification, stated with its reason. Only CLS-SMB and
// CLS-SEGMENT-MISMATCH flag anything; the others say what the account is (info) or is not (na).
export const noParams = paramsSchema(z.strictObject({}));

export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** An account exactly on a size bound: neither Digital nor Core by the numbers; information, no flag. */
export const onTheBound = (verdict: Verdict): Outcome => ({
  state: 'info',
  message: `Neither Digital nor Core by the numbers: ${verdict.reason} is neither under nor over the bound (${BOUNDS_TEXT}). CS Segmentation decides; nothing is flagged.`,
});

/** A verdict still waiting for facts: say which, and where to learn them (or that it sits on a bound). */
export const undecided = (what: string, verdict: Verdict): Outcome =>
  verdict.onBound
    ? onTheBound(verdict)
    : { state: 'info', message: `Can't tell yet whether this is ${what} (${verdict.reason}). ${learnHint(verdict.needs)}` };

/** info when the account is one, na when it is not, info naming the missing fact otherwise. */
export const classification = (
  what: string,
  decide: typeof isCore,
  says: { yes: (reason: string) => string; no: (reason: string) => string },
  needs: Evaluator['needs'],
): Evaluator<Record<string, never>> => ({
  params: noParams as unknown as z.ZodMiniType<Record<string, never>>,
  needs,
  evaluate: (ctx) => {
    const verdict = decide(liveFacts(ctx));
    if (verdict.value === null) return undecided(what, verdict);
    return verdict.value
      ? { state: 'info', message: says.yes(verdict.reason) }
      : { state: 'na', message: says.no(verdict.reason) };
  },
});
