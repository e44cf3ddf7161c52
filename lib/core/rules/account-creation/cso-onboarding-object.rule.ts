import { learnHint } from '../../engine/learn-hint';
import type { ItemDetail, Outcome } from '../../engine/types';
import type { FieldKey } from '../../facts/fields';
import type { FieldValue } from '../../facts/page-facts';
import { type Product, PRODUCTS } from '../../model/vocab';
import { valueOf } from '../../profile/read';
import { FACT_NAMES, type ProfileFactKey } from '../../profile/schema';
import { defineRule } from '../define';
import { joinLabels } from '../generic';
import { fieldKeySchema, liveFacts, paramsSchema, q, read, sameText, showDate, textOf, WAITING } from '../common/field-read';
import { z } from '../../zod';

const onboardingParams = paramsSchema(
  z.strictObject({
    /** Which checkbox on the Customer Onboarding record stands for which product. */
    productBoxes: z.array(z.strictObject({ product: z.enum(PRODUCTS), field: fieldKeySchema })).check(z.minLength(1)),
  }),
);

/** CSO-ONBOARDING-OBJECT: name, product boxes, email sent date and the "send" box, each flagged by its label. */
export default defineRule({
  id: 'CSO-ONBOARDING-OBJECT',
  sop: 'MT-CS-001',
  title: 'Customer Onboarding object',
  where: ['sf.onboarding'],
  stage: 'account-creation',
  role: 'cs-ops',
  help: 'Copy the opportunity name and paste it into the Customer Onboarding name. Check the boxes with the products owned. Enter the Onboarding email sent date to your current date. Check the Send Onboarding email box (this sends the welcome email to the customer).',
  steps: ['Name = the opportunity name', 'Product boxes = the products owned', 'Onboarding email sent date = today', 'Send Onboarding email checked'],
  note: 'MT-CS-001: "Copy the opportunity name and paste it into the Customer Onboarding name", "Check the boxes with the products owned", "Enter the Onboarding email sent date to your current date." and "Check the Send Onboarding email box". Each mismatch is flagged by name.',
  order: 150,
  defaults: {
        productBoxes: [
          { product: 'Learning', field: 'ob.learning' },
          { product: 'Compliance', field: 'ob.compliance' },
          { product: 'Credentialing Software', field: 'ob.credentialingSoftware' },
          { product: 'Exclusions', field: 'ob.exclusions' },
        ],
      },
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
});
