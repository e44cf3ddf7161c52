import { isCore } from '../../classify/classify';
import type { Evaluator } from '../../engine/types';
import { valueOf } from '../../profile/read';
import { FACT_NAMES } from '../../profile/schema';
import { defineRule } from '../define';
import { liveFacts } from '../shared/field-read';
import { cap, noParams, undecided } from './classification-shared';
import { z } from 'zod';

/** CLS-CORE, plus the one thing the numbers cannot say: Strategic comes only from CS Segmentation. */
export default defineRule({
  id: 'CLS-CORE',
  sop: 'MT-CS-007',
  title: 'Core account',
  where: ['sf.account', 'any'],
  stage: 'account-creation',
  help: 'Core CSMs take the accounts above 50 users or $500 USD MRR. An SMB account also goes to a Core CSM when it has over 50 users, an MRR over $500.00 USD, or a Standard or Premium service. Strategic comes only from the CS Segmentation field.',
  note: 'As CLS-DIGITAL: Standard/Premium service makes an account Core only when it is an SMB account (seeds 001 and 003).',
  order: 20,
  params: noParams as unknown as z.ZodType<Record<string, never>>,
  needs: ['userCount', 'mrr'],
  evaluate(ctx) {
    const facts = liveFacts(ctx);
    if (valueOf(facts, 'segmentation') === 'Strategic')
      return { state: 'info', message: `Strategic account: ${cap(FACT_NAMES.segmentation)} says so, whatever the user count and MRR.` };
    const verdict = isCore(facts);
    if (verdict.value === null) return undecided('a Core account', verdict);
    if (!verdict.value) return { state: 'na', message: `Not a Core account: ${verdict.reason} (under 50 users and under $500 MRR).` };
    return { state: 'info', message: `Core account: ${verdict.reason}.` };
  },
});
