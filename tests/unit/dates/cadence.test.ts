import { describe, expect, test } from 'vitest';
import { businessCalendar, cadenceStatus, digitalCadence, WEEKDAYS_ONLY } from '../../../lib/core/dates';

describe('DG-CADENCE', () => {
  test('Day N is the assignment date + (N - 1) calendar days, with two Day 30 steps; a weekend day is due on Monday', () => {
    expect(digitalCadence('2026-11-27')).toEqual([
      { day: 1, key: 'welcome-email', title: 'Manual initial welcome email', sequenceDate: '2026-11-27', date: '2026-11-27', automated: false },
      { day: 4, key: 'follow-up-task', title: 'Follow-up task', sequenceDate: '2026-11-30', date: '2026-11-30', automated: false },
      // Day 30 is Saturday Dec 26: due Monday Dec 28.
      { day: 30, key: 'adoption-email', title: 'Automated account adoption email', sequenceDate: '2026-12-26', date: '2026-12-28', automated: true },
      { day: 30, key: 'adoption-object-task', title: 'Adoption object update task', sequenceDate: '2026-12-26', date: '2026-12-28', automated: false },
    ]);
  });

  test('a day on a holiday is due the next business day: Day 4 on Thanksgiving is due Friday', () => {
    // Assigned Mon Nov 23, 2026: Day 4 = Thu Nov 26 (Thanksgiving), Day 30 = Tue Dec 22.
    expect(digitalCadence('2026-11-23').map((step) => step.date)).toEqual(['2026-11-23', '2026-11-27', '2026-12-22', '2026-12-22']);
    // Day 30 on Christmas Day (Fri Dec 25, 2026) is due Monday Dec 28.
    expect(digitalCadence('2026-11-26').map((step) => step.date)).toEqual(['2026-11-27', '2026-11-30', '2026-12-28', '2026-12-28']);
  });

  test("the calendar is the playbook's: without holidays Thanksgiving is a working day; a company holiday moves the step", () => {
    expect(digitalCadence('2026-11-23', WEEKDAYS_ONLY)[1]?.date).toBe('2026-11-26');
    const cal = businessCalendar({ extraHolidays: [{ date: '2026-11-27', name: 'Day after Thanksgiving' }] });
    expect(digitalCadence('2026-11-23', cal)[1]?.date).toBe('2026-11-30');
  });

  test("GameDay's sequence has the Day-30 steps only", () => {
    expect(digitalCadence('2026-11-24', undefined, 'gameDay').map((step) => [step.day, step.key, step.date])).toEqual([
      [30, 'adoption-email', '2026-12-23'],
      [30, 'adoption-object-task', '2026-12-23'],
    ]);
  });

  test('crosses a leap day (Day 1 on a Sunday is due Monday)', () => {
    const dates = digitalCadence('2028-02-27').map((step) => step.date);
    expect(dates).toEqual(['2028-02-28', '2028-03-01', '2028-03-27', '2028-03-27']);
  });

  test('status: done wins, then upcoming / due on the day / overdue after', () => {
    expect(cadenceStatus('2026-11-30', '2026-11-27', false)).toBe('upcoming');
    expect(cadenceStatus('2026-11-30', '2026-11-30', false)).toBe('due');
    expect(cadenceStatus('2026-11-30', '2026-12-01', false)).toBe('overdue');
    expect(cadenceStatus('2026-11-30', '2026-12-01', true)).toBe('done');
    expect(cadenceStatus('2026-11-30', '2026-11-27', true)).toBe('done');
  });
});
