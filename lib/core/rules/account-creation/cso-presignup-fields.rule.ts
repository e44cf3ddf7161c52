import { learnHint } from '../../engine/learn-hint';
import type { ItemDetail, Outcome, RuleContext } from '../../engine/types';
import type { FieldKey } from '../../facts/fields';
import { sameSalesforceId, validateSalesforceId } from '../../formats';
import { PAGE_NAMES } from '../../model/page-kind';
import { PRESIGNUP_PAGES } from '../../model/served-pages';
import { valueOf } from '../../profile/read';
import { FACT_NAMES, type ProfileFactKey } from '../../profile/schema';
import { defineRule } from '../define';
import { matchContactEmail } from './contact-email';
import { joinLabels } from '../generic';
import { fieldKeySchema, liveFacts, paramsSchema, q, read, sameText, textOf, WAITING } from '../common/field-read';
import { z } from '../../zod';

// The MedTrainer pre-signup form (MT-CS-001): its fields, the billing start calculator and the
// taken-admin-email helper. The form shows no Salesforce record, so comparisons use the profile.

const presignupParams = paramsSchema(
  z.strictObject({
    form: z.array(
        z.strictObject({
          field: fieldKeySchema,
          /** The form field's name in the seed, for pages that do not show the form. */
          name: z.string().check(z.minLength(1)),
          /** Where its value comes from, in the seed's words. */
          from: z.string().check(z.minLength(1)),
          /** Salesforce fields holding that value, shown with their value when the page has them. */
          sources: z._default(z.array(fieldKeySchema), []),
        }),
      ).check(z.minLength(1)),
  }),
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
  // The SOP's own address for a taken one (name+1@domain, nameDONOTUSE@domain) is the contact's.
  const compareEmail = (label: string, value: string) => {
    const match = matchContactEmail(ctx, value);
    const contact = FACT_NAMES.primaryContactEmail;
    switch (match.kind) {
      case 'unknown':
        unknown.push('primaryContactEmailSha256');
        return note('signup.email', 'info', `${q(label)}: ${value} (${learnHint(['primaryContactEmailSha256'])})`);
      case 'same':
        return note('signup.email', 'done', `${q(label)}: ${value}, as in the ${contact}`);
      case 'sop':
        return note('signup.email', 'done', `${q(label)}: ${value}, the ${contact} with the SOP's ${match.mark} for an address already taken`);
      case 'other':
        return match.contact === null
          ? note('signup.email', 'warn', `${q(label)} is ${value} but the ${contact} on ${PAGE_NAMES['sf.opportunity']} is another address`, label)
          : note('signup.email', 'warn', `${q(label)} is ${value} but the ${contact} is ${match.contact}`, label);
    }
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
export default defineRule({
  id: 'CSO-PRESIGNUP-FIELDS',
  sop: 'MT-CS-001',
  title: 'Pre-signup form fields',
  where: ['mt.presignup', 'sf.opportunity'],
  stage: 'account-creation',
  role: 'cs-ops',
  help: 'Before creating the account, open the SF opportunity, the SF account, the contract and the main contact point. Copy the SF Account ID from the System Codes section of the main account into the Account ID field, then fill the form from the SF tabs: company name; the primary contact from the opportunity (first and last name, phone, email/username); user count and plan amount from the contract; location count estimated from the user count. All new accounts use Welcome2024! as the default password. Then click "Sign Up".',
  steps: [
      'Account ID: SF Account ID from the Account\'s System Codes',
      'Company Name: the company name in SF',
      'First Name, Last Name, Phone Number, Email Address / Username: the Opportunity\'s primary contact',
      'Password: Welcome2024!',
      'User Count and Plan Amount $: the contract',
      'Location Count: estimate from the user count',
    ],
  note: 'MT-CS-001: "Copy the SF Account ID and paste it on the MedTrainer Pre-Signup form and paste it on the Account ID field." and "Fill in the following fields with the information provided in the SF Tabs you opened (Account/Opp/Contract):". The Account ID is checked as a Salesforce ID (15 or 18 characters, 18-character checksum) and against the account the profile was read from. User count, company name and contact are compared with the profile when known. The email matches the primary contact also as the SOP writes a taken address ("add a +1 before the "@domain.com"", "adding a "DONOTUSE" before the "@domain.com""; a later +N too): that is never a different address. Billing start has its own item (CSO-BILLING-START).',
  order: 110,
  defaults: {
        form: [
          { field: 'signup.accountId', name: 'Account ID', from: 'the SF Account ID in the System Codes section of the main Account (Details tab)', sources: ['account.sfAccountId'] },
          { field: 'signup.companyName', name: 'Company Name', from: 'the company name in SF', sources: ['opp.account', 'account.name'] },
          { field: 'signup.firstName', name: 'First Name', from: 'the primary contact in the Opportunity', sources: ['opp.primaryContact'] },
          { field: 'signup.lastName', name: 'Last Name', from: 'the primary contact in the Opportunity', sources: ['opp.primaryContact'] },
          { field: 'signup.phone', name: 'Phone Number', from: 'the primary contact in the Opportunity' },
          { field: 'signup.email', name: 'Email Address / Username', from: 'the primary contact in the Opportunity', sources: ['opp.primaryContactEmail'] },
          { field: 'signup.userCount', name: 'User Count', from: 'the account contract', sources: ['opp.userCount'] },
          { field: 'signup.locationCount', name: 'Location Count', from: 'an estimate according to the user count' },
          { field: 'signup.planAmount', name: 'Plan Amount $', from: 'the account contract' },
        ],
      },
  params: presignupParams,
  evaluate: (ctx) => {
    if (!ctx.page) return null;
    if (!ctx.page.ready) return WAITING;
    return PRESIGNUP_PAGES && ctx.page.kind === 'mt.presignup' ? onForm(ctx) : onSalesforce(ctx);
  },
});
