import { isSmb, SMB_FLAT_MRR, SMB_FLAT_USERS, smbOverFlatRate } from '../../classify/classify';
import { learnHint } from '../../engine/learn-hint';
import { formatUsd } from '../../formats';
import { valueOf } from '../../profile/read';
import { FACT_NAMES } from '../../profile/schema';
import { defineRule } from '../define';
import { liveFacts, paramsSchema } from '../common/field-read';
import { cap, undecided } from './classification-shared';
import { z } from '../../zod';

const smbParams = paramsSchema(z.strictObject({ severity: z._default(z.enum(['warn', 'error']), 'warn') }));

/** CLS-SMB: states the SMB subtype; flags more than 10 users still on the $250 flat rate. */
export default defineRule({
  id: 'CLS-SMB',
  sop: 'MT-CS-007',
  title: 'SMB starter pricing',
  where: ['sf.account', 'any'],
  stage: 'account-creation',
  help: 'SMB (Small Medical Business) accounts: flat rate pricing of $250.00 for up to 10 users; pricing moves to the rack rate at the 11th user. They are assigned as usual Learning and Compliance accounts and generally considered Basic service.',
  note: 'MT-CS-007: "Flat rate pricing of $250.00 dollars for up to 10 users." "Pricing moves to the rack rate at the 11th user." Flagged as a warning, not an error: the price is set in the contract, so the flag points it out rather than asking the CSM to fix a field.',
  order: 30,
  defaults: { severity: 'warn' },
  params: smbParams,
  needs: ['subtypes', 'userCount', 'mrr'],
  evaluate: (ctx) => {
    const facts = liveFacts(ctx);
    const isSmbAccount = isSmb(facts);
    if (isSmbAccount.value === null) return undecided('an SMB account', isSmbAccount);
    if (!isSmbAccount.value) return { state: 'na', message: `Not an SMB account: the ${FACT_NAMES.subtypes} has no SMB.` };
    const flat = `flat ${formatUsd(SMB_FLAT_MRR)} for up to ${SMB_FLAT_USERS} users, rack rate from the ${SMB_FLAT_USERS + 1}th user`;
    const over = smbOverFlatRate(facts);
    if (over.value === null)
      return { state: 'info', message: `SMB account (${flat}); can't check its pricing yet. ${learnHint(over.needs)}` };
    const users = valueOf(facts, 'userCount')!;
    const mrr = valueOf(facts, 'mrr')!;
    if (over.value)
      return {
        state: ctx.params.severity,
        message: `SMB account with ${cap(FACT_NAMES.userCount)} ${users} but ${FACT_NAMES.mrr} ${formatUsd(mrr)}: the SMB price is a ${flat}, so more than ${SMB_FLAT_USERS} users should not still be at ${formatUsd(SMB_FLAT_MRR)}.`,
      };
    return { state: 'info', message: `SMB starter account: ${users} users at ${formatUsd(mrr)} ${FACT_NAMES.mrr} (${flat}).` };
  },
});
