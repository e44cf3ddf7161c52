import { describe, expect, it } from 'vitest';
import { detailOf, item, one, progress, run } from '../support/compose';

const at = (day: string, time = '17:00') => `${day}T${time}:00.000Z`;
// The case ticked created on Mon Oct 26, 2026: reach-outs Nov 2, Nov 9, Nov 16, Nov 23 (its due date is Nov 25).
const created = { 'UNR-FAILED-CASE': { done: true, at: at('2026-10-26') } };

describe('UNR-WEEKLY-REACH-OUT', () => {
  it('nothing before the Failed to OB case is ticked created', () => {
    expect(item(run({ now: at('2026-11-02', '15:00') }), 'UNR-WEEKLY-REACH-OUT')).toBeUndefined();
  });

  it('todo naming the first week, one ticked line per week up to the case due date', () => {
    const i = one('UNR-WEEKLY-REACH-OUT', { progress: progress(created), now: at('2026-10-27', '15:00') });
    expect(i).toMatchObject({ state: 'todo', section: 'timeline', due: '2026-11-02' });
    expect(i.message).toBe('Next: the week 1 reach-out (Nov 2, 2026). Reach out to the customer and log it on the case.');
    expect(i.details?.map((d) => d.key)).toEqual([1, 2, 3, 4].map((w) => `UNR-WEEKLY-REACH-OUT:week-${w}`));
    expect(detailOf(i, 'UNR-WEEKLY-REACH-OUT:week-4')?.text).toBe('Week 4 reach-out · Nov 23, 2026');
  });

  it('warn on its day, error from the next business day', () => {
    expect(one('UNR-WEEKLY-REACH-OUT', { progress: progress(created), now: at('2026-11-02', '15:00') })).toMatchObject({ state: 'warn', due: '2026-11-02' });
    const late = one('UNR-WEEKLY-REACH-OUT', { progress: progress(created), now: at('2026-11-03', '15:00') });
    expect(late).toMatchObject({ state: 'error', due: '2026-11-02' });
    expect(late.message).toBe('Overdue: week 1 reach-out (Nov 2, 2026). Reach out to the customer and log it on the case.');
  });

  it('a week on a holiday moves to the next business day', () => {
    // Created Thu Nov 19: week 1 = Thanksgiving (Nov 26) → Fri Nov 27.
    const i = one('UNR-WEEKLY-REACH-OUT', { progress: progress({ 'UNR-FAILED-CASE': { done: true, at: at('2026-11-19') } }), now: at('2026-11-20', '15:00') });
    expect(i.due).toBe('2026-11-27');
  });

  it('ticked weeks are done; done once every week is', () => {
    const weeks = (n: number) => Object.fromEntries([...Array(n)].map((_, k) => [`UNR-WEEKLY-REACH-OUT:week-${k + 1}`, { done: true, at: at('2026-11-02') }]));
    const some = one('UNR-WEEKLY-REACH-OUT', { progress: progress({ ...created, ...weeks(1) }), now: at('2026-11-03', '15:00') });
    expect(some).toMatchObject({ state: 'todo', due: '2026-11-09' });
    expect(detailOf(some, 'UNR-WEEKLY-REACH-OUT:week-1')?.state).toBe('done');
    const all = one('UNR-WEEKLY-REACH-OUT', { progress: progress({ ...created, ...weeks(4) }), now: at('2026-11-24', '15:00') });
    expect(all).toMatchObject({ state: 'done', due: '2026-11-23', message: 'Every weekly reach-out is logged on the case.' });
  });
});
