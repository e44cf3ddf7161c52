import { learnHint } from '../../engine/learn-hint';
import type { Evaluator, ItemAction } from '../../engine/types';
import { valueOf } from '../../profile/read';
import { defineRule } from '../define';
import { caseOfRecordType, isCancellation } from '../shared/escalation-case';
import { liveFacts, okText, paramsSchema, q, read, sameText, WAITING } from '../shared/field-read';
import { CANCELLATION, ESCALATIONS } from './escalation-defaults';
import { cancellation, recordType } from './escalation-shared';
import { z } from 'zod';

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
export default defineRule({
  id: 'ESC-SUBJECT',
  sop: 'MT-CS-020',
  title: 'Escalation case subject',
  where: ['sf.case.new'],
  stage: 'escalation',
  help: 'Add the Subject pertaining to the case (for example: Cancelation Request - Account name). The account name populates automatically.',
  note: 'The seed gives the subject as an example ("for example: Cancelation Request - Account name"); for a cancellation (reason or subject mentions "Cancel") this item expects it with the account\'s real name, spelled as the seed does ("Cancelation", what the fill writes) or "Cancellation" (params.alsoAccepted): both are right, so neither is ever rewritten into the other. The name comes from the form\'s Account lookup, else from the account the new Case was opened from (backgroundContext).',
  order: 370,
  defaults: {
        recordType: ESCALATIONS,
        cancellation: CANCELLATION,
        subject: 'Cancelation Request - {account}',
        alsoAccepted: ['Cancellation Request - {account}'],
      },
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
});
