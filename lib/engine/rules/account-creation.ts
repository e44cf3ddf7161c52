import { z } from 'zod';
import type { FieldKey } from '../../facts/fields';
import type { FieldValue } from '../../facts/page-facts';
import { PRODUCTS, SERVICE_LEVELS, type Product } from '../../model/vocab';
import { valueOf } from '../../profile/read';
import { FACT_NAMES, type ProfileFactKey } from '../../profile/schema';
import { learnHint } from '../learn-hint';
import type { Evaluator, ItemDetail, Outcome } from '../types';
import { fieldKeySchema, liveFacts, okText, paramsSchema, q, read, sameText, showDate, textOf, WAITING } from './account-creation-read';
import { adminEmailTaken, billingStart, presignupFields } from './account-creation-presignup';
import { checkFieldsFilled, joinLabels } from './generic';

/** CSO-SERVICE-LEVEL: the Opportunity's service level is one of the SOP's three tiers. */
const serviceLevel: Evaluator<Record<string, never>> = {
  params: paramsSchema(z.object({}).strict()) as unknown as z.ZodType<Record<string, never>>,
  evaluate: (ctx) => {
    const field = read(ctx, 'opp.serviceLevel');
    if (field.status === 'absent') return null;
    if (!ctx.page!.ready) return WAITING;
    const tiers = SERVICE_LEVELS.join(', ');
    if (field.status === 'missing')
      return { state: 'warn', message: `Can't read ${q(field.label)} on this page: check the label in settings.` };
    if (field.status === 'empty')
      return { state: 'error', message: `${q(field.label)} is empty: select the contract's tier (${tiers}).` };
    const value = okText(field)!;
    return SERVICE_LEVELS.some((tier) => sameText(tier, value))
      ? { state: 'done', message: `${q(field.label)} is ${value}.` }
      : { state: 'error', message: `${q(field.label)} is "${value}": it must be ${tiers}, as in the contract.` };
  },
};

const accountFieldsParams = paramsSchema(
  z.object({ fields: z.array(fieldKeySchema).min(1), severity: z.enum(['error', 'warn']).default('error') }).strict(),
);

/**
 * CSO-ACCOUNT-CSM-FIELDS: the fields are read from the page; "checked who is OOO before
 * assigning" only the CSM knows, so it is the item's manual tick. Done needs both.
 */
const accountCsmFields: Evaluator<z.output<typeof accountFieldsParams>> = {
  params: accountFieldsParams,
  evaluate: (ctx) => {
    const fields = checkFieldsFilled(ctx, ctx.params.fields, ctx.params.severity);
    if (!fields || (fields.state === 'info' && ctx.page && !ctx.page.ready)) return fields;
    const ooo = ctx.manual?.done === true;
    const details: ItemDetail[] = [
      ...(fields.details ?? []),
      {
        key: 'ooo',
        text: ooo ? `Checked who is OOO or unavailable before assigning (${ctx.manual!.by || 'you'})` : 'Check who is OOO or unavailable before assigning, then tick this item',
        state: ooo ? 'done' : 'todo',
      },
    ];
    const actions = [{ type: 'toggle-done', verb: 'toggle-done', label: ooo ? 'Undo OOO check' : 'Checked who is OOO' } as const];
    if (fields.state !== 'done') return { ...fields, details, actions };
    return ooo
      ? { state: 'done', message: 'All filled, and who is OOO was checked before assigning.', details, actions }
      : { state: 'todo', message: 'All filled. Confirm you checked who is OOO or unavailable before assigning the CSM.', details, actions };
  },
};

const onboardingParams = paramsSchema(
  z
    .object({
      /** Which checkbox on the Customer Onboarding record stands for which product. */
      productBoxes: z.array(z.object({ product: z.enum(PRODUCTS), field: fieldKeySchema }).strict()).min(1),
    })
    .strict(),
);

