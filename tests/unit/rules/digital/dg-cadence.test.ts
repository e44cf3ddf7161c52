import { describe, expect, it } from 'vitest';
import { addCalendarDays, DEFAULT_CALENDAR, digitalCadence, zonedTimeToInstant } from '../../../../lib/core/dates';
import { evaluate } from '../../../../lib/core/engine/evaluate';
import { emptyProgress } from '../../../../lib/core/progress/events';
import { CORE, DIGITAL, detailOf, facts as factsOf, one, playbook, progress, type FactValues } from '../support/compose';

/** Noon (or another wall time) in Chicago on `day`, as the engine's `now`. */
const at = (day: string, time = '12:00') => zonedTimeToInstant(day, time, 'America/Chicago');
const GAMEDAY: FactValues = { ...DIGITAL, subtypes: ['GameDay'] };
const MANUAL = ['welcome-email', 'follow-up-task', 'adoption-object-task'] as const;

describe('DG-CADENCE', () => {
  // Assigned Tue Nov 24: Day 1 = Nov 24, Day 4 = Nov 27 (today), Day 30 = Dec 23.
  const facts: FactValues = { ...DIGITAL, assignmentDate: '2026-11-24' };

  it('error naming the overdue step, with a detail per step keyed by its progress key', () => {
    const i = one('DG-CADENCE', { facts });
    expect(i).toMatchObject({ state: 'error', section: 'timeline', due: '2026-11-24' });
    expect(i.message).toBe('Overdue: Day 1 manual initial welcome email (Nov 24, 2026).');
    expect(i.details?.map((d) => [d.key, d.state])).toEqual([
      ['DG-CADENCE:welcome-email', 'error'],
      ['DG-CADENCE:follow-up-task', 'warn'],
      ['DG-CADENCE:adoption-email', 'todo'],
      ['DG-CADENCE:adoption-object-task', 'todo'],
    ]);
    expect(i.details?.[1]?.text).toBe('Day 4 · Follow-up task · Nov 27, 2026 · due today');
  });

  it('warn for the step due today once the earlier one is ticked', () => {
    const i = one('DG-CADENCE', { facts, progress: progress({ 'DG-CADENCE:welcome-email': true }) });
    expect(i).toMatchObject({ state: 'warn', due: '2026-11-27' });
    expect(i.message).toBe('Due today: Day 4 follow-up task (Nov 27, 2026).');
    expect(detailOf(i, 'DG-CADENCE:welcome-email')?.state).toBe('done');
  });

  it('todo naming the next step', () => {
    const i = one('DG-CADENCE', {
      facts,
      progress: progress({ 'DG-CADENCE:welcome-email': true, 'DG-CADENCE:follow-up-task': true }),
    });
    expect(i).toMatchObject({ state: 'todo', due: '2026-12-23' });
    expect(i.message).toBe('Next: Day 30 automated account adoption email (Dec 23, 2026).');
  });

  it('the automated email is done on its day; done when every step is', () => {
    const i = one('DG-CADENCE', {
      facts,
      now: '2026-12-24T15:00:00Z',
      progress: progress({ 'DG-CADENCE:welcome-email': true, 'DG-CADENCE:follow-up-task': true, 'DG-CADENCE:adoption-object-task': true }),
    });
    expect(i.state).toBe('done');
    expect(detailOf(i, 'DG-CADENCE:adoption-email')?.state).toBe('done');
  });

  it("the rule's own toggle confirms every step", () => {
    const i = one('DG-CADENCE', { facts, progress: progress({ 'DG-CADENCE': true }) });
    expect(i.state).toBe('done');
    expect(i.message).toMatch(/Ana Ortiz/);
    expect(i.actions).toEqual([{ type: 'toggle-done', verb: 'toggle-done', label: 'Undo' }]);
    expect(one('DG-CADENCE', { facts }).actions[0]).toMatchObject({ verb: 'toggle-done', label: 'Mark all steps done' });
  });

  it('info naming the Customer Onboarding record when the assignment date is unknown', () => {
    const i = one('DG-CADENCE', { facts: { ...DIGITAL, assignmentDate: undefined } });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Open the Customer Onboarding record to learn the assignment date/);
  });

  it('na for Core accounts', () => {
    expect(one('DG-CADENCE', { facts: CORE }).state).toBe('na');
  });

  it('a Day 4 on a Saturday is due Monday: nothing is due or overdue over the weekend', () => {
    // Assigned Wed Dec 2, 2026: Day 4 = Sat Dec 5, due Mon Dec 7.
    const f = { ...DIGITAL, assignmentDate: '2026-12-02' };
    const ticked = progress({ 'DG-CADENCE:welcome-email': true });
    for (const day of ['2026-12-05', '2026-12-06'])
      expect(one('DG-CADENCE', { facts: f, progress: ticked, now: at(day) })).toMatchObject({ state: 'todo', due: '2026-12-07' });
    const monday = one('DG-CADENCE', { facts: f, progress: ticked, now: at('2026-12-07') });
    expect(monday).toMatchObject({ state: 'warn', message: 'Due today: Day 4 follow-up task (Dec 7, 2026).' });
    expect(detailOf(monday, 'DG-CADENCE:follow-up-task')?.text).toBe('Day 4 · Follow-up task · Dec 7, 2026 (Day 4, Dec 5, 2026, is a Saturday) · due today');
    expect(one('DG-CADENCE', { facts: f, progress: ticked, now: at('2026-12-08') })).toMatchObject({ state: 'error', due: '2026-12-07' });
  });

  it('a Day 4 on Thanksgiving is due Friday, and names the holiday', () => {
    const f = { ...DIGITAL, assignmentDate: '2026-11-23' };
    const ticked = progress({ 'DG-CADENCE:welcome-email': true });
    expect(one('DG-CADENCE', { facts: f, progress: ticked, now: at('2026-11-26') }).state).toBe('todo');
    const friday = one('DG-CADENCE', { facts: f, progress: ticked, now: at('2026-11-27') });
    expect(friday.state).toBe('warn');
    expect(detailOf(friday, 'DG-CADENCE:follow-up-task')?.text).toBe('Day 4 · Follow-up task · Nov 27, 2026 (Day 4, Nov 26, 2026, is Thanksgiving Day) · due today');
  });

  it("follows the playbook's calendar: a company holiday moves the step, a removed one does not", () => {
    const f = factsOf({ ...DIGITAL, assignmentDate: '2026-11-24' });
    const base = playbook();
    const runWith = (calendar: NonNullable<typeof base.calendar>) =>
      evaluate({ ...base, calendar }, {
        profile: { accountId: '001Dn00000AbCdEIAV', facts: f, updatedAt: at('2026-11-27') },
        page: null,
        progress: progress({ 'DG-CADENCE:welcome-email': true }),
        settings: { userName: 'Ana Ortiz', initials: 'AO', timeZone: 'America/Chicago', disabledRules: [] },
        now: at('2026-11-27'),
      }).items.find((i) => i.ruleId === 'DG-CADENCE')!;
    const dayAfter = runWith({ federalHolidays: true, extraHolidays: [{ date: '2026-11-27', name: 'Day after Thanksgiving' }], removedHolidays: [] });
    expect(dayAfter).toMatchObject({ state: 'todo', due: '2026-11-30' });
    expect(runWith({ federalHolidays: true, extraHolidays: [], removedHolidays: [] })).toMatchObject({ state: 'warn', due: '2026-11-27' });
  });

  describe('GameDay accounts: the Check-In sequence has the Day 30 steps only', () => {
    it('no Day 1 welcome or Day 4 follow-up to flag; Day 30 next', () => {
      const i = one('DG-CADENCE', { facts: { ...GAMEDAY, assignmentDate: '2026-11-24' } });
      expect(i).toMatchObject({ state: 'todo', due: '2026-12-23', message: 'Next: Day 30 automated account adoption email (Dec 23, 2026).' });
      expect(i.details?.map((d) => d.key)).toEqual(['DG-CADENCE:adoption-email', 'DG-CADENCE:adoption-object-task']);
    });
    it('the Day 30 task is flagged once its day has passed, and done when ticked', () => {
      const f = { ...GAMEDAY, assignmentDate: '2026-10-20' }; // Day 30 = Wed Nov 18
      expect(one('DG-CADENCE', { facts: f })).toMatchObject({ state: 'error', message: 'Overdue: Day 30 adoption object update task (Nov 18, 2026).' });
      const done = one('DG-CADENCE', { facts: f, progress: progress({ 'DG-CADENCE:adoption-object-task': true }) });
      expect(done).toMatchObject({ state: 'done', message: 'All Day 30 steps done.' });
    });
    it('info naming the Account when the subtype was never seen (never a guess)', () => {
      const i = one('DG-CADENCE', { facts: { ...DIGITAL, subtypes: undefined, assignmentDate: '2026-11-24' } });
      expect(i.state).toBe('info');
      expect(i.message).toMatch(/^GameDay accounts run the Day 30 steps only; the others Day 1, 4 and 30\. Open the Salesforce Account to learn the account subtype\.$/);
    });
  });

  describe('the test of the rule: a CSM who does each step on its day never sees a warning or an error', () => {
    // Assignments whose steps meet a weekend, Thanksgiving, Christmas and New Year, and both DST changes
    // (Nov 1, 2026 and Mar 14, 2027 are Sundays when the clocks change).
    const ASSIGNMENTS = ['2026-12-02', '2026-11-23', '2026-11-26', '2026-12-04', '2026-10-29', '2027-03-11', '2027-02-12'];

    for (const facts of [DIGITAL, GAMEDAY])
      for (const assignment of ASSIGNMENTS)
        it(`${facts === GAMEDAY ? 'GameDay' : 'Digital'}, assigned ${assignment}`, () => {
          const f = { ...facts, assignmentDate: assignment };
          const steps = digitalCadence(assignment, DEFAULT_CALENDAR, facts === GAMEDAY ? 'gameDay' : 'regular');
          for (let d = assignment; d <= addCalendarDays(assignment, 35); d = addCalendarDays(d, 1)) {
            // Every manual step due by today was done on its day.
            const done: Record<string, { done: boolean; at: string }> = {};
            for (const step of steps) if (step.date <= d && !step.automated) done[`DG-CADENCE:${step.key}`] = { done: true, at: at(step.date) };
            for (const time of ['08:00', '23:59']) {
              const state = one('DG-CADENCE', { facts: f, progress: progress(done), now: at(d, time) }).state;
              expect([d, time, state]).not.toEqual([d, time, expect.stringMatching(/^(warn|error)$/)]);
            }
          }
        });

    it('a skipped step is flagged by the business day after it was due, and not before its day', () => {
      for (const assignment of ASSIGNMENTS) {
        const f = { ...DIGITAL, assignmentDate: assignment };
        const steps = digitalCadence(assignment, DEFAULT_CALENDAR);
        for (const skipped of MANUAL) {
          const step = steps.find((s) => s.key === skipped)!;
          // Every other step done on its day; this one never.
          const done = Object.fromEntries(
            steps.filter((s) => s.key !== skipped && !s.automated).map((s) => [`DG-CADENCE:${s.key}`, { done: true, at: at(s.date) }]),
          );
          const on = (day: string) => one('DG-CADENCE', { facts: f, progress: progress(done), now: at(day) });
          expect(on(addCalendarDays(step.date, -1)).state, `${assignment} ${skipped} the day before`).not.toMatch(/warn|error/);
          expect(on(DEFAULT_CALENDAR.nextBusinessDay(step.date)), `${assignment} ${skipped}`).toMatchObject({ state: 'error', due: step.date });
          expect(detailOf(on(DEFAULT_CALENDAR.nextBusinessDay(step.date)), `DG-CADENCE:${skipped}`)?.state).toBe('error');
        }
      }
    });
  });

  it('the empty progress of a GameDay account assigned today has nothing due yet', () => {
    expect(one('DG-CADENCE', { facts: { ...GAMEDAY, assignmentDate: '2026-11-27' }, progress: emptyProgress() }).state).toBe('todo');
  });
});
