import { describe, expect, it } from 'vitest';
import { CORE, DIGITAL, MISSING, SMB, detailOf, one, page, progress, run } from '../support/compose';

const ID = 'SMB-ADOPTION-ARTEFACTS';
const CHECKLIST = `${ID}:checklist`;
const AGREED = `${ID}:reference-agreed`;

/** The meeting ticked held on `day` (NOW is Fri Nov 27, 2026, 9:00 in Chicago; Thu Nov 26 is Thanksgiving). */
const held = (day: string, more: Record<string, { done: boolean; at: string }> = {}) =>
  progress({ 'SMB-ADOPTION-60': { done: true, at: `${day}T20:00:00Z` }, ...more });
const opp = (notes: string | null) => page('sf.opportunity', { 'opp.adoptionNotes': notes });
const account = (reference: boolean | null, notes: string | null) => page('sf.account', { 'account.reference': reference, 'account.referenceNotes': notes });

describe('SMB-ADOPTION-ARTEFACTS before the meeting', () => {
  it('a to-do naming each artefact, never a warning, even with Adoption Notes empty on the Opportunity', () => {
    const i = one(ID, { facts: SMB, page: opp(null) });
    expect(i).toMatchObject({ state: 'todo', section: 'page' });
    expect(i.due).toBeUndefined();
    expect(detailOf(i, CHECKLIST)).toMatchObject({ state: 'todo', toggle: { key: CHECKLIST, done: false } });
    expect(detailOf(i, CHECKLIST)!.text).toContain('right after the meeting');
    expect(detailOf(i, 'adoption-notes')).toMatchObject({ state: 'todo' });
    expect(detailOf(i, AGREED)).toMatchObject({ state: 'info', toggle: { key: AGREED, done: false } });
    expect(detailOf(i, 'reference-fields')).toBeUndefined();
  });

  it('an overdue meeting is SMB-ADOPTION-60\'s flag, not this one', () => {
    const p = progress({ 'SMB-COMPLETED-RECAP': { done: true, at: '2026-09-01T16:00:00Z' } });
    expect(one('SMB-ADOPTION-60', { facts: SMB, progress: p }).state).toBe('error');
    expect(one(ID, { facts: SMB, progress: p, page: opp(null) }).state).toBe('todo');
  });

  it('off the Opportunity, the notes are unknown until it is opened', () => {
    const i = one(ID, { facts: SMB });
    expect(i.section).toBe('timeline');
    expect(detailOf(i, 'adoption-notes')).toMatchObject({ state: 'info', text: 'Adoption Notes in the Opportunity: unknown until the Opportunity is opened' });
  });

  it('na for other accounts', () => {
    expect(one(ID, { facts: DIGITAL }).state).toBe('na');
    expect(one(ID, { facts: CORE }).state).toBe('na');
  });
});

