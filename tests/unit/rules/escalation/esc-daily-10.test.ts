import { describe, expect, it } from 'vitest';
import { detail, item, progress } from '../support/salesforce';
import { beforeToday, FINISHED, finishedLog, logged, RUNNING, unresponsive } from '../support/unresponsive-log';

/** Progress of an account in the Escalation branch since `since`, with its contacts. */
const escalated = (since: string, contacts: Record<string, Array<'email' | 'call'>> = {}) =>
  progress({ branch: { value: 'escalation', since }, contacts });

describe('ESC-DAILY-10', () => {
  it('na outside the Escalation branch (also in the Unresponsive one, which has UNR-DAILY-10)', () => {
    const none = item('ESC-DAILY-10', {});
    expect(none.state).toBe('na');
    expect(none.message).toMatch(/set it to Escalation in the sidebar to start its 10-business-day contact log/);
    expect(none.section).toBe('timeline');
    expect(item('ESC-DAILY-10', { progress: unresponsive(RUNNING, logged(beforeToday)) }).state).toBe('na');
  });

  it("warn: today's email and call not logged yet; the same grid and log actions as UNR-DAILY-10", () => {
    const i = item('ESC-DAILY-10', { progress: escalated(RUNNING, logged(beforeToday)) });
    expect(i).toMatchObject({ state: 'warn', due: '2026-12-02', view: 'contact-log', message: 'Today is day 7 of 10: email and call the customer, then log both.' });
    expect(i.details?.filter((d) => /^\d{4}-/.test(d.key ?? ''))).toHaveLength(10);
    expect(detail(i, '2026-12-02')).toEqual({ key: '2026-12-02', state: 'warn', text: 'Today, day 7 of 10, Dec 2, 2026: email not logged, call not logged' });
    expect(i.actions).toEqual([
      { type: 'log-contact', verb: 'log-contact', label: "Log today's email", day: '2026-12-02', channel: 'email', done: true },
      { type: 'log-contact', verb: 'log-contact', label: "Log today's call", day: '2026-12-02', channel: 'call', done: true },
    ]);
  });

  it('error: a gap, named by date and channel', () => {
    const i = item('ESC-DAILY-10', { progress: escalated(RUNNING, { ...logged(beforeToday), '2026-11-25': ['call'] }) });
    expect(i.state).toBe('error');
    expect(i.message).toMatch(/^Missing contact on Nov 25, 2026 \(no email\): the notes must prove the 10-business-day follow-up/);
  });

  it('todo: today logged, the next business day named and due', () => {
    const i = item('ESC-DAILY-10', { progress: escalated(RUNNING, logged([...beforeToday, '2026-12-02'])) });
    expect(i).toMatchObject({ state: 'todo', due: '2026-12-03', message: 'Next contact: Dec 3, 2026 (day 8 of 10), by email and phone.' });
  });

  it('done: all ten days logged, and no Unresponsive close or Failed-to-OB step', () => {
    const i = item('ESC-DAILY-10', { progress: escalated(FINISHED, finishedLog) });
    expect(i.state).toBe('done');
    expect(i.message).toBe('All 10 days logged (Nov 16, 2026 to Nov 30, 2026): the notes prove the follow-up. The escalation case goes on as the lead works it.');
    expect(i.message).not.toMatch(/Failed to OB|close the onboarding/);
    expect(i.actions).toEqual([]);
  });

  it("counts the contact attempts; below 10, the Team Lead's can't-reach step is information ahead", () => {
    // One email on day 1, an email and a call on day 2: 3 attempts.
    const few = item('ESC-DAILY-10', { progress: escalated(RUNNING, { '2026-11-23': ['email'], '2026-11-24': ['call', 'email'] }) });
    expect(detail(few, 'attempts')).toEqual({ key: 'attempts', state: 'info', text: 'Contact attempts logged since the escalation: 3 (each email and each call counts one)' });
    expect(detail(few, 'cant-reach-client')).toEqual({
      key: 'cant-reach-client',
      state: 'info',
      text: 'After 10 attempts without a response, the CSM Team Lead selects "can\'t reach client (send final)" on the case (your Team Lead does this)',
    });
  });

  it("at 10 attempts, the Team Lead's \"can't reach client (send final)\" step is named as theirs, never the CSM's to-do; contacts before the escalation do not count", () => {
    const i = item('ESC-DAILY-10', { progress: escalated(RUNNING, { '2026-11-20': ['email', 'call'], ...logged(beforeToday) }) });
    expect(i.state).toBe('warn'); // the log's state (today not logged yet), unchanged by the counter
    // Six days logged before today, both channels: 12 attempts; Nov 20, before the escalation, is not counted.
    expect(detail(i, 'attempts')?.text).toBe('Contact attempts logged since the escalation: 12 (each email and each call counts one)');
    expect(detail(i, 'cant-reach-client')).toEqual({
      key: 'cant-reach-client',
      state: 'info',
      text: '10 attempts reached: if the client has not responded, the CSM Team Lead selects "can\'t reach client (send final)" on the case and saves (your Team Lead does this)',
    });
  });
});
