import { describe, expect, it } from 'vitest';
import { CORE, DIGITAL, detailOf, one, progress, type FactValues } from '../support/compose';

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
});
