import { containsAny, isComposePage } from '../../engine/email-kind';
import { COMPOSE_PAGES } from '../../model/served-pages';
import { defineRule } from '../define';
import { manualOutcome } from '../common/manual-outcome';
import { day, unreadablePart } from '../common/onboarding-helpers';
import { z } from '../../zod';

const policyParams = z.strictObject({
  folder: z.string().check(z.trim(), z.minLength(1)),
  slide: z.string().check(z.trim(), z.minLength(1)),
  /** An email "mentions the policy manuals" when its body has any of these. */
  bodyContains: z.array(z.string().check(z.trim(), z.minLength(1))).check(z.minLength(1)),
});

/** SMB-POLICY-MANUALS: remind the admin of the policy manuals folder (copy it or download it). */
export default defineRule({
  id: 'SMB-POLICY-MANUALS',
  sop: 'MT-CS-007',
  title: 'Policy manuals reminder',
  where: ['gmail.compose', 'outreach.compose', 'any'],
  stage: 'onboarding',
  appliesTo: { subtypesAny: ['SMB'] },
  help: 'The policy manuals admins will use are in the Policy Manuals GD Folder. Remind admins that they can either make a folder copy in Google Drive or download the whole folder to their PC, as stated in slide 8 of the SMB ACCOUNTS presentation.',
  note: 'MT-CS-007: "Please remind admins that they can either make a folder copy in Google Drive or download the whole folder to their PC, as stated in Slide 8 of the SMB ACCOUNTS presentation." Slide 8 is shown on the onboarding call, so the reminder is due on the day of the call ("Onboarding Call Scheduled For") when it is known. On an email it counts as done when the body mentions the policy manuals; after the call, tick it by hand.',
  order: 430,
  defaults: { folder: 'Policy Manuals GD Folder', slide: 'slide 8 of the SMB ACCOUNTS presentation', bodyContains: ['policy manual'] },
  params: policyParams,
  evaluate: (ctx) => {
    const { folder, slide, bodyContains } = ctx.params;
    const todo = `Remind the admin of the policy manuals (${folder}): they can make a copy of the folder in Google Drive or download the whole folder (${slide}).`;
    if (COMPOSE_PAGES && isComposePage(ctx.page) && !ctx.manual?.done) {
      const compose = ctx.page!.compose!;
      if (unreadablePart(compose, 'body'))
        return { state: 'warn', message: `Can't read the email body to look for the policy manuals. ${todo}` };
      if (containsAny(compose.bodyText, bodyContains)) return { state: 'done', message: 'This email mentions the policy manuals.' };
    }
    // Slide 8 is walked through on the onboarding call: the reminder is due that day.
    const call = ctx.value('obCallScheduledFor');
    return manualOutcome(ctx, { todo: call ? `${todo} Due on the onboarding call (${day(call)}), where slide 8 is shown.` : todo }, call ?? undefined);
  },
});
