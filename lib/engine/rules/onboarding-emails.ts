import { z } from 'zod';
import { subtypesOf } from '../../classify/classify';
import { formatDate, nextWebinars, SOP_ZONE, todayIn } from '../../dates';
import type { ComposeFacts } from '../../facts/page-facts';
import { SERVICE_LEVELS } from '../../model/vocab';
import { FACT_NAMES } from '../../profile/schema';
import { findAttachment } from '../../formats';
import { composeOfKind, containsAny, emailMarkersFor, hasLink, isComposePage } from '../email-kind';
import { trainingDatesText, upcomingTrainings, WEBINAR_PRODUCTS, webinarSchedulesSchema } from '../snippets';
import type { Evaluator, ItemAction, ItemDetail, Outcome, RuleContext } from '../types';
import { manualOutcome } from './manual-outcome';
import { andList, day, learn, theAdmin, toggleAction, unreadablePart, worst } from './onboarding-helpers';

/** The welcome/reminder and the onboarding call recap emails (MT-CS-002 via seed 000, MT-CS-007). */

const needles = z.array(z.string().trim().min(1));

// ---- OB-REMINDER-EMAIL --------------------------------------------------------------------

const reminderParams = z
  .object({
    email: emailMarkersFor('welcome'),
    /** What shows the Onboarding Survey (KYC) part of the template is in the body. */
    kyc: z
      .object({
        bodyContains: needles.default([]),
        linkContains: needles.default([]),
        /** Service levels whose reminder must carry the KYC part (MT-CS-002: "ONLY for Standard and Premium Accounts"). */
        serviceLevels: z.array(z.enum(SERVICE_LEVELS)).min(1).default(['Standard', 'Premium']),
      })
      .strict(),
  })
  .strict();
type ReminderParams = z.output<typeof reminderParams>;

const checkWelcome = (ctx: RuleContext<ReminderParams>, compose: ComposeFacts): Outcome => {
  const { email, kyc } = ctx.params;
  const details: ItemDetail[] = [];
  const todo: string[] = [];
  if (email.subjectContains.length && !unreadablePart(compose, 'subject')) {
    if (containsAny(compose.subject, email.subjectContains))
      details.push({ key: 'template', state: 'done', text: `Subject is the "${email.template}" template's` });
    else {
      details.push({ key: 'template', state: 'warn', text: `Subject doesn't contain "${email.subjectContains[0]}"` });
      todo.push(`The subject doesn't look like the "${email.template}" template's.`);
    }
  }
  // The KYC part is required only for the listed service levels; for the others it is information.
  const level = ctx.value('serviceLevel');
  const levels = andList(kyc.serviceLevels.map(String)).replace(' and ', ' or ');
  const required = level !== undefined && kyc.serviceLevels.includes(level);
  const notes: string[] = [];
  if (unreadablePart(compose, 'body')) {
    details.push({ key: 'kyc', state: 'warn', text: "Can't read the email body" });
    todo.push("Can't read the email body to find the Onboarding Survey (KYC): check it by hand.");
  } else if (containsAny(compose.bodyText, kyc.bodyContains) || compose.links.some((l) => containsAny(l, kyc.linkContains))) {
    details.push({ key: 'kyc', state: 'done', text: 'The Onboarding Survey (KYC) is in the body' });
  } else if (required) {
    details.push({ key: 'kyc', state: 'warn', text: `No Onboarding Survey (KYC) in the body (required for ${level} accounts)` });
    todo.push(`The Onboarding Survey (KYC) is missing: it is required for ${level} accounts; use the "${email.template}" template, which carries it.`);
  } else if (level !== undefined) {
    details.push({ key: 'kyc', state: 'info', text: `No Onboarding Survey (KYC): only ${levels} accounts need it; this one is ${level}` });
    notes.push(`The Onboarding Survey (KYC) part is only for ${levels} accounts; this one is ${level}, so it may stay out.`);
  } else {
    details.push({ key: 'kyc', state: 'info', text: `No Onboarding Survey (KYC): needed only for ${levels} accounts` });
    notes.push(`The Onboarding Survey (KYC) part is needed only for ${levels} accounts. ${learn(['serviceLevel'])}`);
  }
  const state = worst(details.map((d) => d.state!));
  if (state === 'done') return { state, message: `This is the "${email.template}" template with the Onboarding Survey (KYC).`, details };
  if (state === 'info') return { state, message: notes.join(' '), details };
  return { state, message: [...todo, ...notes].join(' '), details };
};

