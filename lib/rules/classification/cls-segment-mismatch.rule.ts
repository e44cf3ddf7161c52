import { expectedSegment, segmentMismatch } from '../../classify/classify';
import { learnHint } from '../../engine/learn-hint';
import type { Evaluator } from '../../engine/types';
import { valueOf } from '../../profile/read';
import { FACT_NAMES } from '../../profile/schema';
import { defineRule } from '../define';
import { labelOf, liveFacts, q, read, WAITING } from '../shared/field-read';
import { cap, noParams } from './classification-shared';
import { z } from 'zod';

/** CLS-SEGMENT-MISMATCH: the CS Segmentation field against what the numbers call for. */
export default defineRule({
  id: 'CLS-SEGMENT-MISMATCH',
  sop: 'MT-CS-020',
  title: 'CS Segmentation matches the account',
  where: ['sf.account'],
  stage: 'account-creation',
  role: 'cs-ops',
  help: 'CS Operations enter the CS Segmentation on the Account when assigning the CSM. Digital: under 50 users and under $500 USD MRR; Core: 50 users or more, or $500 MRR or more (SMB: also Standard/Premium). Strategic comes only from the CS Segmentation field and is never computed.',
  note: 'A Strategic segmentation counts as agreeing with numbers that make the account Core.',
  order: 60,
  params: noParams as unknown as z.ZodType<Record<string, never>>,
  needs: ['segmentation', 'userCount', 'mrr'],
  evaluate: (ctx) => {
    if (ctx.page && !ctx.page.ready) return WAITING;
    const field = read(ctx, 'account.segmentation');
    const label = labelOf(field, cap(FACT_NAMES.segmentation));
    if (field.status === 'missing') return { state: 'warn', message: `Can't read ${q(label)} on this page: check the label in settings.` };
    const facts = liveFacts(ctx);
    const { segment: expected, verdict } = expectedSegment(facts);
    if (facts.segmentation.known && facts.segmentation.value === null) {
      return expected
        ? { state: 'info', message: `${q(label)} is empty; the numbers make this account ${expected} (${verdict.reason}).` }
        : { state: 'info', message: `${q(label)} is empty. ${learnHint(verdict.needs)}` };
    }
    if (valueOf(facts, 'segmentation') === 'Strategic')
      return { state: 'done', message: `${q(label)} is Strategic: Strategic comes only from this field, never from the numbers.` };
    const mismatch = segmentMismatch(facts);
    if (mismatch.value === null) return { state: 'info', message: `Can't check ${q(label)} yet. ${learnHint(mismatch.needs)}` };
    if (mismatch.value)
      return {
        state: 'error',
        message: `${q(label)} is ${mismatch.field}, but ${verdict.reason} make it ${expected}: set ${q(label)} to ${expected}.`,
      };
    return { state: 'done', message: `${q(label)} (${mismatch.field}) matches: ${verdict.reason}.` };
  },
});
