import { isDigital } from '../../classify/classify';
import { valueOf } from '../../profile/read';
import { FACT_NAMES } from '../../profile/schema';
import { defineRule } from '../define';
import { liveFacts } from '../common/field-read';
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
  note: 'MT-CS-020: "A digital account has these main characteristics:" "Under 50 users", "Under $500.00 USD MRR", "(Service level may vary if both conditions above are met)". The bounds are strict: exactly 50 users or $500.00 MRR is not under them, nor over MT-CS-007\'s Core bounds ("Has over 50 users", "Has an MRR value over $500.00 USD MRR"), so such an account is information, never flagged. Service level decides only for SMB accounts, which MT-CS-007 sends to a Core CSM when it "Has purchased a Standard or Premium service."',
  order: 10,
  ...digitalByNumbers,
  evaluate: (ctx) =>
    valueOf(liveFacts(ctx), 'segmentation') === 'Strategic'
      ? { state: 'na', message: `Not a Digital account: ${cap(FACT_NAMES.segmentation)} is Strategic, which only that field decides.` }
      : digitalByNumbers.evaluate(ctx),
});
