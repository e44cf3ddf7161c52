import { SERVICE_LEVELS } from '../../model/vocab';
import { defineRule } from '../define';
import { okText, paramsSchema, q, read, sameText, WAITING } from '../common/field-read';
import { z } from '../../zod';

/** CSO-SERVICE-LEVEL: the Opportunity's service level is one of the SOP's three tiers. */
export default defineRule({
  id: 'CSO-SERVICE-LEVEL',
  sop: 'MT-CS-001',
  title: 'Service Level on the Opportunity',
  where: ['sf.opportunity'],
  stage: 'account-creation',
  role: 'cs-ops',
  help: 'Though the Service Level for each account should appear in the contract, make sure to designate the correct one in the SF opportunity: go to the contract and confirm if it is a basic, standard or premium service, then select it in the Other Info section of the Opportunity.',
  note: 'MT-CS-001: "Then, go to the Other Info section in the SF Opportunity and select the correct service level:" Basic, Standard or Premium ("please go to the contract and confirm if it is a basic, standard or premium service."); flagged when empty.',
  order: 70,
  params: paramsSchema(z.strictObject({})) as unknown as z.ZodMiniType<Record<string, never>>,
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
});
