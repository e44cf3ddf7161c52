import type { Evaluator, ItemDetail } from '../../engine/types';
import { defineRule } from '../define';
import { checkFieldsFilled } from '../generic';
import { fieldKeySchema, paramsSchema } from '../shared/field-read';
import { z } from 'zod';

const accountFieldsParams = paramsSchema(
  z.object({ fields: z.array(fieldKeySchema).min(1), severity: z.enum(['error', 'warn']).default('error') }).strict(),
);

/**
 * CSO-ACCOUNT-CSM-FIELDS: the fields are read from the page; "checked who is OOO before
 * assigning" only the CSM knows, so it is the item's manual tick. Done needs both.
 */
export default defineRule({
  id: 'CSO-ACCOUNT-CSM-FIELDS',
  sop: 'MT-CS-001',
  title: 'CSM fields on the Account',
  where: ['sf.account'],
  stage: 'account-creation',
  role: 'cs-ops',
  help: 'In the account, enter the CSM and CSM TL in Customer Success Manager, Customer Success Manager Leader and CS Segmentation. Regardless of the situation, check who is OOO or unavailable before assigning the CSM. The account goes to the next CSM available according to their BOB MRR amount and how many accounts they currently have.',
  steps: ['Check who is OOO or unavailable before assigning (tick this item)', 'Customer Success Manager', 'Customer Success Manager Leader', 'CS Segmentation'],
  note: 'The OOO check is the manual part: the item is done only when the fields are filled and the item is ticked.',
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
});
