import { isCore } from '../../classify/classify';
import type { Evaluator } from '../../engine/types';
import { defineRule } from '../define';
import { manualOutcome } from '../shared/manual-outcome';
import { learn, unknownFact } from '../shared/onboarding-helpers';
import { z } from 'zod';

/** SMB accounts (MT-CS-007, seed 003). Evaluators are named after their rule. */

const noParams = z.object({}).strict();

type NoParams = z.output<typeof noParams>;

/**
 * SMB-ROUTING: an SMB account with 50+ users, $500+ MRR or Standard/Premium service belongs to a
 * Core CSM and is reviewed with the TL (isCore already applies exactly this to SMB accounts).
 */
export default defineRule({
  id: 'SMB-ROUTING',
  sop: 'MT-CS-007',
  title: 'Core CSM for a larger SMB account',
  where: ['sf.account'],
  stage: 'onboarding',
  appliesTo: { subtypesAny: ['SMB'] },
  help: 'SMB accounts are assigned as usual Learning and Compliance accounts, generally Basic service, and mainly handled by Digital CSMs. A Core CSM takes the account when it has over 50 users, an MRR over $500 USD, or a Standard or Premium service; review it with your TL so it can be handled accordingly.',
  note: 'The seed says "over 50 users" and "over $500"; SOP-RULES and the classification use 50+ and $500+, so exactly 50 users or $500 counts as Core.',
  order: 420,
  params: noParams,
  needs: ['userCount', 'mrr', 'serviceLevel', 'segmentation'],
  evaluate: (ctx) => {
    const core = isCore(ctx.facts);
    if (core.value === null)
      return {
        state: 'info',
        message: `An SMB account with 50+ users, $500+ MRR or Standard/Premium service goes to a Core CSM. ${learn(core.needs)}`,
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
