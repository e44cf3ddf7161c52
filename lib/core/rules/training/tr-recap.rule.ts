import { composeOfKind, containsAny, emailMarkersFor, normalText } from '../../engine/email-kind';
import { SUPPORT_CONTACT_BLOCK, SUPPORT_MARKERS } from '../../engine/snippets';
import type { ItemDetail } from '../../engine/types';
import { defineRule } from '../define';
import { andList, unreadablePart } from '../common/onboarding-helpers';
import { needles } from './training-shared';
import { z } from '../../zod';

const recapParams = z.strictObject({
  email: emailMarkersFor('training-recap'),
  /**
   * The parts the recap must carry (MT-CS-020 and MT-CS-007: "such as Participants, Modules, Pending Subjects,
   * Relevant Links"), each recognised by its name or any wording of the same meaning. A plain
   * string is a name with no other wording (playbooks from before the wordings).
   */
  sections: z.array(
      z.union([
        z.pipe(z.string().check(z.trim(), z.minLength(1)), z.transform((name) => ({ name, alsoCalled: [] as string[] }))),
        z.strictObject({ name: z.string().check(z.trim(), z.minLength(1)), alsoCalled: z._default(needles, []) }),
      ]),
    ).check(z.minLength(1)),
  support: z.strictObject({ bodyContains: needles.check(z.minLength(1)), block: z.string().check(z.trim(), z.minLength(1)) }),
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `words` in the (normalised) body as whole words: "Attended by" is not inside "unattended by". */
const mentions = (body: string, words: string): boolean => {
  const needle = normalText(words);
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escape(needle)}(?=$|[^\\p{L}\\p{N}])`, 'u').test(body);
};

/** "A or B" */
const orList = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

/** TR-RECAP: Participants, Modules, Pending Subjects, Relevant Links and the Support contact. */
export default defineRule({
  id: 'TR-RECAP',
  sop: 'MT-CS-020',
  title: 'Training recap email',
  where: ['gmail.compose', 'outreach.compose'],
  stage: 'training',
  help: 'Once the training session has been completed, send a training recap email immediately after the meeting (or at least before the end of the day) and fill in Participants, Modules, Pending Subjects and Relevant Links. Reinforce the use of the Customer Support Department: provide its contact information.',
  note: "MT-CS-020: \"send a training recap email using the DCSM Onboarding Recap Email Template immediately after the meeting (or at least before the end of day), and fill in necessary information such as:\" Participants, Modules, Pending Subjects, Relevant Links; MT-CS-007 says the same of the \"Outreach Training Recap Email Template\". \"such as\": each part is recognised by its meaning (params.sections[].alsoCalled: Attendees, Topics covered, Open items, Next steps, Resources…) and a missing one is a warning, not an error; the Support contact (\"Provide the contact information below\") missing is an error. Recognised by its subject or its body (params.email), also as a reply in a thread; a reply whose body is not a recap is not checked.",
  order: 310,
  defaults: {
        email: {
          kind: 'training-recap',
          template: 'Training Recap',
          subjectContains: ['Training Recap', 'Training Session Recap', 'DCSM Onboarding Recap'],
          bodyContains: ['recap of our training', "recap of today's training", 'training session recap', 'Pending Subjects'],
        },
        sections: [
          { name: 'Participants', alsoCalled: ['Attendees', 'In attendance', 'Who joined', 'Attended by'] },
          { name: 'Modules', alsoCalled: ['Topics covered', 'Topics', 'What we covered', 'Covered today', 'Agenda'] },
          {
            name: 'Pending Subjects',
            alsoCalled: ['Open items', 'Pending items', 'Pending topics', 'Open questions', 'Next steps', 'Action items', 'Follow-up items'],
          },
          { name: 'Relevant Links', alsoCalled: ['Resources', 'Useful links', 'Helpful links', 'Links:'] },
        ],
        support: { bodyContains: SUPPORT_MARKERS, block: SUPPORT_CONTACT_BLOCK },
      },
  params: recapParams,
  evaluate: (ctx) => {
    const compose = composeOfKind(ctx.page, ctx.params.email, ctx.emailKind);
    if (!compose) return null;
    const { sections, support } = ctx.params;
    const names = sections.map((section) => section.name);
    const insert = { type: 'insert', verb: 'insert-support-snippet', label: 'Insert the Support contact', text: support.block } as const;
    if (unreadablePart(compose, 'body'))
      return { state: 'warn', message: `Can't read the email body: check ${andList(names)} and the Support contact by hand.`, actions: [insert] };
    const details: ItemDetail[] = [];
    const missing: string[] = [];
    const body = normalText(compose.bodyText ?? '');
    for (const { name, alsoCalled } of sections) {
      const found = [name, ...alsoCalled].find((words) => mentions(body, words));
      if (found)
        details.push({ key: name, state: 'done', text: normalText(found) === normalText(name) ? `${name} section is there` : `${name} section is there ("${found}")` });
      else {
        // "Such as": a missing part is worth a look, not an error.
        details.push({ key: name, state: 'warn', text: `Add the ${name} section${alsoCalled.length ? ` (or ${orList(alsoCalled.slice(0, 2))})` : ''}` });
        missing.push(name);
      }
    }
    const hasSupport = containsAny(compose.bodyText, support.bodyContains);
    details.push(
      hasSupport
        ? { key: 'support', state: 'done', text: 'Support contact block is there' }
        : { key: 'support', state: 'error', text: 'Add the Support contact block' },
    );
    if (!missing.length && hasSupport)
      return { state: 'done', message: `The recap has ${andList(names)} and the Support contact.`, details };
    const parts = [
      ...(missing.length ? [`the ${andList(missing)} section${missing.length > 1 ? 's' : ''}`] : []),
      ...(hasSupport ? [] : ['the Support contact block']),
    ];
    return { state: hasSupport ? 'warn' : 'error', message: `Training recap: add ${andList(parts)}.`, details, actions: hasSupport ? [] : [insert] };
  },
});
