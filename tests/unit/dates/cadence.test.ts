import { describe, expect, test } from 'vitest';
import { cadenceStatus, digitalCadence } from '../../../lib/dates';

describe('DG-CADENCE', () => {
  test('Day N is the assignment date + (N - 1) calendar days, with two Day 30 steps', () => {
    expect(digitalCadence('2026-11-27')).toEqual([
      { day: 1, key: 'welcome-email', title: 'Manual initial welcome email', date: '2026-11-27', automated: false },
      { day: 4, key: 'follow-up-task', title: 'Follow-up task', date: '2026-11-30', automated: false },
      { day: 30, key: 'adoption-email', title: 'Automated account adoption email', date: '2026-12-26', automated: true },
      { day: 30, key: 'adoption-object-task', title: 'Adoption object update task', date: '2026-12-26', automated: false },
    ]);
  });

  test('crosses a leap day', () => {
    const dates = digitalCadence('2028-02-27').map((step) => step.date);
    expect(dates).toEqual(['2028-02-27', '2028-03-01', '2028-03-27', '2028-03-27']);
  });

  test('status: done wins, then upcoming / due on the day / overdue after', () => {
    expect(cadenceStatus('2026-11-30', '2026-11-27', false)).toBe('upcoming');
    expect(cadenceStatus('2026-11-30', '2026-11-30', false)).toBe('due');
    expect(cadenceStatus('2026-11-30', '2026-12-01', false)).toBe('overdue');
    expect(cadenceStatus('2026-11-30', '2026-12-01', true)).toBe('done');
    expect(cadenceStatus('2026-11-30', '2026-11-27', true)).toBe('done');
  });
});
