import { todayIn } from '../../dates';
import type { ItemDetail, RuleContext } from '../../engine/types';
import type { OutreachActivityType } from '../../facts/page-facts';
import type { AccountProgress } from '../../progress/events';
import { ticksById } from '../../progress/ticks';
import { defineRule } from '../define';
import { day } from '../common/onboarding-helpers';
import { z } from '../../zod';

export const OUT_LOG_TOUCHES = 'OUT-LOG-TOUCHES';

/** One touch the CSM recorded in the sidebar: a call or an email, on a day in the CSM's zone. */
export interface Touch {
  channel: OutreachActivityType;
  day: string;
  /** What the sidebar recorded it as ("same-day call", "contact log"). */
  source: string;
}

/** The progress key of one touch's "logged in Outreach" tick: `OUT-LOG-TOUCHES:<channel>:<day>`. */
export const touchLogKey = (channel: OutreachActivityType, date: string): string => `${OUT_LOG_TOUCHES}:${channel}:${date}`;

/**
 * The item ticks that record a touch: the tick's day (in the CSM's zone) is the touch's day.
 * The contact log (Unresponsive, and escalation contact attempts) records its own days.
 */
const TOUCH_TICKS: Array<{ ruleId: string; channel: OutreachActivityType; source: string }> = [
  { ruleId: 'OB-SAME-DAY-CALL', channel: 'call', source: 'same-day call' },
  { ruleId: 'OB-REMINDER-EMAIL', channel: 'email', source: 'reminder email' },
];

const zoneDay = (instant: string, zone: string): string => {
  try {
    return todayIn(instant, zone);
  } catch {
    return instant.slice(0, 10);
  }
};

/** Every touch recorded in the sidebar, one per channel and day (one Outreach activity logs it), oldest first. */
export function touchesOf(progress: AccountProgress, zone: string): Touch[] {
  const byKey = new Map<string, Touch>();
  const add = (t: Touch) => {
    const key = touchLogKey(t.channel, t.day);
    const known = byKey.get(key);
    if (!known) byKey.set(key, t);
    else if (!known.source.split(', ').includes(t.source)) known.source = `${known.source}, ${t.source}`;
  };
  const ticks = ticksById(progress);
  for (const { ruleId, channel, source } of TOUCH_TICKS) {
    const tick = ticks.get(ruleId);
    if (tick?.done) add({ channel, day: zoneDay(tick.at, zone), source });
  }
  for (const [date, entry] of Object.entries(progress.contacts)) {
    if (entry.email?.done) add({ channel: 'email', day: date, source: 'contact log' });
    if (entry.call?.done) add({ channel: 'call', day: date, source: 'contact log' });
  }
  return [...byKey.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.channel < b.channel ? -1 : 1));
}

/** The activities of the Outreach prospect page shown, by `<type>:<day>`; null when this is no such page or it shows no list. */
function activitiesShown(ctx: RuleContext<unknown>): Set<string> | null {
  const page = ctx.page;
  if (page?.kind !== 'outreach.prospect' || !page.ready) return null;
  const list = page.outreach?.activities;
  if (!list) return null;
  return new Set(list.map((a) => `${a.type}:${a.day}`));
}

const NOUN: Record<OutreachActivityType, string> = { call: 'call', email: 'email', meeting: 'meeting' };

/**
 * OUT-LOG-TOUCHES. Each call or email the CSM records in the sidebar (the same-day call, the
 * reminder email, the contact log's emails and calls) gets a "logged in Outreach" tick of its own
 * (progress key `OUT-LOG-TOUCHES:<channel>:<day>`): due the day of the touch, a to-do that day,
 * an error from the next business day. On an Outreach prospect page whose activity list shows an
 * activity of that type on that day, the touch counts as logged there.
 */
export default defineRule({
  id: OUT_LOG_TOUCHES,
  sop: 'MT-CS-002',
  title: 'Every touch logged in Outreach',
  where: ['any', 'timeline'],
  stage: 'onboarding',
  help: 'Log every email, call and meeting with the customer in Outreach the day it happens, for visibility and account management. Tick each one here once logged; on the prospect\'s page in Outreach, its activity list confirms the day\'s logged calls and emails.',
  note: 'MT-CS-002: "Also, please follow the MT-CS-014: Outreach Setup & Management SOP to keep track of your emails, calls and meetings, both for visibility and account management purposes." MT-CS-020: "Even if an account is escalated or unresponsive, it is important to have proof of the 10 business day follow-up stage in the notes, as well as logged emails and calls. These are also taken into account for process visibility." MT-CS-014 itself is not among the seeds, so how Outreach logs an activity is not checked beyond its activity list: a touch is logged when a logged activity of its type (email, call) and day shows there, or when the CSM ticks it. The touches are the ones the sidebar records: the same-day call and the reminder email (their tick\'s day in the CSM\'s zone) and the contact log\'s emails and calls (Unresponsive, escalation contact attempts); meetings are not recorded in the sidebar yet. Two touches of one type on one day are one activity to log. Due the day of the touch: a to-do that day, flagged from the next business day.',
  order: 356,
  params: z.strictObject({}) as unknown as z.ZodMiniType<Record<string, never>>,
  evaluate: (ctx) => {
    const touches = touchesOf(ctx.progress, ctx.settings.timeZone);
    const shown = activitiesShown(ctx);
    const page = ctx.page;
    const noList =
      page?.kind === 'outreach.prospect' && page.ready && !page.outreach?.activities
        ? " This page shows no activity list: open the prospect's activity to confirm the logged ones."
        : '';
    if (!touches.length) return { state: 'na', message: `No call or email recorded in the sidebar yet: each one you record gets a "logged in Outreach" tick here.${noList}` };
    const ticks = ticksById(ctx.progress);
    const rows = touches.map((t) => {
      const key = touchLogKey(t.channel, t.day);
      const ticked = ticks.get(key)?.done === true;
      const seen = shown?.has(`${t.channel}:${t.day}`) === true;
      const late = !ticked && !seen && ctx.today >= ctx.calendar.nextBusinessDay(t.day);
      return { t, key, ticked, seen, late, logged: ticked || seen };
    });
    const details: ItemDetail[] = rows.map(({ t, key, ticked, seen, late, logged }) => ({
      key,
      state: logged ? 'done' : late ? 'error' : 'todo',
      toggle: { key, done: ticked },
      text: `${t.day === ctx.today ? 'Today' : day(t.day)} · ${NOUN[t.channel]} (${t.source}) · ${ticked ? 'logged in Outreach' : seen ? 'in the activity list on this page' : late ? 'not logged in Outreach' : 'log it in Outreach today'}`,
    }));
    const label = (r: (typeof rows)[number]) => `the ${NOUN[r.t.channel]} of ${day(r.t.day)}`;
    const late = rows.filter((r) => r.late);
    const open = rows.filter((r) => !r.logged && !r.late);
    if (late.length)
      return {
        state: 'error',
        due: late[0]!.t.day,
        details,
        message: `Not logged in Outreach: ${late.map(label).join(', ')}. Log each touch as an activity on the prospect, then tick it here.${noList}`,
      };
    if (open.length)
      return { state: 'todo', due: open[0]!.t.day, details, message: `Log ${open.map(label).join(' and ')} in Outreach today, then tick it here.${noList}` };
    return { state: 'done', details, message: `All ${rows.length} touch${rows.length === 1 ? '' : 'es'} logged in Outreach.` };
  },
});
