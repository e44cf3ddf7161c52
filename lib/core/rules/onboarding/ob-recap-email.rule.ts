import { subtypesOf } from '../../classify/classify';
import { formatDate, nextWebinars, SOP_ZONE, todayIn } from '../../dates';
import { composeOfKind, containsAny, emailMarkersFor, hasLink, isComposePage } from '../../engine/email-kind';
import { COMPOSE_PAGES } from '../../model/served-pages';
import { trainingDatesText, upcomingTrainings, WEBINAR_PRODUCTS, webinarSchedulesSchema } from '../../engine/snippets';
import type { ItemAction, ItemDetail, Outcome, RuleContext } from '../../engine/types';
import type { ComposeFacts } from '../../facts/page-facts';
import { findAttachment } from '../../formats';
import { defineRule } from '../define';
import { manualOutcome } from '../common/manual-outcome';
import { andList, learn, toggleAction, unreadablePart, worst } from '../common/onboarding-helpers';
import { COMPOSE } from './onboarding-defaults';
import { mentionsDate, needles } from './onboarding-emails';
import { z } from '../../zod';

// ---- OB-RECAP-EMAIL ------------------------------------------------------------------------

const recapParams = z.strictObject({
  email: emailMarkersFor('recap'),
  calendlyLinkContains: needles.check(z.minLength(1)),
  attachments: z.array(z.string().check(z.trim(), z.minLength(1))).check(z.minLength(1)),
  /** How many upcoming sessions per product are "the upcoming training dates" the recap is expected to name. */
  sessionsAhead: z._default(z.number().check(z.int(), z.gte(1), z.lte(8)), 3),
  /**
   * How many weeks ahead a later session still counts: a recap naming a session further out than
   * the next `sessionsAhead` (the one the admin chose) has its training dates, it is not "missing" them.
   */
  laterSessionsWeeks: z._default(z.number().check(z.int(), z.gte(1), z.lte(52)), 26),
  schedules: z.prefault(webinarSchedulesSchema, {}),
  smb: z.strictObject({
    template: z.string().check(z.minLength(1)),
    launchKit: z.strictObject({ name: z.string().check(z.minLength(1)), bodyContains: z._default(needles, []), linkContains: z._default(needles, []) }),
  }),
});

type RecapParams = z.output<typeof recapParams>;

/** The Central calendar dates of the next `count` sessions of the account's webinars. */
const sessionDates = (ctx: RuleContext<RecapParams>, products: readonly string[], count: number): string[] =>
  WEBINAR_PRODUCTS.filter((p) => products.includes(p)).flatMap((p) => {
    const schedule = ctx.params.schedules[p];
    return nextWebinars(ctx.now, p, count, schedule).map((s) => todayIn(s.start, schedule.zone ?? SOP_ZONE));
  });

const checkRecap = (ctx: RuleContext<RecapParams>, compose: ComposeFacts): Outcome => {
  const p = ctx.params;
  const details: ItemDetail[] = [];
  const missing: string[] = [];
  const actions: ItemAction[] = [];
  const bodyUnreadable = unreadablePart(compose, 'body');
  const body = compose.bodyText ?? '';
  const products = ctx.value('products');
  const subtypes = subtypesOf(ctx.facts);

  if (bodyUnreadable) details.push({ key: 'body', state: 'warn', text: "Can't read the email body: check the Calendly link and training dates by hand" });
  else {
    if (hasLink(compose, p.calendlyLinkContains)) details.push({ key: 'calendly', state: 'done', text: 'Calendly link is in the body' });
    else {
      details.push({ key: 'calendly', state: 'error', text: 'Add your Calendly link' });
      missing.push('your Calendly link');
    }

    const webinars = products ? WEBINAR_PRODUCTS.filter((w) => products.includes(w)) : [...WEBINAR_PRODUCTS];
    if (products && !webinars.length)
      details.push({ key: 'training-dates', state: 'na', text: 'No Learning or Compliance webinars for this account' });
    else if (sessionDates(ctx, webinars, p.sessionsAhead).some((d) => mentionsDate(body, d)))
      details.push({ key: 'training-dates', state: 'done', text: 'Upcoming training dates are in the body' });
    else if (sessionDates(ctx, webinars, p.laterSessionsWeeks).some((d) => mentionsDate(body, d)))
      // Only the next sessions are expected; a later one the admin picked is not a missing date.
      details.push({ key: 'training-dates', state: 'done', text: `Training dates are in the body (further out than the next ${p.sessionsAhead} sessions)` });
    else {
      details.push({ key: 'training-dates', state: 'error', text: 'Add the dates of the upcoming training sessions' });
      missing.push('the dates of the upcoming training sessions');
      if (products) {
        const text = trainingDatesText(upcomingTrainings(ctx.now, products, 2, p.schedules));
        actions.push({ type: 'insert', verb: 'insert-training-dates', label: 'Insert training dates', text });
      } else details.push({ key: 'products', state: 'info', text: `To insert the dates: ${learn(['products'])}` });
    }
  }

  if (unreadablePart(compose, 'attachments'))
    details.push({ key: 'attachments', state: 'warn', text: `Can't read the attachments: check ${andList(p.attachments)} by hand` });
  else {
    const names = compose.attachments.map((a) => a.name);
    for (const file of p.attachments) {
      if (findAttachment(names, file)) details.push({ key: file, state: 'done', text: `${file} is attached` });
      else {
        details.push({ key: file, state: 'error', text: `Attach ${file}` });
        missing.push(`the attachment ${file}`);
      }
    }
  }

  if (subtypes === undefined)
    details.push({ key: 'smb', state: 'info', text: `SMB accounts also need the ${p.smb.launchKit.name} link. ${learn(['subtypes'])}` });
  else if (subtypes.includes('SMB') && !bodyUnreadable) {
    const kit = p.smb.launchKit;
    if (containsAny(body, kit.bodyContains) || compose.links.some((l) => containsAny(l, kit.linkContains)))
      details.push({ key: 'launch-kit', state: 'done', text: `${kit.name} link is in the body` });
    else {
      details.push({ key: 'launch-kit', state: 'error', text: `Add the ${kit.name} link (${p.smb.template} template)` });
      missing.push(`the ${kit.name} link`);
    }
  }

  const state = worst(details.map((d) => d.state!));
  if (state === 'error') return { state, message: `Recap email: add ${andList(missing)}.`, details, actions };
  if (state === 'warn') return { state, message: "Some parts of this recap can't be read: check them by hand.", details, actions };
  if (state === 'info')
    return {
      state,
      message: `The recap has the Calendly link, the training dates and ${andList(p.attachments)}; an SMB account also needs the ${p.smb.launchKit.name} link. ${learn(['subtypes'])}`,
      details,
      actions,
    };
  return { state: 'done', message: `The recap has the Calendly link, the training dates and ${andList(p.attachments)}.`, details, actions };
};

