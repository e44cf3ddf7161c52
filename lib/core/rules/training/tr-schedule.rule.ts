import { formatSessionBoth } from '../../dates';
import { isComposePage } from '../../engine/email-kind';
import { COMPOSE_PAGES } from '../../model/served-pages';
import { NO_ACCOUNT_HINT } from '../../engine/learn-hint';
import { trainingDatesText, upcomingTrainings, webinarSchedulesSchema } from '../../engine/snippets';
import type { ItemAction, ItemDetail } from '../../engine/types';
import { defineRule } from '../define';
import { unknownFact } from '../common/onboarding-helpers';
import { z } from '../../zod';

const scheduleParams = z.strictObject({
  /** Upcoming sessions shown and inserted per product. */
  sessions: z._default(z.number().check(z.int(), z.gte(1), z.lte(6)), 2),
  schedules: z.prefault(webinarSchedulesSchema, {}),
  /** What the account is told about Credentialing Software training. */
  caseByCase: z.string().check(z.trim(), z.minLength(1)),
});

/**
 * TR-SCHEDULE: the next Learning (Tue) and Compliance (Thu) webinars for the products the account
 * has, in Central and the user's zone; on an email, the dates to insert. Credentialing Software
 * is case by case.
 */
export default defineRule({
  id: 'TR-SCHEDULE',
  sop: 'MT-CS-020',
  title: 'Training webinar dates',
  where: ['any', 'gmail.compose', 'outreach.compose'],
  stage: 'training',
  help: 'Each Learning and Compliance training session lasts 45 minutes, to cover the full module: Learning on Tuesdays at 11 AM Central, Compliance on Thursdays at 11 AM Central (GoToWebinar). Credentialing Software is evaluated case by case, depending on the account’s needs. Be mindful of the time you invest in each subject.',
  steps: [
      'Learning: Course Library and CE Course Library (15 min), Group Learning (5 min), Admin and Student Dashboards (10 min), Onboarding Path (10 min), Settings and Company Settings (5 min)',
      'Compliance: Documents & Policies (10 min), Incident Reports V3 (15 min), Student Dashboard (2 min), Contract Management (3 min), OSHA/HIPAA Toolkits (5 min), Safety Plans (5 min), SDS Management (5 min); if not reviewed before: Onboarding Path, Settings and Company Settings',
      'Credentialing Software: case by case, to be determined',
    ],
  note: "MT-CS-020: \"Each Learning and Compliance training session should last 45 minutes each, to cover the full module.\" Learning \"Tuesdays at 11 am CST\", Compliance \"Thursdays at 11 am CST\"; \"Credentialing Software will be evaluated on a case-by-case basis\". Times are computed in America/Chicago so daylight time is right. Inserted dates are in Central only (the admin's zone is unknown); the sidebar also shows the user's zone. It shows and inserts the next sessions (params.sessions); it never calls a date missing.",
  order: 300,
  myDay: 'webinars',
  defaults: {
        sessions: 2,
        schedules: {
          Learning: { weekday: 2, time: '11:00', minutes: 45 },
          Compliance: { weekday: 4, time: '11:00', minutes: 45 },
        },
        caseByCase: "scheduled case by case, according to the account's needs.",
      },
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
    const actions: ItemAction[] = COMPOSE_PAGES && isComposePage(ctx.page)
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
});
