import { composeOfKind, containsAny, emailMarkersFor, isComposePage } from '../../engine/email-kind';
import { COMPOSE_PAGES } from '../../model/served-pages';
import { defineRule } from '../define';
import { manualOutcome } from '../common/manual-outcome';
import { day, unreadablePart } from '../common/onboarding-helpers';
import { needles, trainingsHeld } from './training-shared';
import { z } from '../../zod';

const completedParams = z.strictObject({
  email: emailMarkersFor('smb-completed-recap'),
  videos: z.strictObject({ name: z.string().check(z.minLength(1)), bodyContains: z._default(needles, []), linkContains: z._default(needles, []) }),
});

/**
 * SMB-COMPLETED-RECAP: after the last Learning and Compliance training of an SMB account, the
 * "SMB Onboarding Completed Recap" email with the overview videos. On that email: the videos are
 * there; elsewhere: a hand-checked step, due the day the last training is ticked held in TR-SESSIONS.
 */
export default defineRule({
  id: 'SMB-COMPLETED-RECAP',
  sop: 'MT-CS-007',
  title: 'SMB Onboarding Completed Recap',
  where: ['gmail.compose', 'outreach.compose', 'timeline'],
  stage: 'training',
  appliesTo: { subtypesAny: ['SMB'] },
  help: 'Once all Learning and Compliance training sessions are completed, send the admin the Outreach SMB Onboarding Completed Recap email template, which also contains the Vimeo Overview Videos in the Guru card.',
  note: "MT-CS-007: \"Note: Once all Learning and Compliance training sessions are completed, please send the admin the Outreach SMB Onboarding Completed Recap Email template, which also contains the Vimeo Overview Videos in the Guru Card.\" Due on the day the last Learning and Compliance training is ticked held in TR-SESSIONS (\"all Learning and Compliance trainings completed\"); that day also starts SMB-ADOPTION-60's 60 days (ticking this step dates it only when no training is ticked: the Customer Onboarding record has only a checkbox, no date). Recognised by its subject on a new email; a reply is this email only when the CSM says so.",
  order: 320,
  defaults: {
        email: { kind: 'smb-completed-recap', template: 'SMB Onboarding Completed Recap', subjectContains: ['Onboarding Completed'] },
        videos: { name: 'Vimeo Overview Videos', bodyContains: ['Overview Video'], linkContains: ['vimeo.com'] },
      },
  params: completedParams,
  evaluate: (ctx) => {
    const { email, videos } = ctx.params;
    if (COMPOSE_PAGES && isComposePage(ctx.page)) {
      const compose = composeOfKind(ctx.page, email, ctx.emailKind);
      if (!compose) return null;
      if (unreadablePart(compose, 'body'))
        return { state: 'warn', message: `Can't read the email body: check the ${videos.name} are in it.` };
      const found =
        containsAny(compose.bodyText, videos.bodyContains) || compose.links.some((l) => containsAny(l, videos.linkContains));
      return found
        ? { state: 'done', message: `The "${email.template}" email has the ${videos.name}.` }
        : { state: 'error', message: `Add the ${videos.name} (Guru card) to the "${email.template}" email.` };
    }
    // Due the day the last Learning and Compliance training was held (TR-SESSIONS's ticks).
    const lastOn = trainingsHeld(ctx)?.allHeldOn;
    if (lastOn)
      return manualOutcome(
        ctx,
        { todo: `All Learning and Compliance trainings were held (the last on ${day(lastOn)}): send the "${email.template}" email with the ${videos.name}.` },
        lastOn,
      );
    return manualOutcome(ctx, {
      todo: `Once all Learning and Compliance trainings are done, send the "${email.template}" email with the ${videos.name}.`,
    });
  },
});