/**
 * OB-RECAP-EMAIL. On the recap compose: Calendly link, upcoming training dates, the CPR files;
 * SMB adds the Customer Launch Kit link. Elsewhere: a step due the day the call was completed.
 */
export default defineRule({
  id: 'OB-RECAP-EMAIL',
  sop: 'MT-CS-002',
  title: 'Onboarding call recap email',
  where: [...COMPOSE, 'timeline'],
  stage: 'onboarding',
  help: 'Immediately after the call recording gets processed (or as soon as possible the same day), send the onboarding call recap email with the Outreach Onboarding Call Recap template: your Calendly link, reminders of the dates of the upcoming training sessions, and the CPR course files (CPR Brochure.pdf and CPR Document.pdf). SMB accounts: use the SMB Onboarding Call Recap template and remind the customer that the Customer Launch Kit link is in the email.',
  note: "MT-CS-002: \"Immediately after the call recording gets processed (or as soon as possible the same day), send the onboarding call recap email, which shall include the your Calendly link and date reminders of the dates for upcoming training sessions.\" Recognised by its subject or by its body (\"recap of our onboarding call\", the template's CPR course information line: params.email), also when written as an inline reply in a thread. Training dates count when the body names one of the next sessions (params.sessionsAhead per product) or a later one within params.laterSessionsWeeks: only the next sessions are expected, a later one the admin chose is not missing. MT-CS-007 for SMB accounts: \"Please remind the customer that the link to the Customer Launch Kit will be attached to this email as well.\"",
  order: 240,
  defaults: {
        email: {
          kind: 'recap',
          template: 'Onboarding Call Recap',
          subjectContains: ['Onboarding Call Recap'],
          bodyContains: ['recap of our onboarding call', "recap of today's onboarding call", 'onboarding call recap', 'CPR course information'],
        },
        calendlyLinkContains: ['calendly.com'],
        attachments: ['CPR Brochure.pdf', 'CPR Document.pdf'],
        sessionsAhead: 3,
        laterSessionsWeeks: 26,
        smb: {
          template: 'SMB Onboarding Call Recap',
          launchKit: { name: 'Customer Launch Kit', bodyContains: ['Customer Launch Kit'], linkContains: [] },
        },
      },
  params: recapParams,
  needs: ['obCallCompletedDate'],
  evaluate: (ctx) => {
    if (COMPOSE_PAGES && isComposePage(ctx.page)) {
      const compose = composeOfKind(ctx.page, ctx.params.email, ctx.emailKind);
      return compose ? checkRecap(ctx, compose) : null;
    }
    const smb = subtypesOf(ctx.facts)?.includes('SMB');
    const template = smb ? ctx.params.smb.template : ctx.params.email.template;
    const todo = `Send the "${template}" email the same day as the onboarding call: your Calendly link, the upcoming training dates, ${andList(ctx.params.attachments)}${smb ? ` and the ${ctx.params.smb.launchKit.name} link` : ''}.`;
    const completed = ctx.value('obCallCompletedDate');
    if (completed) return manualOutcome(ctx, { todo: `${todo} The call was on ${formatDate(completed)}.` }, completed);
    if (!ctx.fact('obCallCompletedDate').known && !ctx.manual?.done)
      return { state: 'info', message: `${todo} ${learn(['obCallCompletedDate'])}`, actions: [toggleAction(false)] };
    return manualOutcome(ctx, { todo });
  },
});
