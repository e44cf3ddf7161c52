import { composeOfKind, containsAny, emailMarkersFor, isComposePage } from '../../engine/email-kind';
import { COMPOSE_PAGES } from '../../model/served-pages';
import type { ItemDetail, Outcome, RuleContext } from '../../engine/types';
import type { ComposeFacts } from '../../facts/page-facts';
import { SERVICE_LEVELS } from '../../model/vocab';
import { FACT_NAMES } from '../../profile/schema';
import { defineRule } from '../define';
import { manualOutcome } from '../common/manual-outcome';
import { andList, day, learn, theAdmin, toggleAction, unreadablePart, worst } from '../common/onboarding-helpers';
import { COMPOSE, WELCOME_EMAIL } from './onboarding-defaults';
import { needles } from './onboarding-emails';
import { followsCoreWelcome, WELCOME_PROCESS, welcomeProcessSchema } from './welcome-process';
import { z } from '../../zod';

// ---- OB-REMINDER-EMAIL --------------------------------------------------------------------

const reminderParams = z.strictObject({
  email: emailMarkersFor('welcome'),
  /** What shows the Onboarding Survey (KYC) part of the template is in the body. */
  kyc: z.strictObject({
    bodyContains: z._default(needles, []),
    linkContains: z._default(needles, []),
    /** Service levels whose reminder must carry the KYC part (MT-CS-002: "ONLY for Standard and Premium Accounts"). */
    serviceLevels: z._default(z.array(z.enum(SERVICE_LEVELS)).check(z.minLength(1)), ['Standard', 'Premium']),
  }),
  /** Whose process has this reminder (MT-CS-002's CCSM/SCSM template); not a plain Digital account's. */
  process: welcomeProcessSchema,
});

type ReminderParams = z.output<typeof reminderParams>;

const PLAIN_DIGITAL_WELCOME = "a plain Digital account's Day-1 welcome (MT-CS-020) asks for no Onboarding Survey (KYC) part and no reminder.";

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
  // The KYC part is required only for the listed service levels of a Core/Strategic/SMB account
  // (the caller has set plain Digital aside); for the others it is information.
  const level = ctx.value('serviceLevel');
  const levels = andList(kyc.serviceLevels.map(String)).replace(' and ', ' or ');
  const tierNeedsIt = level !== undefined && kyc.serviceLevels.includes(level);
  const process = followsCoreWelcome(ctx, ctx.params.process);
  const required = tierNeedsIt && process.value === true;
  const notes: string[] = [];
  if (unreadablePart(compose, 'body')) {
    details.push({ key: 'kyc', state: 'warn', text: "Can't read the email body" });
    todo.push("Can't read the email body to find the Onboarding Survey (KYC): check it by hand.");
  } else if (containsAny(compose.bodyText, kyc.bodyContains) || compose.links.some((l) => containsAny(l, kyc.linkContains))) {
    details.push({ key: 'kyc', state: 'done', text: 'The Onboarding Survey (KYC) is in the body' });
  } else if (required) {
    details.push({ key: 'kyc', state: 'warn', text: `No Onboarding Survey (KYC) in the body (required for ${level} accounts)` });
    todo.push(`The Onboarding Survey (KYC) is missing: it is required for ${level} accounts; use the "${email.template}" template, which carries it.`);
  } else if (tierNeedsIt) {
    details.push({ key: 'kyc', state: 'info', text: `No Onboarding Survey (KYC): ${level} accounts need it, unless this is a plain Digital account` });
    notes.push(`The Onboarding Survey (KYC) part is required for ${level} accounts on MT-CS-002's template, not on a plain Digital account's welcome. ${learn(process.needs)}`);
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
export default defineRule({
  id: 'OB-REMINDER-EMAIL',
  sop: 'MT-CS-002',
  title: 'Reminder email with the KYC survey',
  where: [...COMPOSE, 'timeline'],
  stage: 'onboarding',
  help: 'If the admin hasn’t scheduled the onboarding call, hasn’t replied to the initial email, hasn’t reached out to you, or doesn’t answer your first call, send a reminder email with the Outreach "Welcome to MedTrainer! CSM" template (CCSM / SCSM Welcome) to introduce yourself and remind them of the onboarding process. The template carries the Onboarding Survey (KYC), now a Google Form.',
  note: "MT-CS-002: \"If the admin hasn’t scheduled the onboarding call, hasn’t replied to the initial (blue star) email, hasn’t reached out to you, or they do not answer your first call, please send a reminder email\" with the Welcome to MedTrainer! CSM template; \"This template contains a specific part regarding the Onboarding Survey (KYC)\", \"ONLY for Standard and Premium Accounts\": missing on a Standard/Premium account is a warning, on a Basic one information (params.kyc.serviceLevels). Not needed once the onboarding call is booked. Core/Strategic/SMB only (params.process): MT-CS-007 tells SMB accounts \"Please proceed with the onboarding call process as stated in the MT-CS-002\", while a plain Digital account (Digital without SMB) gets MT-CS-020's \"1 Manual Initial Welcome Email (Day 1)\" from the Outreach sequence: no reminder step and no KYC part there. A reply or forward is this email only when its body is the template (its subject is the thread's), or when the CSM says so.",
  order: 170,
  defaults: {
        email: WELCOME_EMAIL,
        kyc: { bodyContains: ['Onboarding Survey', 'KYC'], linkContains: ['docs.google.com/forms'], serviceLevels: ['Standard', 'Premium'] },
        process: WELCOME_PROCESS,
      },
  params: reminderParams,
  needs: ['segmentation', 'subtypes', 'serviceLevel'],
  evaluate: (ctx) => {
    const process = followsCoreWelcome(ctx, ctx.params.process);
    if (COMPOSE_PAGES && isComposePage(ctx.page)) {
      const compose = composeOfKind(ctx.page, ctx.params.email, ctx.emailKind);
      if (!compose) return null;
      if (process.value === false)
        return {
          state: 'na',
          message: `Nothing to check here: ${PLAIN_DIGITAL_WELCOME} The reminder with the Onboarding Survey (KYC) is MT-CS-002's, for Core, Strategic and SMB accounts.`,
        };
      return checkWelcome(ctx, compose);
    }
    if (!ctx.manual?.done && process.value === false)
      return {
        state: 'na',
        message: `Not a step for this account: ${PLAIN_DIGITAL_WELCOME} The reminder is MT-CS-002's (Core, Strategic and SMB accounts).`,
        actions: [toggleAction(false)],
      };
    const booked = ctx.value('obCallScheduledFor');
    if (!ctx.manual?.done && booked)
      return {
        state: 'na',
        message: `Not needed: the onboarding call is booked (${FACT_NAMES.obCallScheduledFor} ${day(booked)}).`,
        actions: [toggleAction(false)],
      };
    const todo = `If ${theAdmin(ctx)} hasn't scheduled the onboarding call, replied or answered your first call: send the "${ctx.params.email.template}" reminder (it carries the Onboarding Survey, KYC).`;
    if (!ctx.manual?.done && process.value === null)
      return { state: 'info', message: `${todo} Core, Strategic and SMB accounts only. ${learn(process.needs)}`, actions: [toggleAction(false)] };
    return manualOutcome(ctx, { todo });
  },
});
