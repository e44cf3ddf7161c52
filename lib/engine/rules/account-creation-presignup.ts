import { z } from 'zod';
import { billingStartDate, isIsoDate } from '../../dates';
import type { FieldKey } from '../../facts/fields';
import { adminEmailOptions, formatSfDateInput, sameSalesforceId, validateSalesforceId } from '../../formats';
import { PAGE_NAMES } from '../../model/page-kind';
import { valueOf } from '../../profile/read';
import { emailHash } from '../../profile/stored-facts';
import { FACT_NAMES, type ProfileFactKey } from '../../profile/schema';
import { learnHint } from '../learn-hint';
import type { Evaluator, ItemAction, ItemDetail, Outcome, RuleContext } from '../types';
import { fieldKeySchema, liveFacts, okText, paramsSchema, q, read, sameText, showDate, textOf, WAITING } from './account-creation-read';
import { joinLabels } from './generic';

// The MedTrainer pre-signup form (MT-CS-001): its fields, the billing start calculator and the
// taken-admin-email helper. The form shows no Salesforce record, so comparisons use the profile.

const presignupParams = paramsSchema(
  z
    .object({
      form: z
        .array(
          z
            .object({
              field: fieldKeySchema,
              /** The form field's name in the seed, for pages that do not show the form. */
              name: z.string().min(1),
              /** Where its value comes from, in the seed's words. */
              from: z.string().min(1),
              /** Salesforce fields holding that value, shown with their value when the page has them. */
              sources: z.array(fieldKeySchema).default([]),
            })
            .strict(),
        )
        .min(1),
    })
    .strict(),
);
type PresignupParams = z.output<typeof presignupParams>;

/** Form fields checked against a profile fact when it is known (a mismatch is a warning naming both). */
const COMPARED: Partial<Record<FieldKey, ProfileFactKey>> = {
  'signup.companyName': 'accountName',
  'signup.userCount': 'userCount',
};

/**
 * The account's 18-character ID as the profile knows it: any fact read on the Salesforce Account
 * carries the Account's record ID; else the ID the page says it belongs to.
 */
const knownAccountId = (ctx: RuleContext<unknown>): string | null => {
  for (const fact of Object.values(ctx.facts)) {
    if (fact.known && fact.source.kind === 'sf.account' && fact.source.recordId) return fact.source.recordId;
  }
  return ctx.page?.accountId ?? null;
};

