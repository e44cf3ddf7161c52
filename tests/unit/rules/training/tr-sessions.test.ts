import { describe, expect, it } from 'vitest';
import { CORE, DIGITAL, SMB, detailOf, item, progress, run } from '../support/compose';
import { emptyProgress } from '../../../../lib/core/progress/events';
import { one } from '../support/compose';

const at = (day: string, time = '18:00') => `${day}T${time}:00.000Z`;

describe('TR-SESSIONS', () => {
  // NOW is Fri Nov 27, 2026 (9 AM Chicago). Thu Nov 26 is Thanksgiving: no Compliance webinar.
  it('todo with the first sessions after the call; a holiday Thursday moves to the next week', () => {
    const i = one('TR-SESSIONS', { facts: { ...CORE, obCallScheduledFor: '2026-11-24' } });
    expect(i).toMatchObject({ state: 'todo', section: 'timeline', due: '2026-12-01' });
    expect(i.message).toBe('Next: the Learning training (Dec 1, 2026).');
    expect(detailOf(i, 'TR-SESSIONS:learning')).toMatchObject({ state: 'todo', toggle: { key: 'TR-SESSIONS:learning', done: false } });
    expect(detailOf(i, 'TR-SESSIONS:compliance')?.text).toMatch(/^Compliance training · Dec 3, 2026/);
    expect(detailOf(i, 'TR-SESSIONS:learning-missed')).toMatchObject({
      state: 'info',
      // Its checkbox says what checking it means, not "Done: Missed…".
      toggle: { key: 'TR-SESSIONS:learning-missed', done: false, label: 'Missed: the Learning training did not take place (rebook the next session)' },
    });
  });

  it('warn on the session day, error from the next day', () => {
    const facts = { ...CORE, obCallScheduledFor: '2026-11-20' };
    expect(one('TR-SESSIONS', { facts, now: at('2026-11-24', '15:00') })).toMatchObject({ state: 'warn', due: '2026-11-24' });
    const i = one('TR-SESSIONS', { facts });
    expect(i).toMatchObject({ state: 'error', due: '2026-11-24' });
    expect(i.message).toBe('Overdue: the Learning training (Nov 24, 2026): tick it held, or missed to rebook the next session.');
  });

  it('the completed date wins over the scheduled one', () => {
    const i = one('TR-SESSIONS', { facts: { ...CORE, obCallScheduledFor: '2026-11-20', obCallCompletedDate: '2026-11-24' } });
    expect(i).toMatchObject({ state: 'todo', due: '2026-12-01' });
  });

  it('a held tick is done; missed rebooks the next session', () => {
    const facts = { ...CORE, obCallScheduledFor: '2026-11-20' };
    const held = one('TR-SESSIONS', { facts, progress: progress({ 'TR-SESSIONS:learning': { done: true, at: at('2026-11-24') } }) });
    expect(held).toMatchObject({ state: 'todo', due: '2026-12-03' });
    expect(detailOf(held, 'TR-SESSIONS:learning')).toMatchObject({ state: 'done', text: 'Learning training held (Nov 24, 2026)' });
    const missed = one('TR-SESSIONS', { facts, progress: progress({ 'TR-SESSIONS:learning-missed': { done: true, at: at('2026-11-24') } }) });
    expect(missed).toMatchObject({ state: 'todo', due: '2026-12-01' });
    expect(detailOf(missed, 'TR-SESSIONS:learning')?.text).toBe('Learning training · Dec 1, 2026 (rebooked: missed on Nov 24, 2026)');
  });

  it('done once every training is held, dated by the last', () => {
    const i = one('TR-SESSIONS', {
      facts: { ...CORE, obCallScheduledFor: '2026-11-20' },
      progress: progress({ 'TR-SESSIONS:learning': { done: true, at: at('2026-11-24') }, 'TR-SESSIONS:compliance': { done: true, at: at('2026-11-25') } }),
    });
    expect(i).toMatchObject({ state: 'done', due: '2026-11-25' });
    expect(i.message).toBe('All Learning and Compliance trainings held (the last on Nov 25, 2026).');
  });

  it('only the trainings the products call for', () => {
    const i = one('TR-SESSIONS', { facts: { ...CORE, products: ['Compliance'], obCallScheduledFor: '2026-11-24' } });
    expect(i.details?.map((d) => d.key)).toEqual(['TR-SESSIONS:compliance', 'TR-SESSIONS:compliance-missed']);
    expect(item(run({ facts: { ...CORE, products: ['Credentialing Software'] } }), 'TR-SESSIONS')).toBeUndefined();
  });

  it('a Digital account without a call counts from its Day-4 follow-up; SMB waits for its call', () => {
    // Assigned Mon Nov 16: Day 4 = Thu Nov 19 → Learning Tue Nov 24 (overdue on Nov 27).
    const i = one('TR-SESSIONS', { facts: { ...DIGITAL, assignmentDate: '2026-11-16' } });
    expect(i).toMatchObject({ state: 'error', due: '2026-11-24' });
    expect(detailOf(i, 'TR-SESSIONS:learning')?.text).toMatch(/the first after the Day-4 follow-up \(Nov 19, 2026\)/);
    expect(one('TR-SESSIONS', { facts: { ...SMB, assignmentDate: '2026-11-16' } })).toMatchObject({ state: 'todo' });
    expect(one('TR-SESSIONS', { facts: CORE }).message).toMatch(/follow the onboarding call/);
  });

  it('nothing on the Unresponsive branch; info while the products are unknown', () => {
    const p = emptyProgress();
    p.branch = { value: 'unresponsive', since: '2026-11-20', by: 'Ana Ortiz', at: at('2026-11-20') } as never;
    expect(item(run({ facts: { ...CORE, obCallScheduledFor: '2026-11-20' }, progress: p }), 'TR-SESSIONS')).toBeUndefined();
    expect(one('TR-SESSIONS', { facts: { ...CORE, products: undefined } }).state).toBe('info');
  });
});
