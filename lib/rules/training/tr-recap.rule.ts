import { composeOfKind, containsAny, emailMarkersFor } from '../../engine/email-kind';
import { SUPPORT_CONTACT_BLOCK, SUPPORT_MARKERS } from '../../engine/snippets';
import type { Evaluator, ItemDetail } from '../../engine/types';
import { defineRule } from '../define';
import { andList, unreadablePart } from '../shared/onboarding-helpers';
import { needles } from './training-shared';
import { z } from 'zod';

const recapParams = z
  .object({
    email: emailMarkersFor('training-recap'),
    /** Section headings the recap must carry, as the template words them. */
    sections: needles.min(1),
    support: z.object({ bodyContains: needles.min(1), block: z.string().trim().min(1) }).strict(),
  })
  .strict();

type RecapParams = z.output<typeof recapParams>;

/** TR-RECAP: Participants, Modules, Pending Subjects, Relevant Links and the Support contact. */
export default defineRule({
  id: 'TR-RECAP',
  sop: 'MT-CS-020',
  title: 'Training recap email',
  where: ['gmail.compose', 'outreach.compose'],
  stage: 'training',
  help: 'Once the training session has been completed, send a training recap email immediately after the meeting (or at least before the end of the day) and fill in Participants, Modules, Pending Subjects and Relevant Links. Reinforce the use of the Customer Support Department: provide its contact information.',
  note: 'Seed 001 sends the Digital training recap "using the DCSM Onboarding Recap Email Template" with "Participants, Modules, Pending Subjects, Relevant Links" and the Support contact; seed 003 calls it "Training Recap". Both names are subject markers, so either recap is checked the same way. Replies and forwards are not checked unless the CSM declares them.',
  order: 310,
  defaults: {
        email: {
          kind: 'training-recap',
          template: 'Training Recap',
          subjectContains: ['Training Recap', 'Training Session Recap', 'DCSM Onboarding Recap'],
          bodyContains: ['recap of our training', "recap of today's training", 'training session recap', 'Pending Subjects'],
        },
        sections: ['Participants', 'Modules', 'Pending Subjects', 'Relevant Links'],
        support: { bodyContains: SUPPORT_MARKERS, block: SUPPORT_CONTACT_BLOCK },
      },
  params: recapParams,
  evaluate: (ctx) => {
    const compose = composeOfKind(ctx.page, ctx.params.email, ctx.emailKind);
    if (!compose) return null;
    const { sections, support } = ctx.params;
    const insert = { type: 'insert', verb: 'insert-support-snippet', label: 'Insert the Support contact', text: support.block } as const;
    if (unreadablePart(compose, 'body'))
      return { state: 'warn', message: `Can't read the email body: check ${andList(sections)} and the Support contact by hand.`, actions: [insert] };
    const details: ItemDetail[] = [];
    const missing: string[] = [];
    for (const section of sections) {
      if (containsAny(compose.bodyText, [section])) details.push({ key: section, state: 'done', text: `${section} section is there` });
      else {
        details.push({ key: section, state: 'error', text: `Add the ${section} section` });
        missing.push(section);
      }
    }
    const hasSupport = containsAny(compose.bodyText, support.bodyContains);
    details.push(
      hasSupport
        ? { key: 'support', state: 'done', text: 'Support contact block is there' }
        : { key: 'support', state: 'error', text: 'Add the Support contact block' },
    );
    if (!missing.length && hasSupport)
      return { state: 'done', message: `The recap has ${andList(sections)} and the Support contact.`, details };
    const parts = [
      ...(missing.length ? [`the ${andList(missing)} section${missing.length > 1 ? 's' : ''}`] : []),
      ...(hasSupport ? [] : ['the Support contact block']),
    ];
    return { state: 'error', message: `Training recap: add ${andList(parts)}.`, details, actions: hasSupport ? [] : [insert] };
  },
});
