import type { Evaluator, ItemDetail, Outcome, RuleContext } from '../engine/types';
import { type FieldKey, FIELDS, isFieldKey } from '../facts/fields';
import type { FieldValue } from '../facts/page-facts';
import { manualOutcome } from './common/manual-outcome';
import { z } from '../zod';

/** A checklist step only the CSM can confirm: done when checked off, with who and when. */
export const manual: Evaluator<Record<string, never>> = {
  params: z.strictObject({}) as unknown as z.ZodMiniType<Record<string, never>>,
  evaluate: (ctx) => manualOutcome(ctx, { todo: ctx.rule.help }),
};

const fieldKey = z.string().check(z.refine(isFieldKey, { message: 'unknown field key' })) as unknown as z.ZodMiniType<FieldKey>;

export const isEmptyValue = (value: FieldValue | null): boolean =>
  value === null || value === '' || (Array.isArray(value) && value.length === 0) || value === false;

/**
 * Flags each listed field that is empty on this page, and each it cannot read (naming the
 * label it looked for). Shows only on the page the fields belong to.
 */
export const fieldsFilled: Evaluator<{ fields: FieldKey[]; severity: 'error' | 'warn' }> = {
  params: z.strictObject({ fields: z.array(fieldKey).check(z.minLength(1)), severity: z._default(z.enum(['error', 'warn']), 'error') }) as unknown as z.ZodMiniType<{ fields: FieldKey[]; severity: 'error' | 'warn' }>,
  evaluate: (ctx) => checkFieldsFilled(ctx, ctx.params.fields, ctx.params.severity),
};

/** Shared by rules that add their own checks on top of "these fields are filled". */
export const checkFieldsFilled = (
  ctx: RuleContext<unknown>,
  fields: readonly FieldKey[],
  severity: 'error' | 'warn' = 'error',
): Outcome | null => {
  if (!ctx.page || !fields.some((key) => FIELDS[key].page === ctx.page!.kind || ctx.field(key))) return null;
  if (!ctx.page.ready) return { state: 'info', message: 'Waiting for the record to load…' };
  const empty: string[] = [];
  const unreadable: string[] = [];
  const details: ItemDetail[] = [];
  for (const key of fields) {
    const read = ctx.field(key);
    if (!read) continue;
    if (read.status === 'missing') {
      unreadable.push(read.label);
      details.push({ key, text: `Can't read "${read.label}" on this page`, state: 'warn' });
    } else if (isEmptyValue(read.value)) {
      empty.push(read.label);
      details.push({ key, text: `${read.label} is empty`, state: severity });
    } else {
      details.push({ key, text: `${read.label} is filled`, state: 'done' });
    }
  }
  if (empty.length) return { state: severity, message: `Fill ${joinLabels(empty)}.`, details };
  if (unreadable.length)
    return { state: 'warn', message: `Can't read ${joinLabels(unreadable)}: check the label in settings.`, details };
  return { state: 'done', message: 'All filled.', details };
};

export const joinLabels = (labels: readonly string[]): string => {
  const quoted = labels.map((l) => `"${l}"`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
};
