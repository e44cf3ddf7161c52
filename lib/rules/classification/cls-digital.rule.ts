import { isDigital } from '../../classify/classify';
import type { Evaluator } from '../../engine/types';
import { valueOf } from '../../profile/read';
import { FACT_NAMES } from '../../profile/schema';
import { defineRule } from '../define';
import { liveFacts } from '../shared/field-read';
import { cap, classification } from './classification-shared';

const digitalByNumbers = classification(
  'a Digital account',
  isDigital,
  {
    yes: (r) => `Digital account: ${r} (under 50 users and under $500 MRR).`,
    no: (r) => `Not a Digital account: ${r}.`,
  },
  ['userCount', 'mrr'],
);

/** CLS-DIGITAL; a Strategic account (CS Segmentation) is never Digital, whatever its size. */
export default defineRule({
  id: 'CLS-DIGITAL',
  sop: 'MT-CS-020',
  title: 'Digital account',
  where: ['sf.account', 'any'],
  stage: 'account-creation',
  help: 'A digital account has these main characteristics: under 50 users and under $500.00 USD MRR (service level may vary if both conditions are met). Digital CSMs handle a high volume of accounts with a value of less than $500 USD MRR.',
  note: 'SOP-RULES.md makes Standard/Premium service Core for every account; seed 001 says a Digital account\'s "service level may vary", and seed 003 routes Standard/Premium to a Core CSM only for SMB accounts. The seeds win: service level decides only for SMB accounts (lib/classify).',
  order: 10,
  ...digitalByNumbers,
  evaluate: (ctx) =>
    valueOf(liveFacts(ctx), 'segmentation') === 'Strategic'
      ? { state: 'na', message: `Not a Digital account: ${cap(FACT_NAMES.segmentation)} is Strategic, which only that field decides.` }
      : digitalByNumbers.evaluate(ctx),
});