/**
 * OB-REMINDER-EMAIL. On the welcome/reminder compose: it is the template carrying the KYC survey.
 * Elsewhere: a hand-checked step, not needed once the onboarding call is booked.
 */
export const reminderEmail: Evaluator<ReminderParams> = {
  params: reminderParams,
  evaluate: (ctx) => {
    if (isComposePage(ctx.page)) {
      const compose = composeOfKind(ctx.page, ctx.params.email);
      return compose ? checkWelcome(ctx, compose) : null;
    }
    const booked = ctx.value('obCallScheduledFor');
    if (!ctx.manual?.done && booked)
      return {
        state: 'na',
        message: `Not needed: the onboarding call is booked (${FACT_NAMES.obCallScheduledFor} ${day(booked)}).`,
        actions: [toggleAction(false)],
      };
    return manualOutcome(ctx, {
      todo: `If ${theAdmin(ctx)} hasn't scheduled the onboarding call, replied or answered your first call: send the "${ctx.params.email.template}" reminder (it carries the Onboarding Survey, KYC).`,
    });
  },
};

// ---- OB-RECAP-EMAIL ------------------------------------------------------------------------

const recapParams = z
  .object({
    email: emailMarkersFor('recap'),
    calendlyLinkContains: needles.min(1),
    attachments: z.array(z.string().trim().min(1)).min(1),
    /** How many upcoming sessions per product count as "the upcoming training dates". */
    sessionsAhead: z.number().int().min(1).max(8).default(3),
    schedules: webinarSchedulesSchema.prefault({}),
    smb: z
      .object({
        template: z.string().min(1),
        launchKit: z.object({ name: z.string().min(1), bodyContains: needles.default([]), linkContains: needles.default([]) }).strict(),
      })
      .strict(),
  })
  .strict();
type RecapParams = z.output<typeof recapParams>;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Short month names as people write them: "Sept" as well as "Sep". */
const MONTH_ALIASES: Record<number, string[]> = { 9: ['Sept'] };

/**
 * Whether `text` names the calendar day `isoDate` the ways CSMs write a session's date: "December 1",
 * "Dec. 1st", "Sept 8", "10 March", "1st of December", "Tuesday, March 10 at 11:00 AM CT",
 * "2026-03-10", "12/1", "12/01/2026". A fraction or a price ("$3/10 users", "3/10 seats") is not a date.
 */
export const mentionsDate = (text: string, isoDate: string): boolean => {
  const [yyyy, mm, dd] = isoDate.split('-');
  const month = Number(mm);
  const date = Number(dd);
  const name = MONTHS[month - 1]!;
  const names = [name, name.slice(0, 3), ...(MONTH_ALIASES[month] ?? [])].join('|');
  const ordinal = '(?:st|nd|rd|th)?';
  const monthFirst = new RegExp(`\\b(?:${names})\\.?,? +0?${date}${ordinal}\\b`, 'i');
  const dayFirst = new RegExp(`\\b0?${date}${ordinal} +(?:of +)?(?:${names})\\b`, 'i');
  const iso = new RegExp(`(^|[^\\d-])${yyyy}-${mm}-${dd}(?![\\d])`);
  // m/d or m/d/yy(yy), not after a currency sign, digit or slash, and not a count ("3/10 users").
  const digits = new RegExp(`(^|[^\\d/$€£.])0?${month}/0?${date}(?:/(?:\\d{2}|\\d{4}))?(?![\\d/])(?! *(?:users?|seats?|licen[cs]es?|people|employees|spots?)\\b)`, 'i');
  return monthFirst.test(text) || dayFirst.test(text) || iso.test(text) || digits.test(text);
};

/** The Central calendar dates of the next sessions of the account's webinars. */
const sessionDates = (ctx: RuleContext<RecapParams>, products: readonly string[]): string[] =>
  WEBINAR_PRODUCTS.filter((p) => products.includes(p)).flatMap((p) => {
    const schedule = ctx.params.schedules[p];
    return nextWebinars(ctx.now, p, ctx.params.sessionsAhead, schedule).map((s) => todayIn(s.start, schedule.zone ?? SOP_ZONE));
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
    else if (sessionDates(ctx, webinars).some((d) => mentionsDate(body, d)))
      details.push({ key: 'training-dates', state: 'done', text: 'Upcoming training dates are in the body' });
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
export const recapEmail: Evaluator<RecapParams> = {
  params: recapParams,
  needs: ['obCallCompletedDate'],
  evaluate: (ctx) => {
    if (isComposePage(ctx.page)) {
      const compose = composeOfKind(ctx.page, ctx.params.email);
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
};