describe('SMB-ADOPTION-ARTEFACTS after the meeting', () => {
  it('the meeting today: the checklist upload is due today, the notes the next business day', () => {
    const i = one(ID, { facts: SMB, progress: held('2026-11-27'), page: opp('') });
    expect(i).toMatchObject({ state: 'warn', due: '2026-11-27' });
    expect(i.message).toBe('Due today: upload the SMB Adoption Checklist PDF (adoption meeting of Nov 27, 2026).');
    expect(detailOf(i, 'adoption-notes')).toMatchObject({ state: 'todo', text: 'Adoption Notes in the Opportunity: empty · by Nov 30, 2026' });
  });

  it('checklist ticked: the notes are a to-do until the next business day', () => {
    const i = one(ID, { facts: SMB, progress: held('2026-11-27', { [CHECKLIST]: { done: true, at: '2026-11-27T21:00:00Z' } }), page: opp(null) });
    expect(i).toMatchObject({ state: 'todo', due: '2026-11-30' });
    expect(i.message).toBe('By Nov 30, 2026: add Adoption Notes in the Opportunity (adoption meeting of Nov 27, 2026).');
  });

  it('empty Adoption Notes are flagged on the next business day (over the holiday), an error after', () => {
    const checklist = { [CHECKLIST]: { done: true, at: '2026-11-25T21:00:00Z' } };
    // Wed Nov 25 → Thanksgiving → due Fri Nov 27 (today).
    expect(one(ID, { facts: SMB, progress: held('2026-11-25', checklist), page: opp(null) })).toMatchObject({ state: 'warn', due: '2026-11-27' });
    const late = one(ID, { facts: SMB, progress: held('2026-11-24', checklist), page: opp('  ') });
    expect(late).toMatchObject({ state: 'error', due: '2026-11-25' });
    expect(late.message).toBe('Overdue: add Adoption Notes in the Opportunity (adoption meeting of Nov 24, 2026).');
    expect(detailOf(late, 'adoption-notes')!.text).toBe('Adoption Notes in the Opportunity: empty · overdue since Nov 25, 2026');
  });

  it('an unticked checklist upload is overdue the day after the meeting', () => {
    const i = one(ID, { facts: SMB, progress: held('2026-11-25'), page: opp('Engagement increasing.') });
    expect(i).toMatchObject({ state: 'error', due: '2026-11-25' });
    expect(i.message).toBe('Overdue: upload the SMB Adoption Checklist PDF (adoption meeting of Nov 25, 2026).');
  });

  it('done with the checklist ticked and the notes filled; the Reference fields are not asked without the tick', () => {
    const i = one(ID, { facts: SMB, progress: held('2026-11-24', { [CHECKLIST]: { done: true, at: '2026-11-24T21:00:00Z' } }), page: opp('Engagement increasing; asked about a reference.') });
    expect(i).toMatchObject({ state: 'done', message: 'Adoption artefacts in place for the meeting of Nov 24, 2026.' });
    expect(detailOf(i, 'adoption-notes')).toMatchObject({ state: 'done' });
    expect(detailOf(i, 'reference-fields')).toBeUndefined();
    // On the Account, with its Reference fields empty: still not asked.
    const onAccount = run({ facts: SMB, progress: held('2026-11-24', { [CHECKLIST]: { done: true, at: '2026-11-24T21:00:00Z' } }), page: account(false, null) });
    expect(onAccount.items.find((x) => x.ruleId === ID)!.details!.some((d) => d.key === 'reference-fields')).toBe(false);
    expect(onAccount.unreadable).toEqual([]);
  });

  it('off the Opportunity, everything else done: open it to check the notes (not a flag)', () => {
    const i = one(ID, { facts: SMB, progress: held('2026-11-24', { [CHECKLIST]: { done: true, at: '2026-11-24T21:00:00Z' } }) });
    expect(i).toMatchObject({ state: 'todo', due: '2026-11-25', message: 'Open the Opportunity (Adoption Notes) to check them, due Nov 25, 2026.' });
  });

  it('an unreadable Adoption Notes label is reported, not flagged', () => {
    const model = run({ facts: SMB, progress: held('2026-11-24'), page: page('sf.opportunity', { 'opp.adoptionNotes': MISSING }) });
    expect(model.unreadable.map((u) => u.field)).toEqual(['opp.adoptionNotes']);
  });
});

describe('SMB-ADOPTION-ARTEFACTS: the Reference fields once the admin agreed', () => {
  const agreed = (day: string) => held('2026-11-24', { [CHECKLIST]: { done: true, at: '2026-11-24T21:00:00Z' }, [AGREED]: { done: true, at: `${day}T21:00:00Z` } });

  it('on the Account, empty Reference fields are due the next business day after the meeting', () => {
    const i = one(ID, { facts: SMB, progress: agreed('2026-11-24'), page: account(false, null) });
    expect(detailOf(i, AGREED)).toMatchObject({ state: 'done', toggle: { key: AGREED, done: true } });
    expect(detailOf(i, 'reference-fields')).toMatchObject({ state: 'error', text: 'Reference fields on the Account: update them · overdue since Nov 25, 2026' });
    expect(i).toMatchObject({ state: 'error', due: '2026-11-25', message: 'Overdue: update the Reference fields on the Account (adoption meeting of Nov 24, 2026).' });
  });

  it('agreed later: due the next business day after the tick', () => {
    const i = one(ID, { facts: SMB, progress: agreed('2026-11-25'), page: account(true, null) });
    expect(detailOf(i, 'reference-fields')).toMatchObject({ state: 'warn' });
    expect(i).toMatchObject({ state: 'warn', due: '2026-11-27' });
  });

  it('done once the Reference fields are filled', () => {
    const i = one(ID, { facts: SMB, progress: agreed('2026-11-24'), page: account(true, 'Happy to speak with prospects in Arizona.') });
    expect(detailOf(i, 'reference-fields')).toMatchObject({ state: 'done', text: 'Reference fields updated on the Account' });
    // The notes are unknown here (not the Opportunity): a to-do to open it, not a flag.
    expect(i.state).toBe('todo');
  });

  it('off the Account: unknown until it is opened', () => {
    const i = one(ID, { facts: SMB, progress: agreed('2026-11-24'), page: opp('Notes.') });
    expect(detailOf(i, 'reference-fields')).toMatchObject({ state: 'info', text: 'Reference fields on the Account, by Nov 25, 2026: unknown until the Account is opened' });
    expect(i).toMatchObject({ state: 'todo', message: 'Open the Account (Reference fields) to check them, due Nov 25, 2026.' });
  });
});

describe('SMB-ADOPTION-60 names the artefacts', () => {
  it('lists them without their ticks (they are ticked under SMB-ADOPTION-ARTEFACTS)', () => {
    const i = one('SMB-ADOPTION-60', { facts: SMB, page: opp(null) });
    expect(i.details?.map((d) => d.key)).toEqual([CHECKLIST, 'adoption-notes', AGREED]);
    expect(i.details?.every((d) => d.toggle === undefined)).toBe(true);
  });
});
