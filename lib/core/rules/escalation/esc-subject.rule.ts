import { learnHint } from '../../engine/learn-hint';
import type { ItemAction } from '../../engine/types';
import { valueOf } from '../../profile/read';
import { defineRule } from '../define';
import { caseOfRecordType, isCancellation } from '../common/escalation-case';
import { liveFacts, okText, paramsSchema, q, read, sameText, WAITING } from '../common/field-read';
import { CANCELLATION, ESCALATIONS } from './escalation-defaults';
import { cancellation, recordType } from './escalation-shared';
import { z } from '../../zod';

const subjectParams = paramsSchema(
  z.strictObject({
    recordType,
    cancellation,
    /** The seed's example subject, shown and filled while the Subject is empty; `{account}` is replaced by the account name. */
    subject: z.string().check(z.includes('{account}', { message: 'must contain {account}' })),
    /** Other spellings that are just as right ("Cancellation Request - {account}"). */
    alsoAccepted: z._default(z.array(z.string().check(z.includes('{account}', { message: 'must contain {account}' }))), []),
  }),
);

const squash = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** The part of a subject template before `{account}`, squashed for comparison ("cancelation request -"). */
const prefixOf = (template: string): string => squash(template.slice(0, template.indexOf('{account}')));

/** The subject names the account: its name appears in it (ignoring case and spacing). */
const namesAccount = (subject: string, account: string): boolean => squash(subject).includes(squash(account));

/**
 * ESC-SUBJECT: while the Subject is empty, the seed's example with the account's real name, ready
 * to fill (the CSM types the Subject before the Reason, so this does not wait for one). Once typed,
 * a cancellation's subject is checked against the example's spellings; other wording that names
 * the account is the CSM's choice.
 */
export default defineRule({
  id: 'ESC-SUBJECT',
  sop: 'MT-CS-020',
  title: 'Escalation case subject',
  where: ['sf.case.new'],
  stage: 'escalation',
  help: 'Add the Subject pertaining to the case (for example: Cancelation Request - Account name). The account name populates automatically.',
  note: 'MT-CS-020 (Cancellation Requests, via MT-CS-005): "Add the Subject pertaining to the case (for example: Cancelation Request - Account name)". The form asks for the Subject before the reason, so while it is empty on any Escalations case this item shows that example with the account\'s real name and offers to fill it. The seed gives an example, not a rule: for a cancellation (reason or subject mentions "Cancel") the seed\'s spelling ("Cancelation", what the fill writes) and "Cancellation" (params.alsoAccepted) are both right and never rewritten into each other; other wording that names the account is the CSM\'s choice (information). A cancellation subject that names no account, or the wrong one, is a warning. The name comes from the form\'s Account lookup, else from the account the new Case was opened from (backgroundContext).',
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
    const account = okText(read(ctx, 'case.account')) ?? valueOf(liveFacts(ctx), 'accountName');
    const example = (template: string) => template.replace('{account}', account ?? '<Account name>');
    const fillWith = (value: string): ItemAction[] =>
      field.editable ? [{ type: 'fill', verb: 'fill-subject', label: `Use "${value}"`, field: 'case.subject', value, mode: 'set' }] : [];
    if (!typed) {
      const message = `Add the ${q(field.label)} pertaining to the case, for example "${example(ctx.params.subject)}".`;
      return account
        ? { state: 'todo', message, actions: fillWith(example(ctx.params.subject)) }
        : { state: 'info', message: `${message} ${learnHint(['accountName'])}` };
    }
    if (!isCancellation(ctx, ctx.params.cancellation)) return { state: 'done', message: `${q(field.label)}: ${typed}.` };
    if (!account)
      return {
        state: 'info',
        message: `The example for a cancellation's ${q(field.label)} is "${example(ctx.params.subject)}". ${learnHint(['accountName'])}`,
      };
    const templates = [ctx.params.subject, ...ctx.params.alsoAccepted];
    if (templates.some((t) => sameText(typed, example(t)))) return { state: 'done', message: `${q(field.label)} is "${typed}".` };
    if (namesAccount(typed, account))
      return {
        state: 'info',
        message: `${q(field.label)} "${typed}" names the account: your wording is fine (the SOP's example is "${example(ctx.params.subject)}").`,
      };
    // Keep the CSM's spelling when the subject starts like one of the accepted ones: only the
    // account part is wrong, so never rewrite a right "Cancellation" into the seed's "Cancelation".
    const typedPrefix = squash(typed);
    const template = templates.find((t) => prefixOf(t) && typedPrefix.startsWith(prefixOf(t))) ?? ctx.params.subject;
    const expected = example(template);
    return {
      state: 'warn',
      message: `For a cancellation, ${q(field.label)} should be "${expected}", not "${typed}".`,
      actions: fillWith(expected),
    };
  },
});