const onForm = (ctx: RuleContext<PresignupParams>): Outcome => {
  const facts = liveFacts(ctx);
  const details: ItemDetail[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  const unknown: ProfileFactKey[] = [];
  const note = (key: string, state: ItemDetail['state'], text: string, label?: string) => {
    details.push({ key, text, state });
    if (label && state === 'error') errors.push(label);
    if (label && state === 'warn') warnings.push(label);
  };
  const compare = (key: FieldKey, label: string, value: string, fact: ProfileFactKey) => {
    const known = valueOf(facts, fact);
    if (known === undefined) {
      unknown.push(fact);
      return note(key, 'info', `${q(label)}: ${value} (${learnHint([fact])})`);
    }
    const same = typeof known === 'number' ? Number(value) === known : sameText(value, String(known));
    if (same) note(key, 'done', `${q(label)}: ${value}, as in the ${FACT_NAMES[fact]}`);
    else note(key, 'warn', `${q(label)} is ${value} but the ${FACT_NAMES[fact]} is ${known}`, label);
  };

  // The primary contact's address as the page shows it, else as the profile keeps it (its SHA-256).
  const compareEmail = (label: string, value: string) => {
    const shown = valueOf(facts, 'primaryContactEmail');
    if (shown !== undefined) return compare('signup.email', label, value, 'primaryContactEmail');
    const hash = valueOf(facts, 'primaryContactEmailSha256');
    if (hash === undefined) {
      unknown.push('primaryContactEmailSha256');
      return note('signup.email', 'info', `${q(label)}: ${value} (${learnHint(['primaryContactEmailSha256'])})`);
    }
    if (emailHash(value) === hash) note('signup.email', 'done', `${q(label)}: ${value}, as in the ${FACT_NAMES.primaryContactEmail}`);
    else note('signup.email', 'warn', `${q(label)} is ${value} but the ${FACT_NAMES.primaryContactEmail} on ${PAGE_NAMES['sf.opportunity']} is another address`, label);
  };

  for (const { field, from } of ctx.params.form) {
    const r = read(ctx, field);
    if (r.status === 'absent') continue;
    if (r.status === 'missing') {
      note(field, 'warn', `Can't read ${q(r.label)} on this page`, r.label);
      continue;
    }
    if (r.status === 'empty') {
      note(field, 'error', `${q(r.label)} is empty: take it from ${from}`, r.label);
      continue;
    }
    const value = textOf(r.value);
    if (field === 'signup.accountId') {
      const id = validateSalesforceId(value);
      const known = knownAccountId(ctx);
      if (!id.ok) note(field, 'error', `${q(r.label)}: ${id.error}`, r.label);
      else if (known && !sameSalesforceId(id.id18, known))
        note(field, 'error', `${q(r.label)} ${value} is not this account's ID (${known}): copy it from ${from}`, r.label);
      else note(field, 'done', `${q(r.label)} ${value} is a valid Salesforce ID${known ? ' of this account' : ''}`);
    } else if (field === 'signup.email') compareEmail(r.label, value);
    else if (COMPARED[field]) compare(field, r.label, value, COMPARED[field]!);
    else note(field, 'done', `${q(r.label)}: ${value}`);
  }

  // The primary contact's name is one fact, split over two form fields. Profiles keep no contact
  // names (issue 14), so it is known only where a page shows it; the form points at the record.
  const first = read(ctx, 'signup.firstName');
  const last = read(ctx, 'signup.lastName');
  if (first.status === 'ok' && last.status === 'ok') {
    const typed = `${textOf(first.value)} ${textOf(last.value)}`;
    const contact = valueOf(facts, 'primaryContactName');
    const labels = `${q(first.label)} and ${q(last.label)}`;
    if (contact === undefined) {
      note('contact', 'info', `${labels}: ${typed} (check them against the Primary Contact on ${PAGE_NAMES['sf.opportunity']}; CSM Guide keeps no contact names)`);
    } else if (!sameText(typed, contact)) note('contact', 'warn', `${labels} say ${typed} but the ${FACT_NAMES.primaryContactName} is ${contact}`, first.label);
    else note('contact', 'done', `${labels} match the ${FACT_NAMES.primaryContactName}`);
  }

  if (errors.length) return { state: 'error', message: `Fill or fix ${joinLabels([...new Set(errors)])}.`, details };
  if (warnings.length) return { state: 'warn', message: `Check ${joinLabels([...new Set(warnings)])} against the account.`, details };
  return {
    state: 'done',
    message: unknown.length ? `All filled. ${learnHint([...new Set(unknown)])}` : 'All filled, and they match the account.',
    details,
  };
};

/** On a Salesforce page: where every form field comes from, with this page's values that feed it. */
const onSalesforce = (ctx: RuleContext<PresignupParams>): Outcome | null => {
  const details: ItemDetail[] = [];
  const gaps: string[] = [];
  for (const { field, name, from, sources } of ctx.params.form) {
    const here = sources.map((key) => read(ctx, key)).find((r) => r.status !== 'absent');
    if (!here) details.push({ key: field, text: `${name}: ${from}` });
    else if (here.status === 'ok') details.push({ key: field, text: `${name}: ${from} (${q(here.label)} here: ${textOf(here.value)})`, state: 'done' });
    else {
      gaps.push(here.label);
      const why = here.status === 'missing' ? `can't read ${q(here.label)}` : `${q(here.label)} is empty here`;
      details.push({ key: field, text: `${name}: ${from} (${why})`, state: 'warn' });
    }
  }
  const form = PAGE_NAMES['mt.presignup'];
  return gaps.length
    ? { state: 'warn', message: `${form} needs ${joinLabels(gaps)}, which ${gaps.length > 1 ? 'are' : 'is'} not filled or readable here.`, details }
    : { state: 'info', message: `What goes into ${form}, and where each value comes from:`, details };
};

/** CSO-PRESIGNUP-FIELDS: flags empty or wrong form fields; on Salesforce, lists each field's source. */
export const presignupFields: Evaluator<PresignupParams> = {
  params: presignupParams,
  evaluate: (ctx) => {
    if (!ctx.page) return null;
    if (!ctx.page.ready) return WAITING;
    return ctx.page.kind === 'mt.presignup' ? onForm(ctx) : onSalesforce(ctx);
  },
};

/**
 * CSO-BILLING-START: contract billing start + 15 calendar days (billingStartDate). The contract
 * date is the Opportunity's Billing Start Date: there it is shown and copied; the profile learns
 * it (contractBillingStart), so on the form the fill is offered once the Opportunity was opened
 * (see the playbook entry's note).
 */
export const billingStart: Evaluator<Record<string, never>> = {
  params: paramsSchema(z.object({}).strict()) as unknown as z.ZodType<Record<string, never>>,
  evaluate: (ctx) => {
    if (!ctx.page) return null;
    const contract = read(ctx, 'opp.billingStartDate');
    const form = read(ctx, 'signup.billingStartDate');
    if (contract.status === 'absent' && form.status === 'absent') return null;
    if (!ctx.page.ready) return WAITING;
    // Off the Opportunity, the profile remembers the date it showed (contractBillingStart).
    const contractDate = contract.status === 'absent' ? (valueOf(liveFacts(ctx), 'contractBillingStart') ?? null) : okText(contract);
    const computed = contractDate && isIsoDate(contractDate) ? billingStartDate(contractDate, null, ctx.today) : null;
    const contractLabel = contract.status === 'absent' ? '' : contract.label;
    const source = contract.status === 'absent' ? `the ${FACT_NAMES.contractBillingStart}` : q(contractLabel);
    const why = computed ? `${source} ${showDate(contractDate!)} on ${PAGE_NAMES['sf.opportunity']} + 15 calendar days` : '';
    const rsm = 'If the RSM already set a later future billing date, use that one instead.';

    if (form.status !== 'absent') {
      if (form.status === 'missing') return { state: 'warn', message: `Can't read ${q(form.label)} on this page: check the label in settings.` };
      const typed = okText(form);
      if (!computed) {
        const open = `Open ${PAGE_NAMES['sf.opportunity']} to compute it (contract billing start + 15 calendar days).`;
        return typed
          ? { state: 'info', message: `${q(form.label)} is ${showDate(typed)}; it can't be checked here. ${open}` }
          : { state: 'todo', message: `Fill ${q(form.label)}: the contract's billing start + 15 calendar days. ${open} ${rsm}` };
      }
      const fill: ItemAction = {
        type: 'fill',
        verb: 'fill-billing-start',
        label: `Fill ${showDate(computed.date)}`,
        field: 'signup.billingStartDate',
        value: computed.date,
        mode: 'set',
      };
      if (typed === computed.date) return { state: 'done', message: `${q(form.label)} is ${showDate(typed)} (${why}).` };
      return typed
        ? { state: 'warn', message: `${q(form.label)} is ${showDate(typed)} but ${why} is ${showDate(computed.date)}. ${rsm}`, actions: [fill] }
        : { state: 'todo', message: `Fill ${q(form.label)} with ${showDate(computed.date)} (${why}). ${rsm}`, actions: [fill] };
    }

    // The Opportunity: show the date to type into the form.
    if (contract.status === 'missing') return { state: 'warn', message: `Can't read ${q(contract.label)} on this page: check the label in settings.` };
    if (!computed)
      return {
        state: 'warn',
        message: `${q(contractLabel)} is ${contract.status === 'empty' ? 'empty' : `not a date (${contractDate})`}: take the billing start from the contract's Payment Authorization Information page and add 15 calendar days.`,
      };
    return {
      state: 'info',
      message: `Billing start for ${PAGE_NAMES['mt.presignup']}: ${showDate(computed.date)} (${why}). ${rsm}`,
      actions: [{ type: 'copy', verb: 'copy-text', label: `Copy ${showDate(computed.date)}`, text: formatSfDateInput(computed.date) }],
    };
  },
};

/** CSO-ADMIN-EMAIL-TAKEN: the seed's two ways out for a taken admin email, ready to copy. */
export const adminEmailTaken: Evaluator<Record<string, never>> = {
  params: paramsSchema(z.object({}).strict()) as unknown as z.ZodType<Record<string, never>>,
  evaluate: (ctx) => {
    const field = read(ctx, 'signup.email');
    if (field.status === 'absent') return null;
    if (!ctx.page!.ready) return WAITING;
    if (field.status === 'missing') return { state: 'warn', message: `Can't read ${q(field.label)} on this page: check the label in settings.` };
    const typed = okText(field);
    const contact = valueOf(liveFacts(ctx), 'primaryContactEmail');
    const email = typed ?? contact;
    if (!email)
      return { state: 'info', message: `Fill ${q(field.label)} first; if a demo or trial user already has it, this shows the two addresses to use.` };
    const options = adminEmailOptions(email);
    if (!options) return { state: 'info', message: `${q(field.label)} "${email}" is not one email address.` };
    const whose = typed ? q(field.label) : `the ${FACT_NAMES.primaryContactEmail}`;
    return {
      state: 'info',
      message: `If ${email} (${whose}) is taken by a demo or trial user: disable that user as ${options.doNotUse}, or, if that user is still valid or belongs to another active account, use ${options.plusOne} for the new super admin.`,
      details: [
        { key: 'doNotUse', text: `Old user, disabled: ${options.doNotUse}` },
        { key: 'plusOne', text: `New super admin, old user kept: ${options.plusOne}` },
      ],
      actions: [
        { type: 'copy', verb: 'copy-text', label: `Copy ${options.doNotUse}`, text: options.doNotUse },
        { type: 'copy', verb: 'copy-text', label: `Copy ${options.plusOne}`, text: options.plusOne },
        ...(field.editable
          ? [{ type: 'fill', verb: 'fill-admin-email', label: `Use ${options.plusOne} here`, field: 'signup.email', value: options.plusOne, mode: 'set' } as const]
          : []),
      ],
    };
  },
};
