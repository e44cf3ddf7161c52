import { describe, expect, it } from 'vitest';
import { item, MISSING, page } from '../support/salesforce';
import { logged, unresponsive, RUNNING, beforeToday, FINISHED, finishedLog } from '../support/unresponsive-log';

describe('UNR-CLOSE-OB', () => {
  const ob = (completed: boolean | typeof MISSING) => page('sf.onboarding', { 'ob.completed': completed });

  it('na outside the Unresponsive branch', () => {
    expect(item('UNR-CLOSE-OB', { page: ob(false) }).state).toBe('na');
  });
  it('todo while the log runs, due the business day after it ends', () => {
    const i = item('UNR-CLOSE-OB', { page: ob(false), progress: unresponsive(RUNNING, logged(beforeToday)) });
    expect(i.state).toBe('todo');
    expect(i.message).toMatch(/after the log ends Dec 7, 2026: enter the notes, check "Onboarding completed"/);
    expect(i.due).toBe('2026-12-08');
  });
  it('error: log complete, "Onboarding completed" unchecked; names the RSM', () => {
    const i = item('UNR-CLOSE-OB', { page: ob(false), profile: { rsm: 'Sam Lee' }, progress: unresponsive(FINISHED, finishedLog) });
    expect(i.state).toBe('error');
    expect(i.message).toMatch(/The 10-day log ended Nov 30, 2026 with no answer: .*check "Onboarding completed", and loop in the RSM \(Sam Lee\)/);
  });
  it('done: log complete and checked', () => {
    const i = item('UNR-CLOSE-OB', { page: ob(true), progress: unresponsive(FINISHED, finishedLog) });
    expect(i.state).toBe('done');
    expect(i.message).toMatch(/^"Onboarding completed" is checked/);
  });
  it('warn: checked before the log is complete', () => {
    const i = item('UNR-CLOSE-OB', { page: ob(true), progress: unresponsive(RUNNING, logged(beforeToday)) });
    expect(i.state).toBe('warn');
    expect(i.message).toBe('"Onboarding completed" is checked but the 10-day contact log is not complete (it ends Dec 7, 2026).');
  });
  it('warn: label not found', () => {
    const i = item('UNR-CLOSE-OB', { page: ob(MISSING), progress: unresponsive(FINISHED, finishedLog) });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(/Can't read "Onboarding completed"/);
  });
});
