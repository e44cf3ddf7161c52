import { isCore } from '../../classify/classify';
import { defineRule } from '../define';
import { manualOutcome } from '../common/manual-outcome';
import { learn, unknownFact } from '../common/onboarding-helpers';
import { z } from '../../zod';

/** SMB accounts (MT-CS-007). Evaluators are named after their rule. */

const noParams = z.strictObject({});

/**
 * SMB-ROUTING: an SMB account with over 50 users, over $500.00 MRR or Standard/Premium service
 * belongs to a Core CSM and is reviewed with the TL (isCore applies exactly this to SMB accounts).
 * Exactly 50 users or $500.00 is not "over": information, no flag.
 */
export default defineRule({
  id: 'SMB-ROUTING',
  sop: 'MT-CS-007',
  title: 'Core CSM for a larger SMB account',
  where: ['sf.account'],
  stage: 'onboarding',
  appliesTo: { subtypesAny: ['SMB'] },
  help: 'SMB accounts are assigned as usual Learning and Compliance accounts, generally Basic service, and mainly handled by Digital CSMs. A Core CSM takes the account when it has over 50 users, an MRR over $500 USD, or a Standard or Premium service; review it with your TL so it can be handled accordingly.',
  note: 'MT-CS-007: "This SOP will mainly pertain to Digital CSMs, but it may also involve Core CSMs if the assigned account falls under one or more of the following:" "Has over 50 users", "Has an MRR value over $500.00 USD MRR", "Has purchased a Standard or Premium service." "Over" is strict: exactly 50 users or $500.00 MRR is not over, so it is information, never a flag.',
  order: 420,
  params: noParams,
  needs: ['userCount', 'mrr', 'serviceLevel', 'segmentation'],
  evaluate: (ctx) => {
    const core = isCore(ctx.facts);
    if (core.onBound)
      return {
        state: 'info',
        message: `Not over the bounds: ${core.reason} is not "over 50 users" or "over $500.00 USD MRR" (MT-CS-007), so the numbers don't send this SMB account to a Core CSM; nothing is flagged. Review it with your TL if unsure.`,
      };
    if (core.value === null)
      return {
        state: 'info',
        message: `An SMB account with over 50 users, over $500.00 MRR or Standard/Premium service goes to a Core CSM. ${learn(core.needs)}`,
      };
    if (!core.value) return { state: 'done', message: `Stays with a Digital CSM: ${core.reason}.` };
    const segment = ctx.value('segmentation');
    const why = `${core.reason}: a Core CSM handles this SMB account, after a review with your TL.`;
    if (segment === 'Digital')
      return { state: 'error', message: `CS Segmentation is Digital, but ${why}` };
    if (!segment) return unknownFact(ctx, 'segmentation', why.charAt(0).toUpperCase() + why.slice(1));
    return manualOutcome(ctx, { todo: `${why.charAt(0).toUpperCase()}${why.slice(1)} Mark done once reviewed.`, done: `Reviewed with the TL (${ctx.manual?.by || 'you'}).` });
  },
});
