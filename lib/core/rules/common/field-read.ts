import { formatDate, isIsoDate } from '../../dates';
import type { Outcome, RuleContext } from '../../engine/types';
import { type FieldKey, isFieldKey } from '../../facts/fields';
import type { FieldValue } from '../../facts/page-facts';
import { profileFactsFromPage } from '../../profile/from-page';
import { mergeFacts } from '../../profile/merge';
import type { ProfileFacts } from '../../profile/schema';
import { z } from '../../zod';

// Field-reading helpers shared by the account-creation, classification, unresponsive and
// escalation evaluators. They only ever name a field by the label the adapter reported.

/** A zod schema typed by its output, as `Evaluator.params` wants (defaults make input ≠ output). */
export const paramsSchema = <S extends z.ZodMiniType>(schema: S) => schema as unknown as z.ZodMiniType<z.output<S>>;

export const fieldKeySchema = z.string().check(z.refine(isFieldKey, { message: 'unknown field key' })) as unknown as z.ZodMiniType<FieldKey>;

/** One page field as a rule sees it: not on this page, on it but unreadable, empty, or a value. */
export type Read =
  | { status: 'absent' }
  | { status: 'missing'; label: string }
  | { status: 'empty'; label: string; editable: boolean }
  | { status: 'ok'; label: string; value: FieldValue; editable: boolean };

const blank = (value: FieldValue | null): boolean =>
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && value.name.trim() === '');

/** Unlike `isEmptyValue`, an unchecked checkbox is a value (`false`), not "empty". */
export const read = (ctx: RuleContext<unknown>, key: FieldKey): Read => {
  const field = ctx.field(key);
  if (!field) return { status: 'absent' };
  if (field.status === 'missing') return { status: 'missing', label: field.label };
  const editable = field.editable !== false;
  return blank(field.value)
    ? { status: 'empty', label: field.label, editable }
    : { status: 'ok', label: field.label, value: field.value!, editable };
};

/** The label a read carries, or a fallback (a profile fact's name) when the page lacks the field. */
export const labelOf = (r: Read, fallback: string): string => (r.status === 'absent' ? fallback : r.label);

/** A field value as text: lookups by name, multi-selects joined as Lightning shows them. */
export const textOf = (value: FieldValue): string => {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'checked' : 'not checked';
  if (Array.isArray(value)) return value.join('; ');
  return value.name.trim();
};

export const okText = (r: Read): string | null => (r.status === 'ok' ? textOf(r.value) : null);

const squash = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** Same words, ignoring case and spacing (names typed or pasted by hand). */
export const sameText = (a: string, b: string): boolean => squash(a) === squash(b);

/** Playbook-given markers ("Escalations", "Cancel") found in a value, ignoring case. */
export const mentionsAny = (text: string | null, markers: readonly string[]): boolean =>
  text !== null && markers.some((m) => squash(text).includes(squash(m)));

/** Playbook-given values (statuses) equal to a value, ignoring case and spacing. */
export const equalsAny = (text: string | null, values: readonly string[]): boolean =>
  text !== null && values.some((v) => sameText(text, v));

/**
 * The profile with this page's own values on top. The engine gets the stored profile; the page
 * being looked at is the freshest source, so a fact it shows must not lag one render behind.
 */
export const liveFacts = (ctx: RuleContext<unknown>): ProfileFacts =>
  ctx.page ? mergeFacts(ctx.facts, profileFactsFromPage(ctx.page, ctx.now)) : ctx.facts;

export const WAITING: Outcome = { state: 'info', message: 'Waiting for the record to load…' };

/** `"Label"`, the way every message quotes a field. */
export const q = (label: string): string => `"${label}"`;

/** A `YYYY-MM-DD` value as "Nov 27, 2026"; anything else as it came (never throws on odd input). */
export const showDate = (date: string): string => (isIsoDate(date) ? formatDate(date) : date);
