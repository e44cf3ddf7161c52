import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR, unresponsiveDays } from '../../../../lib/core/dates';
import { detail, item, itemOf, page, readOnly, verbs } from '../support/salesforce';
import { chicago, followedSop, logOf, logged, SINCE_DAYS, unresponsive, RUNNING, beforeToday, FINISHED, finishedLog } from '../support/unresponsive-log';

describe('UNR-FAILED-CASE', () => {
  const filled = {
    'case.recordType': 'Customer Success',
    'case.type': 'Failed to OB',
    'case.subject': 'Failed to onboard - Acme Clinic',
    'case.description': 'No answer after 10 business days of calls and emails.',
    'case.dueDate': '2027-01-01',
    'case.assignedTo': { name: 'Ana Ruiz' },
  };
  const newCase = (fields: Parameters<typeof page>[1] = {}) => page('sf.case.new', { ...filled, ...fields });
  const fill = { type: 'fill', verb: 'fill-due-date', field: 'case.dueDate', value: '2027-01-01', mode: 'set' };

  it('done: every field set, due 30 days from creation (today on the new form)', () => {
    const i = item('UNR-FAILED-CASE', { page: newCase(), profile: { csm: 'Ana Ruiz' } });
    expect(i.state).toBe('done');
    expect(detail(i, 'case.dueDate')?.text).toBe('"Due Date" is Jan 1, 2027, 30 days from the case\'s creation (Dec 2, 2026)');
    expect(i.actions).toEqual([]);
  });
  it('error: empty subject and due date; offers the due date', () => {
    const i = item('UNR-FAILED-CASE', { page: newCase({ 'case.subject': null, 'case.dueDate': null }) });
    expect(i.state).toBe('error');
    expect(i.message).toBe('Fill or fix "Subject" and "Due Date".');
    expect(detail(i, 'case.dueDate')?.text).toBe('"Due Date" is empty: it must be Jan 1, 2027, 30 days from the case\'s creation (Dec 2, 2026)');
    expect(i.actions).toEqual([expect.objectContaining(fill)]);
  });
  it('error: a due date not 30 days out; Assigned To empty', () => {
    const i = item('UNR-FAILED-CASE', { page: newCase({ 'case.dueDate': '2026-12-30', 'case.assignedTo': null }), profile: { csm: 'Ana Ruiz' } });
    expect(i.state).toBe('error');
    expect(detail(i, 'case.dueDate')?.text).toMatch(/^"Due Date" is Dec 30, 2026 but must be Jan 1, 2027/);
    expect(detail(i, 'case.assignedTo')?.text).toBe('"Assigned To" is empty: add the CSM (Ana Ruiz)');
    expect(verbs(i)).toEqual(['fill-due-date']);
  });
  it('warn: assigned to someone other than the CSM', () => {
    const i = item('UNR-FAILED-CASE', { page: newCase({ 'case.assignedTo': { name: 'Bo Chen' } }), profile: { csm: 'Ana Ruiz' } });
    expect(i.state).toBe('warn');
    expect(detail(i, 'case.assignedTo')?.text).toBe('"Assigned To" is Bo Chen but the Customer Success Manager is Ana Ruiz');
  });
  it("on the saved case: the weekly reach-outs are the CSM's to-do, closing it is the Team Lead's (information)", () => {
    const i = item('UNR-FAILED-CASE', {
      page: page('sf.case', { ...filled, 'case.opened': '2026-12-02T15:00:00Z', 'case.dueDate': readOnly('2027-01-01') }),
      profile: { csm: 'Ana Ruiz' },
    });
    expect(i.state).toBe('done');
    expect(i.message).toMatch(/your Lead closes it \(their step, not yours\)\.$/);
    expect(detail(i, 'weekly-reach-out')).toMatchObject({ state: 'todo', text: 'Your step: reach out to the customer weekly and update the case' });
    expect(detail(i, 'lead-closes-case')).toMatchObject({ state: 'info', text: expect.stringMatching(/^Closing the case is your Team Lead's step/) });
    // Past the case's own Due Date, closing it is still not the CSM's open to-do.
    const later = item('UNR-FAILED-CASE', {
      page: page('sf.case', { ...filled, 'case.opened': '2026-12-02T15:00:00Z', 'case.dueDate': readOnly('2027-01-01') }),
      profile: { csm: 'Ana Ruiz' },
      now: chicago('2027-01-20'),
    });
    expect(later.state).toBe('done');
    expect(detail(later, 'lead-closes-case')?.state).toBe('info');
  });
  it('on a saved case, counts from the opened date; no fill on a read-only field', () => {
    const i = item('UNR-FAILED-CASE', {
      page: page('sf.case', { ...filled, 'case.opened': '2026-11-30T20:00:00Z', 'case.dueDate': readOnly('2026-12-31') }),
    });
    expect(i.state).toBe('error');
    expect(detail(i, 'case.dueDate')?.text).toMatch(/must be Dec 30, 2026, 30 days from the case's creation \(Nov 30, 2026\)/);
    expect(i.actions).toEqual([]);
  });
  it('todo: a Customer Success case without a type, for an unresponsive account', () => {
    const i = item('UNR-FAILED-CASE', { page: newCase({ 'case.type': null }), progress: unresponsive(RUNNING) });
    expect(i.state).toBe('todo');
    expect(i.message).toBe('Choose the type "Failed to OB" in "Type".');
  });
  it('does not show on other cases', () => {
    expect(itemOf('UNR-FAILED-CASE', { page: newCase({ 'case.recordType': 'Escalations' }) })).toBeUndefined();
    expect(itemOf('UNR-FAILED-CASE', { page: newCase({ 'case.type': 'Question' }) })).toBeUndefined();
  });

  describe('timeline, from day 10 of the log', () => {
    it('not shown before day 10 or outside the branch', () => {
      expect(itemOf('UNR-FAILED-CASE', { progress: unresponsive(RUNNING, logged(beforeToday)) })).toBeUndefined();
      expect(itemOf('UNR-FAILED-CASE', {})).toBeUndefined();
    });
    it('on day 10: a to-do for the business day after, not yet due', () => {
      const since = '2026-11-18'; // day 10 is today, Wed Dec 2
      const i = item('UNR-FAILED-CASE', { progress: unresponsive(since, logged(unresponsiveDays(since))) });
      expect(i).toMatchObject({ state: 'todo', due: '2026-12-03' });
      expect(i.message).toMatch(/^The 10-day log ends Dec 2, 2026: if the customer is still unresponsive, on Dec 3, 2026 create a "Customer Success" case/);
    });
    it('a gap in the log never stalls it: shown and overdue on its day all the same', () => {
      const withGap = Object.fromEntries(Object.entries(finishedLog).filter(([day]) => day !== '2026-11-20'));
      expect(item('UNR-FAILED-CASE', { progress: unresponsive(FINISHED, withGap) })).toMatchObject({ state: 'error', due: '2026-12-01' });
      // Even with nothing logged at all.
      expect(item('UNR-FAILED-CASE', { progress: unresponsive(FINISHED) })).toMatchObject({ state: 'error', due: '2026-12-01' });
    });
    it('a day 10 the day before Christmas is observed (Fri Dec 24, 2027) is due Monday Dec 27', () => {
      const { days, due } = logOf('2027-12-10');
      expect([days.at(-1), due]).toEqual(['2027-12-23', '2027-12-27']);
      const p = unresponsive('2027-12-10', logged(days));
      expect(item('UNR-FAILED-CASE', { progress: p, now: chicago('2027-12-24') }).state).toBe('todo');
      expect(item('UNR-FAILED-CASE', { progress: p, now: chicago('2027-12-27') }).state).toBe('warn');
      expect(item('UNR-FAILED-CASE', { progress: p, now: chicago('2027-12-28') }).state).toBe('error');
    });
    it('error: overdue from the business day after the log', () => {
      const i = item('UNR-FAILED-CASE', { progress: unresponsive(FINISHED, finishedLog) });
      expect(i.state).toBe('error');
      expect(i.section).toBe('timeline');
      expect(i.due).toBe('2026-12-01');
      expect(i.message).toMatch(/^Overdue: The 10-day log ended Nov 30, 2026 with no answer: create a "Customer Success" case of type "Failed to OB"/);
      expect(verbs(i)).toEqual(['toggle-done']);
    });
    it('warn: due today', () => {
      // Nov 17 + 10 business days, Thanksgiving not counted, is today.
      const since = '2026-11-17';
      const i = item('UNR-FAILED-CASE', { progress: unresponsive(since, logged(unresponsiveDays(since))) });
      expect(DEFAULT_CALENDAR.addBusinessDays(since, 10)).toBe('2026-12-02');
      expect(i.state).toBe('warn');
    });
    it("done once ticked; the reach-outs stay the CSM's, closing the case is the Lead's", () => {
      const i = item('UNR-FAILED-CASE', { progress: unresponsive(FINISHED, finishedLog, ['UNR-FAILED-CASE']) });
      expect(i.state).toBe('done');
      expect(i.message).toMatch(/^Failed to OB case created \(Maria Martinez\)/);
      expect(i.details?.map((d) => [d.key, d.state])).toEqual([
        ['weekly-reach-out', 'todo'],
        ['lead-closes-case', 'info'],
      ]);
    });

    it('the test of the rule: a CSM who does each step on its day never sees a warning or an error', () => {
      for (const since of SINCE_DAYS)
        for (const { day, now, progress } of followedSop(since))
          expect([since, day, itemOf('UNR-FAILED-CASE', { progress, now })?.state]).not.toEqual([since, day, expect.stringMatching(/warn|error/)]);
    });

    it('a case not created is flagged by the business day after it was due, gaps in the log or not', () => {
      for (const since of SINCE_DAYS) {
        const { days, due } = logOf(since);
        for (const skip of ['case', days[0]!]) {
          const late = followedSop(since, skip).find((d) => d.day === DEFAULT_CALENDAR.nextBusinessDay(due))!;
          const progress = skip === 'case' ? late.progress : { ...late.progress, items: {} };
          expect(item('UNR-FAILED-CASE', { progress, now: late.now }), `${since} ${skip}`).toMatchObject({ state: 'error', due });
        }
      }
    });
  });
});
