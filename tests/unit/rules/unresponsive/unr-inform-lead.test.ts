import { describe, expect, it } from 'vitest';
import { item, one, progress, run } from '../support/compose';

const at = (day: string, time = '17:00') => `${day}T${time}:00.000Z`;

describe('UNR-INFORM-LEAD', () => {
  const created = (day: string) => ({ 'UNR-FAILED-CASE': { done: true, at: at(day) } });

  it('nothing before the Failed to OB case is ticked created', () => {
    expect(item(run({}), 'UNR-INFORM-LEAD')).toBeUndefined();
  });

  it('todo until the case due date, 30 days after creation; the Lead closing it is information', () => {
    const i = one('UNR-INFORM-LEAD', { progress: progress(created('2026-10-26')), now: at('2026-11-10', '15:00') });
    expect(i).toMatchObject({ state: 'todo', section: 'timeline', due: '2026-11-25' });
    expect(i.message).toBe("If the customer is still unresponsive on Nov 25, 2026 (the case's due date), inform your Lead.");
    expect(i.details).toEqual([{ key: 'lead-closes-case', state: 'info', text: "Closing the case is your Team Lead's step, not yours" }]);
  });

  it('warn on the due date, error after, done when ticked', () => {
    const p = progress(created('2026-10-26'));
    expect(one('UNR-INFORM-LEAD', { progress: p, now: at('2026-11-25', '15:00') }).state).toBe('warn');
    expect(one('UNR-INFORM-LEAD', { progress: p, now: at('2026-11-27', '15:00') }).state).toBe('error');
    const done = one('UNR-INFORM-LEAD', { progress: progress({ ...created('2026-10-26'), 'UNR-INFORM-LEAD': true }), now: at('2026-11-27', '15:00') });
    expect(done).toMatchObject({ state: 'done', message: "Your Lead was informed (Ana Ortiz); closing the case is their step." });
  });

  it('a due date on a day off moves to the next business day', () => {
    // Created Oct 27: due Thu Nov 26, Thanksgiving → Fri Nov 27.
    const i = one('UNR-INFORM-LEAD', { progress: progress(created('2026-10-27')), now: at('2026-11-10', '15:00') });
    expect(i.due).toBe('2026-11-27');
    expect(i.message).toMatch(/Nov 26, 2026, is a day off/);
  });
});
