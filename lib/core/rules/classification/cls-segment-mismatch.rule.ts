import { BOUNDS_TEXT, expectedSegment, segmentMismatch } from '../../classify/classify';
import { learnHint } from '../../engine/learn-hint';
import { valueOf } from '../../profile/read';
import { FACT_NAMES } from '../../profile/schema';
import { defineRule } from '../define';
import { labelOf, liveFacts, q, read, WAITING } from '../common/field-read';
import { cap, noParams } from './classification-shared';
import { z } from '../../zod';

/** CLS-SEGMENT-MISMATCH: the CS Segmentation field against what the numbers call for. */
export default defineRule({
  id: 'CLS-SEGMENT-MISMATCH',
  sop: 'MT-CS-020',
  title: 'CS Segmentation matches the account',
  where: ['sf.account'],
  stage: 'account-creation',
  role: 'cs-ops',
  help: 'CS Operations enter the CS Segmentation on the Account when assigning the CSM. Digital: under 50 users and under $500 USD MRR; Core: over 50 users or over $500.00 MRR (SMB: also Standard/Premium). An account exactly on a bound (50 users, $500.00) is neither, and is not flagged. Strategic comes only from the CS Segmentation field and is never computed.',
  note: 'MT-CS-020: "Under 50 users", "Under $500.00 USD MRR" (Digital); MT-CS-007: "Has over 50 users", "Has an MRR value over $500.00 USD MRR" (Core CSM). Both are strict: exactly 50 users or $500.00 MRR is neither, so the field is not flagged there (information). A Strategic segmentation counts as agreeing with any numbers: it comes only from the field.',
  order: 60,
  params: noParams as unknown as z.ZodMiniType<Record<string, never>>,
  needs: ['segmentation', 'userCount', 'mrr'],
  evaluate: (ctx) => {
    if (ctx.page && !ctx.page.ready) return WAITING;
    const field = read(ctx, 'account.segmentation');
    const label = labelOf(field, cap(FACT_NAMES.segmentation));
    if (field.status === 'missing') return { state: 'warn', message: `Can't read ${q(label)} on this page: check the label in settings.` };
    const facts = liveFacts(ctx);
    const { segment: expected, verdict } = expectedSegment(facts);
    if (facts.segmentation.known && facts.segmentation.value === null) {
      if (expected) return { state: 'info', message: `${q(label)} is empty; the numbers make this account ${expected} (${verdict.reason}).` };
      if (verdict.onBound)
        return { state: 'info', message: `${q(label)} is empty; ${verdict.reason} is neither under nor over the bound (${BOUNDS_TEXT}), so the numbers don't choose the segment.` };
      return { state: 'info', message: `${q(label)} is empty. ${learnHint(verdict.needs)}` };
    }
    if (valueOf(facts, 'segmentation') === 'Strategic')
      return { state: 'done', message: `${q(label)} is Strategic: Strategic comes only from this field, never from the numbers.` };
    const mismatch = segmentMismatch(facts);
    if (mismatch.onBound)
      return {
        state: 'info',
        message: `${q(label)} is ${mismatch.field}; ${mismatch.reason} is neither under nor over the bound (${BOUNDS_TEXT}), so the numbers neither confirm nor contradict it: not flagged.`,
      };
    if (mismatch.value === null) return { state: 'info', message: `Can't check ${q(label)} yet. ${learnHint(mismatch.needs)}` };
    if (mismatch.value)
      return {
        state: 'error',
        message: `${q(label)} is ${mismatch.field}, but ${verdict.reason} make it ${expected}: set ${q(label)} to ${expected}.`,
      };
    return { state: 'done', message: `${q(label)} (${mismatch.field}) matches: ${verdict.reason}.` };
  },
});
