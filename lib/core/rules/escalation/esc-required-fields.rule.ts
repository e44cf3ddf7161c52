import { defineRule } from '../define';
import { checkFieldsFilled } from '../generic';
import { caseOfRecordType } from '../common/escalation-case';
import { fieldKeySchema, paramsSchema } from '../common/field-read';
import { ESCALATIONS } from './escalation-defaults';
import { recordType } from './escalation-shared';
import { z } from '../../zod';

const requiredParams = paramsSchema(
  z.strictObject({ recordType, fields: z.array(fieldKeySchema).check(z.minLength(1)), severity: z._default(z.enum(['error', 'warn']), 'error') }),
);

/** ESC-REQUIRED-FIELDS: on an Escalations case, each listed field set before Save. */
export default defineRule({
  id: 'ESC-REQUIRED-FIELDS',
  sop: 'MT-CS-020',
  title: 'Escalation case fields before Save',
  where: ['sf.case.new'],
  stage: 'escalation',
  help: 'Fill in: Opportunity Name (the escalated opportunity or opportunities), Contact Name, Escalation/Cancellation Reason, Escalation Directives, and Products (move the items from the Available list to the Chosen box). Then click SAVE.',
  note: 'MT-CS-020 (Cancellation Requests, via MT-CS-005): "Opportunity Name: Add the Escalated Opportunity or Opportunities", "Contact Name", "Add Escalation/Cancellation Reason", "Add Escalation Directives", "Add Products: Move the item(s) from the Available List to the Chosen Box", then "Click on SAVE": each empty one is flagged before Save.',
  order: 390,
  defaults: {
        recordType: ESCALATIONS,
        fields: ['case.opportunity', 'case.contact', 'case.reason', 'case.directives', 'case.products'],
        severity: 'error',
      },
  params: requiredParams,
  evaluate: (ctx) =>
    caseOfRecordType(ctx, ctx.params.recordType) ? checkFieldsFilled(ctx, ctx.params.fields, ctx.params.severity) : null,
});
