import { subtypesOf } from '../../classify/classify';
import { isInstant, todayIn } from '../../dates';
import { normalText } from '../../engine/email-kind';
import { defineRule } from '../define';
import { day, learn } from '../common/onboarding-helpers';
import { z } from '../../zod';

/** Digital accounts (MT-CS-020). Evaluators are named after their rule. */

const sequenceParams = z.strictObject({
  /** The Outreach sequence for Digital accounts … */
  regular: z.string().check(z.trim(), z.minLength(1)),
  /** … and the one for GameDay accounts. */
  gameDay: z.string().check(z.trim(), z.minLength(1)),
});

const sameName = (a: string, b: string) => normalText(a) === normalText(b);

/**
 * DG-SEQUENCE. On the prospect: the admin is in the sequence for this account (GameDay or not),
 * not in the other one, and was added by the assignment date. On a sequence page: is this the
 * right sequence for the account?
 */
export default defineRule({
  id: 'DG-SEQUENCE',
  sop: 'MT-CS-020',
  title: 'Admin in the onboarding sequence',
  where: ['outreach.prospect', 'outreach.sequence'],
  stage: 'onboarding',
  appliesTo: { segments: ['Digital'] },
  help: 'Once the account is assigned to you, add your admin (prospect) to the "DCSM Account Onboarding and Adoption" Outreach sequence, or for GameDay accounts to "Digital Account Adoption (GameDay) Check-In (30 Days After OB Email is Sent)", on the same day.',
  note: 'MT-CS-020: "Once the account is assigned to you, add your admin (prospect) to the DCSM Account Onboarding and Adoption or the Digital Account Adoption (GameDay) Check-In (30 Days After OB Email is Sent) Outreach sequences (depending if it’s GameDay or not) on the same day." Added after the assignment date: warning. The day Outreach shows as "Added" is the day in the CSM\'s zone, never its UTC date. Sequence names are compared ignoring case and spacing.',
  order: 260,
  defaults: {
        regular: 'DCSM Account Onboarding and Adoption',
        gameDay: 'Digital Account Adoption (GameDay) Check-In (30 Days After OB Email is Sent)',
      },
  params: sequenceParams,
  needs: ['subtypes'],
  evaluate: (ctx) => {
    const page = ctx.page;
    const o = page?.outreach;
    if (!page || !o || (page.kind !== 'outreach.prospect' && page.kind !== 'outreach.sequence')) return null;
    if (!page.ready) return { state: 'info', message: 'Waiting for Outreach to load…' };
    const { regular, gameDay } = ctx.params;
    if (o.unreadable.includes('sequenceNames'))
      return { state: 'warn', message: `Can't read the sequences on this page: check "${regular}" (or "${gameDay}" for GameDay) by hand.` };
    // Read blank on the Account = no subtype, so not GameDay; only never-seen is unknown.
    const subtypes = subtypesOf(ctx.facts);
    const isGameDay = subtypes?.includes('GameDay');
    const expected = subtypes ? (isGameDay ? gameDay : regular) : undefined;
    const wrong = subtypes ? (isGameDay ? regular : gameDay) : undefined;
    const which = isGameDay ? 'is a GameDay account' : 'is not a GameDay account';
    const find = (name: string) => o.sequenceNames.find((n) => sameName(n, name));

    if (page.kind === 'outreach.sequence') {
      const here = o.sequenceNames[0];
      if (!here || (!sameName(here, regular) && !sameName(here, gameDay))) return null;
      if (!expected)
        return { state: 'info', message: `GameDay accounts go in "${gameDay}", the others in "${regular}". ${learn(['subtypes'])}` };
      if (sameName(here, expected))
        return { state: 'info', message: `"${here}" is the right sequence for this account: check on the prospect that the admin is in it.` };
      return { state: 'error', message: `Wrong sequence: this account ${which}, so the admin goes in "${expected}", not "${here}".` };
    }

    if (!expected) {
      const found = find(regular) ?? find(gameDay);
      return {
        state: 'info',
        message: `${found ? `The admin is in "${found}".` : `Add the admin to "${regular}" (GameDay accounts: "${gameDay}").`} Which one depends on GameDay: ${learn(['subtypes'])}`,
      };
    }
    const right = find(expected);
    const bad = find(wrong!);
    const assignment = ctx.value('assignmentDate');
    if (bad)
      return {
        state: 'error',
        message: right
          ? `The admin is in "${bad}" as well as "${right}": this account ${which}, so remove them from "${bad}".`
          : `The admin is in "${bad}", but this account ${which}: move them to "${expected}".`,
      };
    if (!right) {
      // Due the assignment day (the next business day when that is not one): a to-do before it, a
      // warning that day (the morning before the CSM adds them is not a failure), an error after.
      const due = assignment ? ctx.calendar.businessDayOnOrAfter(assignment) : undefined;
      const state = !due ? 'error' : ctx.today < due ? 'todo' : ctx.today === due ? 'warn' : 'error';
      return {
        state,
        message: `${state === 'warn' ? 'Due today: a' : 'A'}dd the admin to the "${expected}" sequence${assignment ? ` (due on the assignment date, ${day(assignment)})` : ''}.`,
        ...(due ? { due } : {}),
      };
    }
    const addedKey = Object.keys(o.addedOn ?? {}).find((k) => sameName(k, right));
    // The adapter gives the day in the CSM's zone; an instant (facts stored before it did) is turned
    // into that day here, never cut to its UTC date (2026-12-01T03:00Z is Nov 30 in Chicago).
    const raw = addedKey ? o.addedOn![addedKey]! : undefined;
    const added = raw && isInstant(raw) ? todayIn(raw, ctx.settings.timeZone) : raw?.slice(0, 10);
    if (added && assignment && added > assignment)
      return {
        state: 'warn',
        message: `The admin was added to "${right}" on ${day(added)}, after the assignment date (${day(assignment)}): the SOP asks for the same day.`,
      };
    return { state: 'done', message: `The admin is in "${right}"${added ? ` since ${day(added)}` : ''}.` };
  },
});
