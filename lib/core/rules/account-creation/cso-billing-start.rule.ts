import { billingStartDate, isIsoDate } from '../../dates';
import type { ItemAction } from '../../engine/types';
import { formatSfDateInput } from '../../formats';
import { PAGE_NAMES } from '../../model/page-kind';
import { valueOf } from '../../profile/read';
import { FACT_NAMES } from '../../profile/schema';
import { defineRule } from '../define';
import { liveFacts, okText, paramsSchema, q, read, showDate, WAITING } from '../common/field-read';
import { z } from '../../zod';

/**
 * CSO-BILLING-START: contract billing start + 15 calendar days (billingStartDate). The contract
 * date is the Opportunity's Billing Start Date: there it is shown and copied; the profile learns
 * it (contractBillingStart), so on the form the fill is offered once the Opportunity was opened
 * (see the playbook entry's note).
 */
export default defineRule({
  id: 'CSO-BILLING-START',
  sop: 'MT-CS-001',
  title: 'Billing start date',
  where: ['mt.presignup', 'sf.opportunity'],
  stage: 'account-creation',
  role: 'cs-ops',
  help: 'The contract shows a billing start date in the Payment Authorization Information page. When setting up the account, add 15 natural days to said date. If, however, the RSM has already established a future billing date, choose that one for the setup.',
  note: 'MT-CS-001: "The contract shows a billing start date in the Payment Authorization Information Page. When setting up the account, add 15 natural days to said date. If, however, the RSM has already established a future billing date, choose that one for the setup." The contract date is taken from the Opportunity\'s Billing Start Date, which the profile learns there (contract billing start). On the Opportunity the item shows the computed date (+15 calendar days) with a copy button; on the pre-signup form it offers "fill-billing-start" once the Opportunity was opened, and otherwise says to open it. Whether the RSM set a later future date cannot be read, so the help says to prefer it.',
  order: 120,
  params: paramsSchema(z.strictObject({})) as unknown as z.ZodMiniType<Record<string, never>>,
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
});
