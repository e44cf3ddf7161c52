import type { IsoDate } from '../../dates';
import type { ItemDetail, RuleContext } from '../../engine/types';
import type { FieldKey } from '../../facts/fields';
import type { ItemState } from '../../model/vocab';
import { day } from '../common/onboarding-helpers';
import { tickedOn } from '../training/training-shared';

/** The rule that checks what the SMB adoption meeting leaves behind (SMB-ADOPTION-ARTEFACTS). */
export const ARTEFACTS_RULE = 'SMB-ADOPTION-ARTEFACTS';
/** Progress key of "the SMB Adoption Checklist was downloaded as a PDF and uploaded" (a detail tick). */
export const CHECKLIST_KEY = `${ARTEFACTS_RULE}:checklist`;
/** Progress key of "the admin agreed to be a reference" (a detail tick): only then are the Reference fields asked. */
export const REFERENCE_AGREED_KEY = `${ARTEFACTS_RULE}:reference-agreed`;
/** The meeting itself (its tick dates the meeting day). */
export const MEETING_RULE = 'SMB-ADOPTION-60';

export interface Artefacts {
  /** The day the adoption meeting was ticked held; undefined before. */
  meetingOn?: IsoDate;
  lines: Array<ItemDetail & { state: ItemState; due?: IsoDate }>;
}

const filled = (value: unknown): boolean => (typeof value === 'string' ? value.trim() !== '' : value !== null && value !== undefined && value !== false);

/** A page field's content: `filled`/`empty` when this page shows it, `unknown` when it does not. */
const read = (ctx: RuleContext<unknown>, key: FieldKey): 'filled' | 'empty' | 'unknown' => {
  const f = ctx.field(key);
  if (!f || f.status !== 'ok') return 'unknown';
  return filled(f.value) ? 'filled' : 'empty';
};

/** todo before the due day, warn on it, error after; never before the meeting is held. */
const dueState = (ctx: RuleContext<unknown>, due: IsoDate | undefined): ItemState =>
  due === undefined || due > ctx.today ? 'todo' : due === ctx.today ? 'warn' : 'error';

const when = (state: ItemState, due: IsoDate | undefined, before: string): string =>
  due === undefined ? ` · ${before}` : state === 'error' ? ` · overdue since ${day(due)}` : state === 'warn' ? ' · due today' : ` · by ${day(due)}`;

/**
 * The SMB adoption meeting's artefacts (MT-CS-007), each as a line: the checklist PDF uploaded
 * (ticked by hand: no page shows the upload), due the meeting day ("right after the meeting");
 * Adoption Notes on the Opportunity, read where the Opportunity shows them, due the next business
 * day; the admin's agreement to be a reference (a tick, never demanded) and then the Account's
 * Reference fields, read on the Account, due the next business day after the meeting (or the tick).
 * Before the meeting is ticked held, nothing is due.
 */
export const adoptionArtefacts = (ctx: RuleContext<unknown>): Artefacts => {
  const meetingOn = tickedOn(ctx, MEETING_RULE);
  const lines: Artefacts['lines'] = [];
  const nextDay = meetingOn ? ctx.calendar.nextBusinessDay(meetingOn) : undefined;

  const checklistDone = !!ctx.progress.items[CHECKLIST_KEY]?.done;
  const checklistState: ItemState = checklistDone ? 'done' : dueState(ctx, meetingOn);
  lines.push({
    key: CHECKLIST_KEY,
    state: checklistState,
    ...(meetingOn && !checklistDone ? { due: meetingOn } : {}),
    text: `SMB Adoption Checklist (Learning and Compliance) downloaded as a PDF and uploaded${checklistDone ? '' : when(checklistState, meetingOn, 'right after the meeting')}`,
    toggle: { key: CHECKLIST_KEY, done: checklistDone },
  });

  const notes = read(ctx, 'opp.adoptionNotes');
  if (notes === 'filled') lines.push({ key: 'adoption-notes', state: 'done', text: 'Adoption Notes filled in the Opportunity' });
  else if (notes === 'empty') {
    const state = dueState(ctx, nextDay);
    lines.push({ key: 'adoption-notes', state, ...(nextDay ? { due: nextDay } : {}), text: `Adoption Notes in the Opportunity: empty${when(state, nextDay, 'add the admin\'s feedback after the meeting')}` });
  } else
    lines.push({
      key: 'adoption-notes',
      state: 'info',
      ...(nextDay ? { due: nextDay } : {}),
      text: `Adoption Notes in the Opportunity${nextDay ? `, by ${day(nextDay)}` : ''}: unknown until the Opportunity is opened`,
    });

  const agreedOn = tickedOn(ctx, REFERENCE_AGREED_KEY);
  lines.push({
    key: REFERENCE_AGREED_KEY,
    state: agreedOn ? 'done' : 'info',
    text: agreedOn ? `The admin agreed to be a reference (${day(agreedOn)})` : 'The admin agreed to be a reference? Tick if so (then update the Reference fields)',
    toggle: { key: REFERENCE_AGREED_KEY, done: !!agreedOn, label: 'The admin agreed to be a reference (the Reference fields on the Account are then asked)' },
  });
  if (agreedOn) {
    const from = meetingOn && meetingOn > agreedOn ? meetingOn : agreedOn;
    const due = ctx.calendar.nextBusinessDay(from);
    const flag = read(ctx, 'account.reference');
    const refNotes = read(ctx, 'account.referenceNotes');
    if (flag === 'unknown' || refNotes === 'unknown')
      lines.push({ key: 'reference-fields', state: 'info', due, text: `Reference fields on the Account, by ${day(due)}: unknown until the Account is opened` });
    else if (flag === 'filled' && refNotes === 'filled') lines.push({ key: 'reference-fields', state: 'done', text: 'Reference fields updated on the Account' });
    else {
      const state = dueState(ctx, due);
      lines.push({ key: 'reference-fields', state, due, text: `Reference fields on the Account: update them${when(state, due, '')}` });
    }
  }
  return { ...(meetingOn ? { meetingOn } : {}), lines };
};

/** The lines as item details (without their internal due days). */
export const artefactDetails = (artefacts: Artefacts): ItemDetail[] => artefacts.lines.map(({ due: _due, ...line }) => line);
