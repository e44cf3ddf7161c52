import { formatDate, nextOpenForum, relativeDays } from '../../dates';
import { isComposePage } from '../../engine/email-kind';
import { COMPOSE_PAGES } from '../../model/served-pages';
import { OPEN_FORUM_TEMPLATE, openForumSentence } from '../../engine/snippets';
import type { Outcome } from '../../engine/types';
import { defineRule } from '../define';
import { z } from '../../zod';

const forumParams = z.strictObject({
  minutes: z._default(z.number().check(z.int(), z.positive()), 30),
  /** The sentence inserted into an email; `{date}` becomes the next first Thursday. */
  sentence: z.string().check(z.trim(), z.minLength(1), z.refine((s) => s.includes('{date}'), { message: 'the sentence needs a {date} placeholder' })),
});

/** SMB-OPEN-FORUMS: the next first-Thursday forum; insertable on an email. */
export default defineRule({
  id: 'SMB-OPEN-FORUMS',
  sop: 'MT-CS-007',
  title: 'Compliance open forums',
  where: ['any', 'gmail.compose', 'outreach.compose'],
  stage: 'onboarding',
  appliesTo: { subtypesAny: ['SMB'] },
  help: 'Open forums (slide 9 of the SMB ACCOUNTS presentation): 30-minute compliance discussions with peers, as well as Q&As, every first Thursday of the month. Invitations are sent via email.',
  note: 'MT-CS-007: "These consist of 30-min Compliance Discussions with peers, as well as Q&As." "They will take place every 1st Thursday of the month". Information with the next date, never a flag: "Invitations to these meetings will be sent via email."',
  order: 440,
  defaults: { minutes: 30, sentence: OPEN_FORUM_TEMPLATE },
  params: forumParams,
  evaluate: (ctx): Outcome => {
    const next = nextOpenForum(ctx.today);
    const when = relativeDays(next, ctx.today);
    const outcome: Outcome = {
      state: 'info',
      message: `Next Compliance Open Forum: ${formatDate(next, 'long')} (${when}); ${ctx.params.minutes} minutes, every first Thursday of the month.`,
      due: next,
    };
    if (!COMPOSE_PAGES || !isComposePage(ctx.page)) return outcome;
    return {
      ...outcome,
      actions: [{ type: 'insert', verb: 'insert-open-forum', label: 'Insert the open forum date', text: openForumSentence(ctx.params.sentence, next) }],
    };
  },
});
