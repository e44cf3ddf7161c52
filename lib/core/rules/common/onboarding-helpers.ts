import { formatDate } from '../../dates';
import { learnHint as learn } from '../../engine/learn-hint';
import type { Outcome, RuleContext } from '../../engine/types';
import type { FieldKey } from '../../facts/fields';
import type { ComposeFacts, FieldRead } from '../../facts/page-facts';
import { PAGE_NAMES } from '../../model/page-kind';
import { type ItemState, type Segment, SEGMENTS, type Subtype, SUBTYPES } from '../../model/vocab';
import { valueOf } from '../../profile/read';
import { FACT_NAMES, type ProfileFactKey } from '../../profile/schema';
import { liveFacts } from './field-read';
import { z } from '../../zod';

/** Helpers shared by the onboarding, Digital, training and SMB rules. */
export { learnHint as learn } from '../../engine/learn-hint';

/**
 * `info` for a fact nobody has read yet (naming the page that teaches it), or one that was read
 * empty (naming where). `text` says what waits for the fact.
 */
export const unknownFact = (ctx: RuleContext<unknown>, key: ProfileFactKey, text: string): Outcome => {
  const fact = ctx.fact(key);
  if (fact.known)
    return { state: 'info', message: `${text} The ${FACT_NAMES[key]} is empty on ${PAGE_NAMES[fact.source.kind]}.` };
  return { state: 'info', message: `${text} ${learn([key])}` };
};

/** The checklist button of a hand-checked step (same shape as manualOutcome's). */
export const toggleAction = (done: boolean) =>
  ({ type: 'toggle-done', verb: 'toggle-done', label: done ? 'Undo' : 'Mark done' }) as const;

/**
 * "the admin (Jane Doe)" where the page shows the primary contact (the Opportunity): profiles keep
 * no contact names, so elsewhere it is "the admin".
 */
export const theAdmin = (ctx: RuleContext<unknown>): string => {
  const name = valueOf(liveFacts(ctx), 'primaryContactName');
  return name ? `the admin (${name})` : 'the admin';
};

/** "Nov 27, 2026" */
export const day = (date: string): string => formatDate(date, 'short');

/** "A, B and C" */
export const andList = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

const SEVERITY: Record<ItemState, number> = { error: 5, warn: 4, todo: 3, info: 2, done: 1, na: 0 };

/** The most pressing state among details (error > warn > todo > info > done > na). */
export const worst = (states: readonly ItemState[], fallback: ItemState = 'done'): ItemState =>
  states.reduce((a, b) => (SEVERITY[b] > SEVERITY[a] ? b : a), fallback);

/** A date field read on this page: its value, empty, or unreadable (with the label looked for). */
export type DateRead =
  | { kind: 'absent' }
  | { kind: 'missing'; label: string }
  | { kind: 'empty'; label: string }
  | { kind: 'value'; label: string; date: string };

export const readDate = (ctx: RuleContext<unknown>, key: FieldKey): DateRead => {
  const read: FieldRead | undefined = ctx.field(key);
  if (!read) return { kind: 'absent' };
  if (read.status === 'missing') return { kind: 'missing', label: read.label };
  if (typeof read.value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(read.value))
    return { kind: 'value', label: read.label, date: read.value.slice(0, 10) };
  return { kind: 'empty', label: read.label };
};

/** True when the adapter could not read this part of the compose (the rule then says so). */
export const unreadablePart = (compose: ComposeFacts, part: ComposeFacts['unreadable'][number]): boolean =>
  compose.unreadable.includes(part);

/**
 * Who owes a call step, as a playbook param (`params.calls`) with the rule's shipped duty as its
 * default: the seeds leave room to read it differently, so CS Ops can change it without a build.
 */
export const callDutySchema = (shipped: { segments: Segment[]; subtypes: Subtype[]; except?: Subtype[] }) =>
  z.prefault(z.strictObject({
    segments: z._default(z.array(z.enum(SEGMENTS)).check(z.minLength(1)), shipped.segments),
    subtypes: z._default(z.array(z.enum(SUBTYPES)), shipped.subtypes),
    except: z._default(z.array(z.enum(SUBTYPES)), shipped.except ?? []),
  }), {});

/** Whether the CSM put the account in the Unresponsive branch (MT-CS-020 "Unresponsive Accounts"). */
export const isUnresponsive = (ctx: RuleContext<unknown>): boolean => ctx.progress.branch?.value === 'unresponsive';
