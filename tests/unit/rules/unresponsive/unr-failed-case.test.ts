import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR, unresponsiveDays } from '../../../../lib/dates';
import { detail, item, itemOf, page, readOnly, verbs } from '../support/salesforce';
import { logged, unresponsive, RUNNING, beforeToday, FINISHED, finishedLog } from '../support/unresponsive-log';

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

  describe('timeline, once the 10-day log is complete', () => {
    it('not shown while the log runs or outside the branch', () => {
      expect(itemOf('UNR-FAILED-CASE', { progress: unresponsive(RUNNING, logged(beforeToday)) })).toBeUndefined();
      expect(itemOf('UNR-FAILED-CASE', {})).toBeUndefined();
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
    it('done once ticked', () => {
      const i = item('UNR-FAILED-CASE', { progress: unresponsive(FINISHED, finishedLog, ['UNR-FAILED-CASE']) });
      expect(i.state).toBe('done');
      expect(i.message).toMatch(/^Failed to OB case created \(Maria Martinez\)/);
    });
  });
});
