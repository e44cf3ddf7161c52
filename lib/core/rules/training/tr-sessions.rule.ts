import { subtypesOf } from '../../classify/classify';
import { addCalendarDays, weekdayOf, type IsoDate } from '../../dates';
import { webinarSchedulesSchema } from '../../engine/snippets';
import type { ItemDetail, Outcome, RuleContext } from '../../engine/types';
import type { ItemState } from '../../model/vocab';
import { defineRule } from '../define';
import { andList, day, unknownFact } from '../common/onboarding-helpers';
import { sessionHeldKey, sessionMissedKey, tickedOn, trainingsHeld, type TrainingProduct } from './training-shared';
import { z } from '../../zod';

const sessionsParams = z.strictObject({ schedules: z.prefault(webinarSchedulesSchema, {}) });

type SessionsParams = z.output<typeof sessionsParams>;

/** The first session day of `weekday` after `after` that is a business day (a holiday has no webinar). */
const sessionAfter = (ctx: RuleContext<SessionsParams>, after: IsoDate, weekday: number): IsoDate => {
  let date = addCalendarDays(after, 1);
  for (let i = 0; i < 70 && (weekdayOf(date) !== weekday || !ctx.calendar.isBusinessDay(date)); i++) date = addCalendarDays(date, 1);
  return date;
};

/**
 * The day the trainings count from: the onboarding call (completed, else scheduled); a Digital
 * account without one (not SMB, which has the call: MT-CS-007) counts from its Day-4 follow-up.
 */
const trainingsFrom = (ctx: RuleContext<SessionsParams>): { from: IsoDate; after: string } | Outcome | null => {
  const call = ctx.value('obCallCompletedDate') ?? ctx.value('obCallScheduledFor');
  if (call) return { from: call, after: `the onboarding call (${day(call)})` };
  if (ctx.value('segmentation') !== 'Digital') return { state: 'todo', message: 'The Learning and Compliance trainings follow the onboarding call: tick each one held.' };
  const subtypes = subtypesOf(ctx.facts);
  if (!subtypes) return unknownFact(ctx, 'subtypes', 'SMB accounts train after the onboarding call; other Digital accounts after the Day-4 follow-up.');
  if (subtypes.includes('SMB')) return { state: 'todo', message: 'The Learning and Compliance trainings follow the onboarding call: tick each one held.' };
  const assignment = ctx.value('assignmentDate');
  if (!assignment) return unknownFact(ctx, 'assignmentDate', 'Digital trainings are expected from the Day-4 follow-up.');
  const dayFour = ctx.calendar.businessDayOnOrAfter(addCalendarDays(assignment, 3));
  return { from: dayFour, after: `the Day-4 follow-up (${day(dayFour)})` };
};

const STATE_RANK: Record<string, number> = { error: 3, warn: 2, todo: 1 };

/**
 * TR-SESSIONS: one line per Learning (Tuesday) and Compliance (Thursday) training the account's
 * products call for, ticked when held (progress key `TR-SESSIONS:<product>`) or "missed, to rebook"
 * (`TR-SESSIONS:<product>-missed`: the next week's session is then expected). The first session
 * expected is the first after the onboarding call; warn on its day, error from the next.
 */
