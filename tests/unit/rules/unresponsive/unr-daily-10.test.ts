import { describe, expect, it } from 'vitest';
import { detail, item } from '../support/salesforce';
import { DEFAULT_CALENDAR } from '../../../../lib/core/dates';
import { chicago, followedSop, logOf, logged, SINCE_DAYS, unresponsive, RUNNING, beforeToday, FINISHED, finishedLog } from '../support/unresponsive-log';

describe('UNR-DAILY-10', () => {
  it('na outside the Unresponsive branch, saying how to start it', () => {
    const i = item('UNR-DAILY-10', {});
    expect(i.state).toBe('na');
    expect(i.message).toMatch(/set the account to Unresponsive in the sidebar to start the 10-business-day contact log/);
    expect(i.section).toBe('timeline');
  });

  it("warn: today's contact not logged yet; today highlighted; log actions for today", () => {
    const i = item('UNR-DAILY-10', { progress: unresponsive(RUNNING, logged(beforeToday)) });
    expect(i.state).toBe('warn');
    expect(i.due).toBe('2026-12-02');
    expect(i.message).toBe('Today is day 7 of 10: email and call the customer, then log both.');
    expect(i.details).toHaveLength(10);
    expect(detail(i, '2026-12-02')).toEqual({
      key: '2026-12-02',
      state: 'warn',
      text: 'Today, day 7 of 10, Dec 2, 2026: email not logged, call not logged',
    });
    expect(detail(i, '2026-12-03')?.state).toBe('todo');
    expect(i.actions).toEqual([
      { type: 'log-contact', verb: 'log-contact', label: "Log today's email", day: '2026-12-02', channel: 'email', done: true },
      { type: 'log-contact', verb: 'log-contact', label: "Log today's call", day: '2026-12-02', channel: 'call', done: true },
    ]);
  });

  it('warn names the channel still missing today', () => {
    const i = item('UNR-DAILY-10', { progress: unresponsive(RUNNING, { ...logged(beforeToday), '2026-12-02': ['email'] }) });
    expect(i.message).toBe('Today is day 7 of 10: the call is not logged yet.');
    expect(i.actions[0]).toMatchObject({ label: "Undo today's email", done: false });
  });

  it('error: a gap, named by date and channel', () => {
    const contacts = { ...logged(beforeToday), '2026-11-25': ['email' as const] };
    const i = item('UNR-DAILY-10', { progress: unresponsive(RUNNING, contacts) });
    expect(i.state).toBe('error');
    expect(i.message).toMatch(/^Missing contact on Nov 25, 2026 \(no call\): the notes must prove the 10-business-day follow-up/);
    expect(detail(i, '2026-11-25')?.state).toBe('error');
  });

  it('todo: today done, next day named and due', () => {
    const i = item('UNR-DAILY-10', { progress: unresponsive(RUNNING, logged([...beforeToday, '2026-12-02'])) });
    expect(i.state).toBe('todo');
    expect(i.message).toBe('Next contact: Dec 3, 2026 (day 8 of 10), by email and phone.');
    expect(i.due).toBe('2026-12-03');
    expect(detail(i, '2026-12-02')?.state).toBe('done');
  });

  it('done: all ten days logged', () => {
    const i = item('UNR-DAILY-10', { progress: unresponsive(FINISHED, finishedLog) });
    expect(i.state).toBe('done');
    expect(i.message).toBe(
      'All 10 days logged (Nov 16, 2026 to Nov 30, 2026). If the customer is still unresponsive after them: from Dec 1, 2026, close the onboarding and create the Failed to OB case.',
    );
    expect(i.actions).toEqual([]);
  });

  it('a holiday inside the log is no day of it and never a gap: Thanksgiving is skipped', () => {
    // Since Mon Nov 23; today is Wed Dec 2, the 7th business day. Nothing logged on Thanksgiving.
    const i = item('UNR-DAILY-10', { progress: unresponsive(RUNNING, logged(beforeToday)) });
    expect(i.details?.map((d) => d.key)).not.toContain('2026-11-26');
    expect(i.details?.map((d) => d.key)).toContain('2026-11-27');
    expect(i.details?.at(-1)?.key).toBe('2026-12-07');
    expect(i.state).toBe('warn'); // today's contact, not a gap
    // Asked on Thanksgiving itself: nothing due, nothing missed.
    const onHoliday = item('UNR-DAILY-10', { progress: unresponsive(RUNNING, logged(['2026-11-23', '2026-11-24', '2026-11-25'])), now: chicago('2026-11-26') });
    expect(onHoliday).toMatchObject({ state: 'todo', due: '2026-11-27', message: 'Next contact: Nov 27, 2026 (day 4 of 10), by email and phone.' });
  });

  it('a missed day is flagged on the next day, also when that is a weekend or holiday', () => {
    // Since Wed Nov 18: Wed Nov 25 is day 6; missed, it is flagged on Thanksgiving already.
    const p = unresponsive('2026-11-18', logged(['2026-11-18', '2026-11-19', '2026-11-20', '2026-11-23', '2026-11-24']));
    expect(item('UNR-DAILY-10', { progress: p, now: chicago('2026-11-25', '23:59') }).state).toBe('warn');
    expect(item('UNR-DAILY-10', { progress: p, now: chicago('2026-11-26') })).toMatchObject({ state: 'error', message: expect.stringMatching(/^Missing contact on Nov 25, 2026 \(no email and call\)/) });
  });

  it('in the week the clocks fall back, a day of the log ends at midnight Chicago time', () => {
    // Since Fri Oct 23: Thu Nov 5 is day 10 (DST ended Sun Nov 1).
    const p = unresponsive('2026-10-23', logged(logOf('2026-10-23').days.slice(0, 9)));
    expect(item('UNR-DAILY-10', { progress: p, now: chicago('2026-11-05', '23:59') })).toMatchObject({ state: 'warn', due: '2026-11-05' });
    expect(item('UNR-DAILY-10', { progress: p, now: chicago('2026-11-06', '00:01') }).state).toBe('error');
  });

  it('the test of the rule: a CSM who logs each day on its day never sees a warning or an error', () => {
    for (const since of SINCE_DAYS)
      for (const { day, now, progress } of followedSop(since))
        expect([since, day, item('UNR-DAILY-10', { progress, now }).state]).not.toEqual([since, day, expect.stringMatching(/warn|error/)]);
  });

  it('a skipped day is flagged by the business day after it, never before its day', () => {
    for (const since of SINCE_DAYS) {
      const { days } = logOf(since);
      for (const skipped of [days[0]!, days[4]!, days[9]!]) {
        const walk = followedSop(since, skipped);
        const on = (day: string) => walk.find((d) => d.day === day)!;
        const next = on(DEFAULT_CALENDAR.nextBusinessDay(skipped));
        const i = item('UNR-DAILY-10', { progress: next.progress, now: next.now });
        expect(i.state, `${since} ${skipped}`).toBe('error');
        expect(i.details?.find((d) => d.key === skipped)?.state).toBe('error');
        const before = walk.find((d) => d.day === DEFAULT_CALENDAR.addBusinessDays(skipped, -1));
        if (before) expect(item('UNR-DAILY-10', { progress: before.progress, now: before.now }).state).not.toMatch(/warn|error/);
      }
    }
  });
});
