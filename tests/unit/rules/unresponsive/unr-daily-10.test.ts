import { describe, expect, it } from 'vitest';
import { detail, item } from '../support/salesforce';
import { logged, unresponsive, RUNNING, beforeToday, FINISHED, finishedLog } from '../support/unresponsive-log';

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
    expect(i.message).toMatch(/^All 10 days logged \(Nov 16, 2026 to Nov 30, 2026\)/);
    expect(i.actions).toEqual([]);
  });
});