export default defineRule({
  id: 'TR-SESSIONS',
  sop: 'MT-CS-020',
  title: 'Training sessions held',
  where: ['timeline'],
  stage: 'training',
  help: 'Hold a Learning training (Tuesdays, 11 AM Central) and a Compliance training (Thursdays, 11 AM Central) for the products the account has, 45 minutes each. Tick each session once it is held; if the admin missed it, tick "missed" and rebook the next session.',
  steps: ['Learning: Tuesdays at 11 AM Central, 45 min', 'Compliance: Thursdays at 11 AM Central, 45 min', 'Missed: rebook the next session'],
  note: 'MT-CS-020: "Each Learning and Compliance training session should last 45 minutes each, to cover the full module." (Learning "Tuesdays at 11 am CST", Compliance "Thursdays at 11 am CST"); MT-CS-007: "These training sessions will be provided the same way as when handling a Learning and Compliance account". The seeds give no day for the first session: the first session expected is the first one (on a business day) after the onboarding call (its completed date, else "Onboarding Call Scheduled For"); a Digital account without an onboarding call (not SMB) counts from its Day-4 follow-up. Each session is ticked held (TR-SESSIONS:<product>) or missed, to rebook (TR-SESSIONS:<product>-missed: the next one is then expected). Not shown on the Unresponsive branch. Once every training is held, SMB-COMPLETED-RECAP is due that day and SMB-ADOPTION-60 counts from it.',
  order: 305,
  defaults: {
    schedules: {
      Learning: { weekday: 2, time: '11:00', minutes: 45 },
      Compliance: { weekday: 4, time: '11:00', minutes: 45 },
    },
  },
  params: sessionsParams,
  needs: ['products'],
  evaluate: (ctx) => {
    if (ctx.progress.branch?.value === 'unresponsive') return null;
    const trainings = trainingsHeld(ctx);
    if (!trainings) return unknownFact(ctx, 'products', 'The Learning and Compliance trainings depend on the products.');
    if (!trainings.products.length) return null;
    const pending = trainings.products.filter((p) => !trainings.held.has(p));
    const start = pending.length ? trainingsFrom(ctx) : null;
    if (start && 'state' in start) return start;

    const details: ItemDetail[] = [];
    const open: Array<{ product: TrainingProduct; date: IsoDate; state: ItemState }> = [];
    for (const product of trainings.products) {
      const key = sessionHeldKey(product);
      const held = trainings.held.get(product);
      if (held) {
        details.push({ key, state: 'done', text: `${product} training held (${day(held)})`, toggle: { key, done: true } });
        continue;
      }
      const missed = tickedOn(ctx, sessionMissedKey(product));
      const from = missed && missed > start!.from ? missed : start!.from;
      const date = sessionAfter(ctx, from, ctx.params.schedules[product].weekday);
      const state: ItemState = date > ctx.today ? 'todo' : date === ctx.today ? 'warn' : 'error';
      open.push({ product, date, state });
      const when = state === 'error' ? ' · overdue: tick it held, or missed to rebook' : state === 'warn' ? ' · today' : '';
      const rebooked = missed ? ` (rebooked: missed on ${day(missed)})` : ` (the first after ${start!.after})`;
      details.push({ key, state, text: `${product} training · ${day(date)}${rebooked}${when}`, toggle: { key, done: false } });
      const missedKey = sessionMissedKey(product);
      details.push({ key: missedKey, state: 'info', text: `Missed: rebook the ${product} training for the next session`, toggle: { key: missedKey, done: !!missed, label: `Missed: the ${product} training did not take place (rebook the next session)` } });
    }
    if (!open.length)
      return { state: 'done', message: `All Learning and Compliance trainings held (the last on ${day(trainings.allHeldOn!)}).`, details, due: trainings.allHeldOn! };
    const worst = Math.max(...open.map((o) => STATE_RANK[o.state]!));
    const label = (o: (typeof open)[number]) => `the ${o.product} training (${day(o.date)})`;
    const shown = open.filter((o) => STATE_RANK[o.state] === worst);
    const due = open.map((o) => o.date).sort()[0]!;
    const text = andList(shown.map(label));
    if (worst === 3) return { state: 'error', message: `Overdue: ${text}: tick it held, or missed to rebook the next session.`, details, due };
    if (worst === 2) return { state: 'warn', message: `Today: ${text}. Tick it once held, or missed to rebook.`, details, due };
    const next = open.find((o) => o.date === due)!;
    return { state: 'todo', message: `Next: ${label(next)}.`, details, due };
  },
});