/** CSO-ONBOARDING-OBJECT: name, product boxes, email sent date and the "send" box, each flagged by its label. */
const onboardingObject: Evaluator<z.output<typeof onboardingParams>> = {
  params: onboardingParams,
  needs: ['opportunityName', 'products'],
  evaluate: (ctx) => {
    if (ctx.page?.kind !== 'sf.onboarding') return null;
    if (!ctx.page.ready) return WAITING;
    const facts = liveFacts(ctx);
    const details: ItemDetail[] = [];
    const wrong: string[] = [];
    const unreadable: string[] = [];
    const unknown: ProfileFactKey[] = [];
    const flag = (key: string, label: string, text: string) => {
      wrong.push(label);
      details.push({ key, text, state: 'error' });
    };
    const check = (key: FieldKey, ok: (label: string, value: FieldValue) => void, empty: (label: string) => void) => {
      const field = read(ctx, key);
      if (field.status === 'absent') return;
      if (field.status === 'missing') {
        unreadable.push(field.label);
        details.push({ key, text: `Can't read ${q(field.label)} on this page`, state: 'warn' });
      } else if (field.status === 'empty') empty(field.label);
      else ok(field.label, field.value);
    };

    const opportunityName = valueOf(facts, 'opportunityName');
    check(
      'ob.name',
      (label, value) => {
        const name = textOf(value);
        if (opportunityName === undefined) {
          unknown.push('opportunityName');
          details.push({ key: 'ob.name', text: `${q(label)} is "${name}"; can't compare it with the ${FACT_NAMES.opportunityName} yet`, state: 'info' });
        } else if (!sameText(name, opportunityName)) {
          flag('ob.name', label, `${q(label)} is "${name}" but must equal the ${FACT_NAMES.opportunityName} "${opportunityName}"`);
        } else details.push({ key: 'ob.name', text: `${q(label)} equals the ${FACT_NAMES.opportunityName}`, state: 'done' });
      },
      (label) =>
        flag('ob.name', label, `${q(label)} is empty: paste the ${FACT_NAMES.opportunityName}${opportunityName ? ` "${opportunityName}"` : ''}`),
    );

    const products = valueOf(facts, 'products');
    if (products === undefined) unknown.push('products');
    for (const { product, field } of ctx.params.productBoxes) {
      const box = (label: string, checked: boolean) => {
        if (products === undefined) {
          details.push({ key: field, text: `${q(label)} is ${checked ? 'checked' : 'not checked'}; can't compare it with the ${FACT_NAMES.products} yet`, state: 'info' });
          return;
        }
        const bought = products.includes(product as Product);
        if (checked === bought) details.push({ key: field, text: `${q(label)} ${checked ? 'checked' : 'not checked'}, as bought`, state: 'done' });
        else
          flag(field, label, checked ? `${q(label)} is checked but ${product} was not bought: uncheck it` : `${q(label)} is not checked but ${product} was bought: check it`);
      };
      check(field, (label, value) => box(label, value === true), (label) => box(label, false));
    }

    check(
      'ob.emailSentDate',
      (label, value) => details.push({ key: 'ob.emailSentDate', text: `${q(label)}: ${showDate(textOf(value))}`, state: 'done' }),
      (label) => flag('ob.emailSentDate', label, `${q(label)} is empty: enter the current date`),
    );
    check(
      'ob.sendEmail',
      (label, value) =>
        value === true
          ? details.push({ key: 'ob.sendEmail', text: `${q(label)} is checked`, state: 'done' })
          : flag('ob.sendEmail', label, `${q(label)} is not checked: check it to send the welcome email`),
      (label) => flag('ob.sendEmail', label, `${q(label)} is not checked: check it to send the welcome email`),
    );

    let outcome: Outcome;
    if (wrong.length) outcome = { state: 'error', message: `Fix ${joinLabels(wrong)}.` };
    else if (unreadable.length) outcome = { state: 'warn', message: `Can't read ${joinLabels(unreadable)}: check the label in settings.` };
    else if (unknown.length) outcome = { state: 'info', message: `The rest is set. ${learnHint(unknown)}` };
    else outcome = { state: 'done', message: 'Name, products, email sent date and the send box are all set.' };
    return { ...outcome, details };
  },
};

/** Evaluators for the account-creation rules, keyed by the name a playbook entry's `check.evaluator` uses. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const evaluators: Record<string, Evaluator<any>> = {
  'CSO-SERVICE-LEVEL': serviceLevel,
  'CSO-ACCOUNT-CSM-FIELDS': accountCsmFields,
  'CSO-PRESIGNUP-FIELDS': presignupFields,
  'CSO-BILLING-START': billingStart,
  'CSO-ADMIN-EMAIL-TAKEN': adminEmailTaken,
  'CSO-ONBOARDING-OBJECT': onboardingObject,
};
