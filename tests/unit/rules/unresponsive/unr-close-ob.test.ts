import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '../../../../lib/core/dates';
import { item, MISSING, page } from '../support/salesforce';
import { chicago as at, followedSop, logOf, logged, SINCE_DAYS, unresponsive, RUNNING, beforeToday, FINISHED, finishedLog } from '../support/unresponsive-log';
/** A log since `since` with every business day in `days` logged (email and call). */
const log = (since: string, days: string[]) => unresponsive(since, logged(days));

describe('UNR-CLOSE-OB', () => {
  const ob = (completed: boolean | typeof MISSING) => page('sf.onboarding', { 'ob.completed': completed });

  it('na outside the Unresponsive branch', () => {
    expect(item('UNR-CLOSE-OB', { page: ob(false) }).state).toBe('na');
  });
  it('todo while the log runs, due the business day after it ends', () => {
    const i = item('UNR-CLOSE-OB', { page: ob(false), progress: unresponsive(RUNNING, logged(beforeToday)) });
    expect(i.state).toBe('todo');
    expect(i.message).toMatch(/after the log ends Dec 7, 2026: on Dec 8, 2026, enter the notes on the Customer Onboarding record, check "Onboarding completed"/);
    expect(i.due).toBe('2026-12-08');
  });
  it('error once the business day after day 10 has passed; names the RSM', () => {
    const i = item('UNR-CLOSE-OB', { page: ob(false), profile: { rsm: 'Sam Lee' }, progress: unresponsive(FINISHED, finishedLog) });
    expect(i).toMatchObject({ state: 'error', due: '2026-12-01' });
    expect(i.message).toMatch(/^Overdue: the 10-day log ended Nov 30, 2026 with no answer: .*check "Onboarding completed", and loop in the RSM \(Sam Lee\)/);
  });
  it('done: checked once the log is over', () => {
    const i = item('UNR-CLOSE-OB', { page: ob(true), progress: unresponsive(FINISHED, finishedLog) });
    expect(i.state).toBe('done');
    expect(i.message).toMatch(/^"Onboarding completed" is checked/);
  });
  it('warn: checked before the log is over', () => {
    const i = item('UNR-CLOSE-OB', { page: ob(true), progress: unresponsive(RUNNING, logged(beforeToday)) });
    expect(i.state).toBe('warn');
    expect(i.message).toBe(
      '"Onboarding completed" is checked but the 10-day contact log is not over (it ends Dec 7, 2026): the SOP closes the onboarding only if the customer is still unresponsive after it.',
    );
  });
  it('warn: label not found', () => {
    const i = item('UNR-CLOSE-OB', { page: ob(MISSING), progress: unresponsive(FINISHED, finishedLog) });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(/Can't read "Onboarding completed"/);
  });

  describe('due the business day after day 10, never on day 10', () => {
    // Since Wed Nov 18 the 10 business days (Thanksgiving skipped) end today, Wed Dec 2.
    const dayTen = log('2026-11-18', ['2026-11-18', '2026-11-19', '2026-11-20', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-27', '2026-11-30', '2026-12-01', '2026-12-02']);
    it('on day 10, with the whole log kept: still a to-do for tomorrow', () => {
      expect(item('UNR-CLOSE-OB', { page: ob(false), progress: dayTen })).toMatchObject({ state: 'todo', due: '2026-12-03' });
    });
    it('the business day after: due today (a warning until it is checked), then overdue', () => {
      expect(item('UNR-CLOSE-OB', { page: ob(false), progress: dayTen, now: at('2026-12-03') })).toMatchObject({ state: 'warn', due: '2026-12-03' });
      expect(item('UNR-CLOSE-OB', { page: ob(true), progress: dayTen, now: at('2026-12-03') }).state).toBe('done');
      expect(item('UNR-CLOSE-OB', { page: ob(false), progress: dayTen, now: at('2026-12-04') }).state).toBe('error');
    });
    it('a day 10 on a Friday is due Monday: nothing due over the weekend', () => {
      // Since Fri Nov 20: day 10 is Fri Dec 4.
      const p = log('2026-11-20', []);
      for (const day of ['2026-12-04', '2026-12-05', '2026-12-06'])
        expect(item('UNR-CLOSE-OB', { page: ob(false), progress: p, now: at(day) }), day).toMatchObject({ state: 'todo', due: '2026-12-07' });
      expect(item('UNR-CLOSE-OB', { page: ob(false), progress: p, now: at('2026-12-07') }).state).toBe('warn');
    });
    it('a day 10 before Thanksgiving is due the Friday after it', () => {
      // Since Wed Nov 11 (Veterans Day, a holiday): the log runs Thu Nov 12 to Wed Nov 25.
      const p = log('2026-11-11', []);
      expect(item('UNR-CLOSE-OB', { page: ob(false), progress: p, now: at('2026-11-26') })).toMatchObject({ state: 'todo', due: '2026-11-27' });
      expect(item('UNR-CLOSE-OB', { page: ob(false), progress: p, now: at('2026-11-27') }).state).toBe('warn');
    });
    it('in the week the clocks fall back, the day turns at midnight Chicago time', () => {
      // Since Fri Oct 23: day 10 is Thu Nov 5 (DST ended Sun Nov 1), due Fri Nov 6.
      const p = log('2026-10-23', []);
      expect(item('UNR-CLOSE-OB', { page: ob(false), progress: p, now: at('2026-11-05', '23:59') }).state).toBe('todo');
      expect(item('UNR-CLOSE-OB', { page: ob(false), progress: p, now: at('2026-11-06', '00:01') }).state).toBe('warn');
    });
  });

  it('a gap in the log never stalls it: overdue on its day all the same', () => {
    const withGap = Object.fromEntries(Object.entries(finishedLog).filter(([day]) => day !== '2026-11-20'));
    const i = item('UNR-CLOSE-OB', { page: ob(false), progress: unresponsive(FINISHED, withGap) });
    expect(i).toMatchObject({ state: 'error', due: '2026-12-01' });
    expect(item('UNR-DAILY-10', { page: ob(false), progress: unresponsive(FINISHED, withGap) }).state).toBe('error');
    // And checked on its day, it is done whatever the log holds (the gap is UNR-DAILY-10's).
    expect(item('UNR-CLOSE-OB', { page: ob(true), progress: unresponsive(FINISHED, withGap) }).state).toBe('done');
  });
});

describe('UNR-CLOSE-OB, the test of the rule', () => {
  const ob = (completed: boolean) => page('sf.onboarding', { 'ob.completed': completed });

  it('a CSM who does each step on its day never sees a warning or an error', () => {
    for (const since of SINCE_DAYS)
      for (const { day, now, progress, closed } of followedSop(since))
        expect([since, day, item('UNR-CLOSE-OB', { page: ob(closed), progress, now }).state]).not.toEqual([since, day, expect.stringMatching(/warn|error/)]);
  });

  it('left unchecked, it is flagged by the business day after it was due, gaps in the log or not', () => {
    for (const since of SINCE_DAYS) {
      const { days, due } = logOf(since);
      for (const skip of ['close', days[3]!]) {
        const on = (day: string) => followedSop(since, skip).find((d) => d.day === day)!;
        const late = on(DEFAULT_CALENDAR.nextBusinessDay(due));
        expect(item('UNR-CLOSE-OB', { page: ob(false), progress: late.progress, now: late.now }), `${since} ${skip}`).toMatchObject({ state: 'error', due });
        const dayTen = on(days[9]!);
        expect(item('UNR-CLOSE-OB', { page: ob(false), progress: dayTen.progress, now: dayTen.now }).state, `${since} day 10`).toBe('todo');
      }
    }
  });
});
