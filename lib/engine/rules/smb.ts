import { z } from 'zod';
import { isCore } from '../../classify/classify';
import { formatDate, nextOpenForum, relativeDays, smbAdoptionDate, todayIn } from '../../dates';
import { FACT_NAMES } from '../../profile/schema';
import { containsAny, isComposePage } from '../email-kind';
import { openForumSentence } from '../snippets';
import type { Evaluator, Outcome } from '../types';
import { manualOutcome } from './manual-outcome';
import { day, learn, unknownFact, unreadablePart } from './onboarding-helpers';

/** SMB accounts (MT-CS-007, seed 003). Evaluators are named after their rule. */

const noParams = z.object({}).strict();
type NoParams = z.output<typeof noParams>;

/**
 * SMB-ROUTING: an SMB account with 50+ users, $500+ MRR or Standard/Premium service belongs to a
 * Core CSM and is reviewed with the TL (isCore already applies exactly this to SMB accounts).
 */
const routing: Evaluator<NoParams> = {
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
};

const policyParams = z
  .object({
    folder: z.string().trim().min(1),
    slide: z.string().trim().min(1),
    /** An email "mentions the policy manuals" when its body has any of these. */
    bodyContains: z.array(z.string().trim().min(1)).min(1),
  })
  .strict();
type PolicyParams = z.output<typeof policyParams>;

/** SMB-POLICY-MANUALS: remind the admin of the policy manuals folder (copy it or download it). */
const policyManuals: Evaluator<PolicyParams> = {
  params: policyParams,
  evaluate: (ctx) => {
    const { folder, slide, bodyContains } = ctx.params;
    const todo = `Remind the admin of the policy manuals (${folder}): they can make a copy of the folder in Google Drive or download the whole folder (${slide}).`;
    if (isComposePage(ctx.page) && !ctx.manual?.done) {
      const compose = ctx.page!.compose!;
      if (unreadablePart(compose, 'body'))
        return { state: 'warn', message: `Can't read the email body to look for the policy manuals. ${todo}` };
      if (containsAny(compose.bodyText, bodyContains)) return { state: 'done', message: 'This email mentions the policy manuals.' };
    }
    return manualOutcome(ctx, { todo });
  },
};

const forumParams = z
  .object({
    minutes: z.number().int().positive().default(30),
    /** The sentence inserted into an email; `{date}` becomes the next first Thursday. */
    sentence: z.string().trim().min(1).refine((s) => s.includes('{date}'), { message: 'the sentence needs a {date} placeholder' }),
  })
  .strict();
type ForumParams = z.output<typeof forumParams>;

/** SMB-OPEN-FORUMS: the next first-Thursday forum; insertable on an email. */
const openForums: Evaluator<ForumParams> = {
  params: forumParams,
  evaluate: (ctx): Outcome => {
    const next = nextOpenForum(ctx.today);
    const when = relativeDays(next, ctx.today);
    const outcome: Outcome = {
      state: 'info',
      message: `Next Compliance Open Forum: ${formatDate(next, 'long')} (${when}); ${ctx.params.minutes} minutes, every first Thursday of the month.`,
      due: next,
    };
    if (!isComposePage(ctx.page)) return outcome;
    return {
      ...outcome,
      actions: [{ type: 'insert', verb: 'insert-open-forum', label: 'Insert the open forum date', text: openForumSentence(ctx.params.sentence, next) }],
    };
  },
};

const adoptionParams = z
  .object({
    /** The step whose tick dates "onboarding completed" (the Customer Onboarding record has no date for it). */
    datedBy: z.string().min(1),
  })
  .strict();
type AdoptionParams = z.output<typeof adoptionParams>;

/**
 * SMB-ADOPTION-60: the adoption meeting 60 days after onboarding is completed. The Customer
 * Onboarding record only has an "Onboarding completed" checkbox, so the day is taken from the
 * tick of the SMB Onboarding Completed Recap, which MT-CS-007 sends once all trainings are done.
 */
const adoption60: Evaluator<AdoptionParams> = {
  params: adoptionParams,
  evaluate: (ctx) => {
    const dated = ctx.progress.items[ctx.params.datedBy];
    const completedOn = dated?.done ? todayIn(dated.at, ctx.settings.timeZone) : undefined;
    if (completedOn) {
      const due = smbAdoptionDate(completedOn);
      return manualOutcome(
        ctx,
        { todo: `Hold the SMB adoption meeting on ${day(due)}, 60 days after onboarding was completed (${day(completedOn)}).` },
        due,
      );
    }
    if (!ctx.manual?.done && ctx.value('onboardingCompleted') === true)
      return {
        state: 'info',
        message: `Onboarding is marked completed (${FACT_NAMES.onboardingCompleted}), but not when: hold the adoption meeting 60 days after it. The date is counted from the day "${ctx.params.datedBy}" (the SMB Onboarding Completed Recap) is ticked.`,
      };
    return manualOutcome(ctx, { todo: 'Once onboarding is completed, schedule the SMB adoption meeting 60 days later.' });
  },
};

/** Evaluators for the smb rules, keyed by the name a playbook entry's `check.evaluator` uses. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const evaluators: Record<string, Evaluator<any>> = {
  'SMB-ROUTING': routing,
  'SMB-POLICY-MANUALS': policyManuals,
  'SMB-OPEN-FORUMS': openForums,
  'SMB-ADOPTION-60': adoption60,
};
