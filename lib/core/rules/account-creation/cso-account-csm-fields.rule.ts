import type { ItemDetail } from '../../engine/types';
import { defineRule } from '../define';
import { checkFieldsFilled } from '../generic';
import { fieldKeySchema, paramsSchema } from '../common/field-read';
import { z } from '../../zod';

const accountFieldsParams = paramsSchema(
  z.strictObject({ fields: z.array(fieldKeySchema).check(z.minLength(1)), severity: z._default(z.enum(['error', 'warn']), 'error') }),
);

/**
 * CSO-ACCOUNT-CSM-FIELDS: the fields are read from the page; "checked who is OOO before
 * assigning" no page shows, so it is the item's manual tick. Done needs both. The OOO check is CS
 * Operations' step: a CSM sees it as information about who does it, never as their own to-do,
 * and the tick stays, so the lead's audit still counts it.
 */
export default defineRule({
  id: 'CSO-ACCOUNT-CSM-FIELDS',
  sop: 'MT-CS-001',
  title: 'CSM fields on the Account',
  where: ['sf.account'],
  stage: 'account-creation',
  role: 'cs-ops',
  help: 'In the account, enter the CSM and CSM TL in Customer Success Manager, Customer Success Manager Leader and CS Segmentation. Regardless of the situation, check who is OOO or unavailable before assigning the CSM. The account goes to the next CSM available according to their BOB MRR amount and how many accounts they currently have.',
  steps: ['CS Operations checks who is OOO or unavailable before assigning (tick this item)', 'Customer Success Manager', 'Customer Success Manager Leader', 'CS Segmentation'],
  note: 'MT-CS-001: "Regardless of the situation, it is important to check who is OOO or unavailable before assigning the CSM" (its "Assigning a CSM to the Account" step; "The CS Operations Department will step in to set up and assign all new accounts."). The OOO check is the manual part: the item is done only when the fields are filled and the item is ticked. Until then a CSM sees the check as information ("CS Operations does this"), never as their open to-do or a flag; an empty field is still flagged.',
  order: 90,
  defaults: { fields: ['account.csm', 'account.csmLeader', 'account.segmentation'], severity: 'error' },
  params: accountFieldsParams,
  evaluate: (ctx) => {
    const fields = checkFieldsFilled(ctx, ctx.params.fields, ctx.params.severity);
    if (!fields || (fields.state === 'info' && ctx.page && !ctx.page.ready)) return fields;
    const ooo = ctx.manual?.done === true;
    const details: ItemDetail[] = [
      ...(fields.details ?? []),
      {
        key: 'ooo',
        text: ooo
          ? `Checked who is OOO or unavailable before assigning (${ctx.manual!.by || 'you'})`
          : 'Check who is OOO or unavailable before assigning the CSM (CS Operations does this)',
        state: ooo ? 'done' : 'info',
      },
    ];
    const actions = [{ type: 'toggle-done', verb: 'toggle-done', label: ooo ? 'Undo OOO check' : 'CS Operations checked who is OOO' } as const];
    if (fields.state !== 'done') return { ...fields, details, actions };
    return ooo
      ? { state: 'done', message: 'All filled, and who is OOO was checked before assigning.', details, actions }
      : { state: 'info', message: 'All filled. Checking who is OOO or unavailable before assigning the CSM: CS Operations does this.', details, actions };
  },
});
