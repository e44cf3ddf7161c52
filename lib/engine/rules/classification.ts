import { z } from 'zod';
import {
  expectedSegment,
  isCore,
  isDigital,
  isFmcOnly,
  isHybrid,
  isSmb,
  segmentMismatch,
  SMB_FLAT_MRR,
  SMB_FLAT_USERS,
  smbOverFlatRate,
} from '../../classify/classify';
import type { Verdict } from '../../classify/verdict';
import { formatUsd } from '../../formats';
import { valueOf } from '../../profile/read';
import { FACT_NAMES } from '../../profile/schema';
import { learnHint } from '../learn-hint';
import type { Evaluator, Outcome } from '../types';
import { labelOf, liveFacts, paramsSchema, q, read, WAITING } from './account-creation-read';

// CLS-*: the account's classification, stated with its reason. Only CLS-SMB and
// CLS-SEGMENT-MISMATCH flag anything; the others say what the account is (info) or is not (na).

const noParams = paramsSchema(z.object({}).strict());

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A verdict still waiting for facts: say which, and where to learn them. */
const undecided = (what: string, verdict: Verdict): Outcome => ({
  state: 'info',
  message: `Can't tell yet whether this is ${what} (${verdict.reason}). ${learnHint(verdict.needs)}`,
});

/** info when the account is one, na when it is not, info naming the missing fact otherwise. */
const classification = (
  what: string,
  decide: typeof isCore,
  says: { yes: (reason: string) => string; no: (reason: string) => string },
  needs: Evaluator['needs'],
): Evaluator<Record<string, never>> => ({
  params: noParams as unknown as z.ZodType<Record<string, never>>,
  needs,
  evaluate: (ctx) => {
    const verdict = decide(liveFacts(ctx));
    if (verdict.value === null) return undecided(what, verdict);
    return verdict.value
      ? { state: 'info', message: says.yes(verdict.reason) }
      : { state: 'na', message: says.no(verdict.reason) };
  },
});

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
const digital: Evaluator<Record<string, never>> = {
  ...digitalByNumbers,
  evaluate: (ctx) =>
    valueOf(liveFacts(ctx), 'segmentation') === 'Strategic'
      ? { state: 'na', message: `Not a Digital account: ${cap(FACT_NAMES.segmentation)} is Strategic, which only that field decides.` }
      : digitalByNumbers.evaluate(ctx),
};

/** CLS-CORE, plus the one thing the numbers cannot say: Strategic comes only from CS Segmentation. */
const core: Evaluator<Record<string, never>> = {
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
};

const hybrid = classification(
  'a Hybrid account',
  isHybrid,
  {
    yes: () =>
      'Hybrid account: Learning and/or Compliance with the Fully-Managed Credentialing Service (FMC); the CS and FMC Departments share it.',
    no: () => 'Not a Hybrid account: it does not combine Learning/Compliance with the Credentialing Service (FMC).',
  },
  ['products'],
);

const fmcOnly = classification(
  'a Credentialing Service (FMC) only account',
  isFmcOnly,
  {
    yes: () =>
      'Credentialing Service (FMC) only: Customer Success does not create or onboard this account (MT-CS-001), so no onboarding checklist is shown.',
    no: () => 'Not FMC-only: the account has Learning, Compliance or Credentialing Software, which Customer Success sets up and onboards.',
  },
  ['products'],
);

const smbParams = paramsSchema(z.object({ severity: z.enum(['warn', 'error']).default('warn') }).strict());

/** CLS-SMB: states the SMB subtype; flags more than 10 users still on the $250 flat rate. */
const smb: Evaluator<z.output<typeof smbParams>> = {
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
};

/** CLS-SEGMENT-MISMATCH: the CS Segmentation field against what the numbers call for. */
const segment: Evaluator<Record<string, never>> = {
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
};

/** Evaluators for the classification rules, keyed by the name a playbook entry's `check.evaluator` uses. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const evaluators: Record<string, Evaluator<any>> = {
  'CLS-DIGITAL': digital,
  'CLS-CORE': core,
  'CLS-SMB': smb,
  'CLS-HYBRID': hybrid,
  'CLS-FMC-ONLY': fmcOnly,
  'CLS-SEGMENT-MISMATCH': segment,
};
