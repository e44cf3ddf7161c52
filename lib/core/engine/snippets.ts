import { z } from '../zod';
import {
  formatDate,
  formatSession,
  formatSessionBoth,
  nextWebinars,
  SOP_ZONE,
  WEBINARS,
  type WebinarProduct,
  type WebinarSession,
} from '../dates';
import { timeZone } from '../dates/schemas';
import type { Product } from '../model/vocab';

/**
 * Texts the sidebar inserts into an email. The defaults below are the seeds' words; the playbook
 * entries carry them as params, so CS Ops can reword them without a build.
 */

/** MT-CS-020 "The Customer Support Department". */
export const SUPPORT_CONTACT = {
  email: 'support@medtrainer.com',
  phone: '844.596.6553',
  url: 'https://support.medtrainer.com/',
  hours: '7:00 AM to 7:00 PM Central Time, Monday to Friday',
} as const;

/** The short block the training recaps end with (seeds 001 and 003, "Our Customer Support Department"). */
export const SUPPORT_CONTACT_BLOCK = [
  'For immediate help, reach out to our Customer Support team:',
  `Email: ${SUPPORT_CONTACT.email}`,
  `Phone: ${SUPPORT_CONTACT.phone}`,
  `Visit: ${SUPPORT_CONTACT.url}`,
  `Hours: ${SUPPORT_CONTACT.hours}`,
].join('\n');

/**
 * The seed's redirect text, word for word except the hours: the seed says "CST", which is wrong
 * half the year, so the customer reads "Central Time" (the SOPs' "CST" is America/Chicago, so daylight time is right).
 */
export const SUPPORT_SNIPPET = [
  'As your Customer Success Manager (CSM), I am here to make sure that MedTrainer is doing everything we can to help you do your job better and solve your problems.',
  '',
  'While I am not always at my desk ready to answer your phone or email when you need help, the MedTrainer Support team is! And when I talk about the Support Team, I am talking about my awesome colleagues - not a Chatbot or a voicemail box. Consider the following stats reported at our weekly team meeting:',
  '',
  '- 95%+ Call Answer Rate: No waiting, just answers.',
  '- <1 Hour Ticket Resolution: Get your answer quickly, guaranteed.',
  `- Extended Support Hours: From ${SUPPORT_CONTACT.hours}, we've got your back.`,
  '',
  'So, reach out to Support using the contact info below and they will get you what you need right away! If they can’t solve your problem and I need to help, they will let me know and I will be sure to get back to you with what you need.',
  '',
  `Email: ${SUPPORT_CONTACT.email}`,
  `Phone: ${SUPPORT_CONTACT.phone}`,
  `Visit: ${SUPPORT_CONTACT.url}`,
].join('\n');

/** What marks the Support contact as already in an email: its address or phone number. */
export const SUPPORT_MARKERS = [SUPPORT_CONTACT.email, SUPPORT_CONTACT.phone];

// ---- Training dates (TR-SCHEDULE, OB-RECAP-EMAIL) -------------------------------------------

export const webinarScheduleSchema = z.strictObject({
  weekday: z.number().check(z.int(), z.gte(0), z.lte(6)),
  time: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:mm')),
  minutes: z.number().check(z.int(), z.positive()),
  zone: z.optional(timeZone),
});

/** Schedules per webinar product; defaults to MT-CS-020's Tue/Thu 11:00 Central, 45 minutes. */
export const webinarSchedulesSchema = z.strictObject({
  Learning: z._default(webinarScheduleSchema, { ...WEBINARS.Learning }),
  Compliance: z._default(webinarScheduleSchema, { ...WEBINARS.Compliance }),
});
export type WebinarSchedules = z.output<typeof webinarSchedulesSchema>;

export const WEBINAR_PRODUCTS: readonly WebinarProduct[] = ['Learning', 'Compliance'];

export interface UpcomingTraining {
  product: WebinarProduct;
  minutes: number;
  sessions: WebinarSession[];
}

/** The next `count` sessions of each webinar the account bought, in the seed's order. */
export const upcomingTrainings = (
  now: string,
  products: readonly Product[],
  count: number,
  schedules: WebinarSchedules,
): UpcomingTraining[] =>
  WEBINAR_PRODUCTS.filter((p) => products.includes(p)).map((product) => ({
    product,
    minutes: schedules[product].minutes,
    sessions: nextWebinars(now, product, count, schedules[product]),
  }));

/** One line per product for the sidebar: each session in Central and, when different, the user's zone. */
export const trainingLines = (trainings: readonly UpcomingTraining[], userZone: string): string[] =>
  trainings.map((t) => `${t.product}: ${t.sessions.map((s) => formatSessionBoth(s, userZone)).join('; ')}`);

/**
 * The text inserted into the customer's email. Times are in Central only: the CSM's own zone
 * (what formatSessionBoth adds as "your time") would mislead the admin.
 */
export const trainingDatesText = (
  trainings: readonly UpcomingTraining[],
  opts: { caseByCase?: string; zone?: string } = {},
): string => {
  const zone = opts.zone ?? SOP_ZONE;
  const lines = trainings.map(
    (t) => `- ${t.product} (${t.minutes} minutes): ${t.sessions.map((s) => formatSession(s, zone)).join(' or ')}`,
  );
  if (opts.caseByCase) lines.push(`- Credentialing Software: ${opts.caseByCase}`);
  return ['Upcoming training sessions:', ...lines].join('\n');
};

// ---- Open forums (SMB-OPEN-FORUMS) ----------------------------------------------------------

/** MT-CS-007 "Open Forums"; `{date}` becomes the next first Thursday. */
export const OPEN_FORUM_TEMPLATE =
  'You are welcome to join our Compliance Open Forums: 30-minute compliance discussions with peers, plus Q&A, held every first Thursday of the month. The next one is on {date}; the invitation will arrive by email.';

export const openForumSentence = (template: string, date: string): string =>
  template.replaceAll('{date}', formatDate(date, 'long'));
