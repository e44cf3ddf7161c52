import { z } from 'zod';
import { escalationCallDeadline, formatInstant, instantMs, isInstant, withinHours } from '../../dates';
import type { FieldKey } from '../../facts/fields';
import { normalizeInitials, validateEscalationText } from '../../formats';
import { valueOf } from '../../profile/read';
import { learnHint } from '../learn-hint';
import type { Evaluator, ItemAction, ItemDetail } from '../types';
import { fieldKeySchema, liveFacts, okText, paramsSchema, q, read, sameText, showDate, WAITING } from './account-creation-read';
import { caseOfRecordType, isCancellation } from './escalation-case';
import { escalationWorkCase } from './escalation-work-case';
import { checkFieldsFilled, joinLabels } from './generic';

// MT-CS-020 "Cancellation Requests" / MT-CS-005: the Escalations case. Record type and the
// cancellation markers are playbook params.

const recordType = z.string().min(1);
const cancellation = z.array(z.string().min(1)).min(1);
const SHAPE = 'MM/DD/YY_Initials:Action';

const triggersParams = paramsSchema(z.object({}).strict());

/** ESC-TRIGGERS: the seven signals are the entry's steps; this says whether the account is already escalated. */
const triggers: Evaluator<z.output<typeof triggersParams>> = {
  params: triggersParams,
  evaluate: (ctx) =>
    ctx.progress.branch?.value === 'escalation'
      ? { state: 'info', message: `This account is in the Escalation branch since ${showDate(ctx.progress.branch.since)}: work the escalation case.` }
      : { state: 'info', message: 'Is this an escalation? One or more of the signals below makes it one: create an escalation case.' },
};

const subjectParams = paramsSchema(
  z
    .object({
      recordType,
      cancellation,
      /** The cancellation subject the fill writes; `{account}` is replaced by the account name. */
      subject: z.string().includes('{account}', { message: 'must contain {account}' }),
      /** Other spellings that are just as right ("Cancellation Request - {account}"). */
      alsoAccepted: z.array(z.string().includes('{account}', { message: 'must contain {account}' })).default([]),
    })
    .strict(),
);

/** The part of a subject template before `{account}`, squashed for comparison ("cancelation request -"). */
const prefixOf = (template: string): string => template.slice(0, template.indexOf('{account}')).trim().replace(/\s+/g, ' ').toLowerCase();

/** ESC-SUBJECT: a cancellation's subject is `Cancelation Request - <Account name>` (seed spelling). */
const subject: Evaluator<z.output<typeof subjectParams>> = {
  params: subjectParams,
  needs: ['accountName'],
  evaluate: (ctx) => {
    if (!caseOfRecordType(ctx, ctx.params.recordType)) return null;
    const field = read(ctx, 'case.subject');
    if (field.status === 'absent') return null;
    if (!ctx.page!.ready) return WAITING;
    if (field.status === 'missing') return { state: 'warn', message: `Can't read ${q(field.label)} on this page: check the label in settings.` };
    const typed = okText(field);
    if (!isCancellation(ctx, ctx.params.cancellation))
      return typed
        ? { state: 'done', message: `${q(field.label)}: ${typed}.` }
        : { state: 'todo', message: `Add the ${q(field.label)} pertaining to the case.` };
    const account = okText(read(ctx, 'case.account')) ?? valueOf(liveFacts(ctx), 'accountName');
    if (!account)
      return {
        state: 'info',
        message: `A cancellation's ${q(field.label)} is "${ctx.params.subject.replace('{account}', '<Account name>')}". ${learnHint(['accountName'])}`,
      };
    const templates = [ctx.params.subject, ...ctx.params.alsoAccepted];
    const right = templates.map((t) => t.replace('{account}', account));
    if (typed && right.some((r) => sameText(typed, r))) return { state: 'done', message: `${q(field.label)} is "${typed}".` };
    // Keep the CSM's spelling when the subject starts like one of the accepted ones: only the
    // account part is wrong, so never rewrite a right "Cancellation" into the seed's "Cancelation".
    const typedPrefix = typed ? typed.trim().replace(/\s+/g, ' ').toLowerCase() : '';
    const template = templates.find((t) => prefixOf(t) && typedPrefix.startsWith(prefixOf(t))) ?? ctx.params.subject;
    const expected = template.replace('{account}', account);
    const actions: ItemAction[] = field.editable
      ? [{ type: 'fill', verb: 'fill-subject', label: `Use "${expected}"`, field: 'case.subject', value: expected, mode: 'set' }]
      : [];
    return typed
      ? { state: 'warn', message: `For a cancellation, ${q(field.label)} should be "${expected}", not "${typed}".`, actions }
      : { state: 'error', message: `${q(field.label)} is empty: for a cancellation it is "${expected}".`, actions };
  },
};

const formatParams = paramsSchema(
  z.object({ recordType, fields: z.array(fieldKeySchema).min(1) }).strict(),
);

