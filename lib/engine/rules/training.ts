import { z } from 'zod';
import { formatSessionBoth } from '../../dates';
import { composeOfKind, containsAny, emailMarkersFor, isComposePage } from '../email-kind';
import { trainingDatesText, upcomingTrainings, webinarSchedulesSchema } from '../snippets';
import type { Evaluator, ItemAction, ItemDetail } from '../types';
import { NO_ACCOUNT_HINT } from '../learn-hint';
import { manualOutcome } from './manual-outcome';
import { andList, unknownFact, unreadablePart } from './onboarding-helpers';

/** Training (MT-CS-020 seed 001, MT-CS-007 seed 003). Evaluators are named after their rule. */

const needles = z.array(z.string().trim().min(1));

const scheduleParams = z
  .object({
    /** Upcoming sessions shown and inserted per product. */
    sessions: z.number().int().min(1).max(6).default(2),
    schedules: webinarSchedulesSchema.prefault({}),
    /** What the account is told about Credentialing Software training. */
    caseByCase: z.string().trim().min(1),
  })
  .strict();
type ScheduleParams = z.output<typeof scheduleParams>;

/**
 * TR-SCHEDULE: the next Learning (Tue) and Compliance (Thu) webinars for the products the account
 * has, in Central and the user's zone; on an email, the dates to insert. Credentialing Software
 * is case by case.
 */
const schedule: Evaluator<ScheduleParams> = {
  params: scheduleParams,
  needs: ['products'],
  evaluate: (ctx) => {
    const products = ctx.value('products');
    const when = 'Learning webinars are on Tuesdays and Compliance webinars on Thursdays, 11:00 AM Central.';
    if (!products && !ctx.accountId)
      return { state: 'info', message: `${when} To insert the dates for this account's products: ${NO_ACCOUNT_HINT.charAt(0).toLowerCase()}${NO_ACCOUNT_HINT.slice(1)}` };
    if (!products) return unknownFact(ctx, 'products', `${when} To insert the dates:`);
    const trainings = upcomingTrainings(ctx.now, products, ctx.params.sessions, ctx.params.schedules);
    const credSoft = products.includes('Credentialing Software');
    if (!trainings.length && !credSoft)
      return { state: 'na', message: 'No Learning, Compliance or Credentialing Software training for this account.' };
    const zone = ctx.settings.timeZone;
    const details: ItemDetail[] = trainings.map((t) => ({
      key: t.product,
      state: 'info',
      text: `${t.product} (${t.minutes} min): ${t.sessions.map((s) => formatSessionBoth(s, zone)).join('; ')}`,
    }));
    if (credSoft) details.push({ key: 'Credentialing Software', state: 'info', text: `Credentialing Software: ${ctx.params.caseByCase}` });
    const next = trainings.map((t) => `${t.product} ${formatSessionBoth(t.sessions[0]!, zone)}`);
    const message = next.length
      ? `Next sessions: ${next.join('; ')}.${credSoft ? ' Credentialing Software: case by case.' : ''}`
      : `Credentialing Software training: ${ctx.params.caseByCase}`;
    const actions: ItemAction[] = isComposePage(ctx.page)
      ? [
          {
            type: 'insert',
            verb: 'insert-training-dates',
            label: 'Insert training dates',
            text: trainingDatesText(trainings, credSoft ? { caseByCase: ctx.params.caseByCase } : {}),
          },
        ]
      : [];
    return { state: 'info', message, details, actions };
  },
};

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
const trainingRecap: Evaluator<RecapParams> = {
  params: recapParams,
  evaluate: (ctx) => {
    const compose = composeOfKind(ctx.page, ctx.params.email);
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
};

const completedParams = z
  .object({
    email: emailMarkersFor('smb-completed-recap'),
    videos: z.object({ name: z.string().min(1), bodyContains: needles.default([]), linkContains: needles.default([]) }).strict(),
  })
  .strict();
type CompletedParams = z.output<typeof completedParams>;

/**
 * SMB-COMPLETED-RECAP: after the last Learning and Compliance training of an SMB account, the
 * "SMB Onboarding Completed Recap" email with the overview videos. On that email: the videos are
 * there; elsewhere: a hand-checked step (its tick also dates "onboarding completed" for SMB-ADOPTION-60).
 */
const smbCompletedRecap: Evaluator<CompletedParams> = {
  params: completedParams,
  evaluate: (ctx) => {
    const { email, videos } = ctx.params;
    if (isComposePage(ctx.page)) {
      const compose = composeOfKind(ctx.page, email);
      if (!compose) return null;
      if (unreadablePart(compose, 'body'))
        return { state: 'warn', message: `Can't read the email body: check the ${videos.name} are in it.` };
      const found =
        containsAny(compose.bodyText, videos.bodyContains) || compose.links.some((l) => containsAny(l, videos.linkContains));
      return found
        ? { state: 'done', message: `The "${email.template}" email has the ${videos.name}.` }
        : { state: 'error', message: `Add the ${videos.name} (Guru card) to the "${email.template}" email.` };
    }
    return manualOutcome(ctx, {
      todo: `Once all Learning and Compliance trainings are done, send the "${email.template}" email with the ${videos.name}.`,
    });
  },
};

/** Evaluators for the training rules, keyed by the name a playbook entry's `check.evaluator` uses. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const evaluators: Record<string, Evaluator<any>> = {
  'TR-SCHEDULE': schedule,
  'TR-RECAP': trainingRecap,
  'SMB-COMPLETED-RECAP': smbCompletedRecap,
};
