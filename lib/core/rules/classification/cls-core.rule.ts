import { isCore } from '../../classify/classify';
import { valueOf } from '../../profile/read';
import { FACT_NAMES } from '../../profile/schema';
import { defineRule } from '../define';
import { liveFacts } from '../common/field-read';
import { cap, noParams, undecided } from './classification-shared';
import { z } from '../../zod';

/** CLS-CORE, plus the one thing the numbers cannot say: Strategic comes only from CS Segmentation. */
export default defineRule({
  id: 'CLS-CORE',
  sop: 'MT-CS-007',
  title: 'Core account',
  where: ['sf.account', 'any'],
  stage: 'account-creation',
  help: 'Core CSMs take the accounts over 50 users or over $500.00 USD MRR. An SMB account also goes to a Core CSM when it has over 50 users, an MRR over $500.00 USD, or a Standard or Premium service. Strategic comes only from the CS Segmentation field.',
  note: 'MT-CS-007: "Has over 50 users", "Has an MRR value over $500.00 USD MRR", "Has purchased a Standard or Premium service." The bounds are strict: exactly 50 users or $500.00 MRR is neither over (Core) nor under (MT-CS-020\'s Digital "Under 50 users", "Under $500.00 USD MRR"), so such an account is information, never flagged. Standard/Premium service makes an account Core only when it is an SMB account: MT-CS-020 says a Digital account\'s "Service level may vary if both conditions above are met".',
  order: 20,
  params: noParams as unknown as z.ZodMiniType<Record<string, never>>,
  needs: ['userCount', 'mrr'],
  evaluate(ctx) {
    const facts = liveFacts(ctx);
    if (valueOf(facts, 'segmentation') === 'Strategic')
      return { state: 'info', message: `Strategic account: ${cap(FACT_NAMES.segmentation)} says so, whatever the user count and MRR.` };
    const verdict = isCore(facts);
    if (verdict.value === null) return undecided('a Core account', verdict);
    if (!verdict.value) return { state: 'na', message: `Not a Core account: ${verdict.reason} (not over 50 users or over $500.00 MRR).` };
    return { state: 'info', message: `Core account: ${verdict.reason}.` };
  },
});