/** ESC-DESCRIPTION-FORMAT: every line of Description and Escalation Directives is an entry; new ones come pre-dated. */
const descriptionFormat: Evaluator<z.output<typeof formatParams>> = {
  params: formatParams,
  evaluate: (ctx) => {
    if (!caseOfRecordType(ctx, ctx.params.recordType)) return null;
    if (!ctx.params.fields.some((key) => read(ctx, key).status !== 'absent')) return null;
    if (!ctx.page!.ready) return WAITING;
    const initials = normalizeInitials(ctx.settings.initials);
    const details: ItemDetail[] = [];
    const actions: ItemAction[] = [];
    const bad: string[] = [];
    const empty: string[] = [];
    const unreadable: string[] = [];
    for (const key of ctx.params.fields) {
      const field = read(ctx, key);
      if (field.status === 'absent') continue;
      if (field.status === 'missing') {
        unreadable.push(field.label);
        details.push({ key, text: `Can't read ${q(field.label)} on this page`, state: 'warn' });
        continue;
      }
      if (initials && field.editable)
        actions.push({ type: 'escalation-entry', verb: 'fill-escalation-entry', label: `New ${field.label} entry`, field: key as FieldKey, date: ctx.today, initials });
      if (field.status === 'empty') {
        empty.push(field.label);
        details.push({ key, text: `${q(field.label)} has no entry yet (${SHAPE})`, state: 'todo' });
        continue;
      }
      const check = validateEscalationText(okText(field)!);
      if (check.firstError) {
        const { line, reason, text } = check.firstError;
        bad.push(`${field.label} line ${line}: ${reason} ("${text.trim()}")`);
        details.push({ key, text: `${field.label} line ${line}: ${reason}`, state: 'error' });
      } else {
        const n = check.entries.length;
        details.push({ key, text: `${q(field.label)}: ${n} entr${n === 1 ? 'y' : 'ies'}, each ${SHAPE}`, state: 'done' });
      }
    }
    const base = { details, actions };
    if (bad.length) return { ...base, state: 'error', message: `${bad.join('; ')}. Write each line as ${SHAPE}.` };
    if (unreadable.length) return { ...base, state: 'warn', message: `Can't read ${joinLabels(unreadable)}: check the label in settings.` };
    if (!initials)
      return {
        ...base,
        state: 'info',
        message: ctx.settings.initials.trim()
          ? `Your initials in settings ("${ctx.settings.initials}") must be 1 to 4 letters to write ${SHAPE} entries.`
          : `Set your initials in CSM Guide's settings to add ${SHAPE} entries here.`,
      };
    if (empty.length) return { ...base, state: 'todo', message: `Add an entry to ${joinLabels(empty)} as ${SHAPE}.` };
    return { ...base, state: 'done', message: `Every line reads ${SHAPE}.` };
  },
};

const requiredParams = paramsSchema(
  z.object({ recordType, fields: z.array(fieldKeySchema).min(1), severity: z.enum(['error', 'warn']).default('error') }).strict(),
);

/** ESC-REQUIRED-FIELDS: on an Escalations case, each listed field set before Save. */
const requiredFields: Evaluator<z.output<typeof requiredParams>> = {
  params: requiredParams,
  evaluate: (ctx) =>
    caseOfRecordType(ctx, ctx.params.recordType) ? checkFieldsFilled(ctx, ctx.params.fields, ctx.params.severity) : null,
};

const callParams = paramsSchema(z.object({ recordType, cancellation }).strict());

/** ESC-CALL-24H: "Call Scheduled For" within 24 elapsed hours of the case's creation. */
const call24h: Evaluator<z.output<typeof callParams>> = {
  params: callParams,
  evaluate: (ctx) => {
    if (!caseOfRecordType(ctx, ctx.params.recordType)) return null;
    const scheduled = read(ctx, 'case.callScheduledFor');
    if (scheduled.status === 'absent') return null;
    if (!ctx.page!.ready) return WAITING;
    const zone = ctx.settings.timeZone;
    const tl = isCancellation(ctx, ctx.params.cancellation) ? ' This is a cancellation request: the CSM TL contacts the customer.' : '';
    const opened = read(ctx, 'case.opened');
    const openedAt = okText(opened);
    if (opened.status === 'missing' || scheduled.status === 'missing') {
      const label = opened.status === 'missing' ? opened.label : (scheduled as { label: string }).label;
      return { state: 'warn', message: `Can't read ${q(label)} on this page: check the label in settings.` };
    }
    if (!openedAt || !isInstant(openedAt))
      return { state: 'info', message: `The 24 hours count from the case's creation, which this page does not show.${tl}` };
    const deadline = escalationCallDeadline(openedAt);
    const by = formatInstant(deadline, zone);
    const when = okText(scheduled);
    if (!when) {
      return instantMs(ctx.now) > instantMs(deadline)
        ? { state: 'error', due: deadline, message: `${q(scheduled.label)} is empty and the 24 hours since the case was created ran out ${by}.${tl}` }
        : { state: 'warn', due: deadline, message: `Schedule the call with the client and the CSM lead, and enter ${q(scheduled.label)}, by ${by}.${tl}` };
    }
    if (!isInstant(when)) return { state: 'warn', message: `Can't read ${q(scheduled.label)} "${when}" as a date and time.` };
    if (withinHours(openedAt, when, 24))
      return { state: 'done', message: `${q(scheduled.label)} ${formatInstant(when, zone)} is within 24 hours of the case's creation.${tl}` };
    return instantMs(when) < instantMs(openedAt)
      ? { state: 'warn', message: `${q(scheduled.label)} ${formatInstant(when, zone)} is before the case was created (${formatInstant(openedAt, zone)}).` }
      : { state: 'error', message: `${q(scheduled.label)} ${formatInstant(when, zone)} is later than 24 hours after the case was created (by ${by}).${tl}` };
  },
};

/** Evaluators for the escalation rules, keyed by the name a playbook entry's `check.evaluator` uses. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const evaluators: Record<string, Evaluator<any>> = {
  'ESC-TRIGGERS': triggers,
  'ESC-SUBJECT': subject,
  'ESC-DESCRIPTION-FORMAT': descriptionFormat,
  'ESC-REQUIRED-FIELDS': requiredFields,
  'ESC-CALL-24H': call24h,
  'ESC-WORK-CASE': escalationWorkCase,
};
