import { describe, expect, it } from 'vitest';
import { CORE, detailOf, item, one, progress, run } from '../support/compose';

const at = (day: string, time = '18:00') => `${day}T${time}:00.000Z`;
const held = (learning: string, compliance?: string, extra: Record<string, { done: boolean; at: string }> = {}) =>
  progress({
    'TR-SESSIONS:learning': { done: true, at: at(learning) },
    ...(compliance ? { 'TR-SESSIONS:compliance': { done: true, at: at(compliance) } } : {}),
    ...extra,
  });

describe('TR-RECAP-DUE', () => {
  // NOW is Fri Nov 27, 2026, 9 AM Chicago.
  it('nothing before a training is held', () => {
    expect(item(run({ facts: CORE }), 'TR-RECAP-DUE')).toBeUndefined();
  });

  it('warn on the day the training is held', () => {
    const i = one('TR-RECAP-DUE', { facts: CORE, progress: held('2026-11-27', undefined) });
    expect(i).toMatchObject({ state: 'warn', section: 'timeline', due: '2026-11-27' });
    expect(i.message).toBe('Due today, before the end of the day: the Learning training recap (session of Nov 27, 2026).');
    expect(detailOf(i, 'TR-RECAP-DUE:learning')).toMatchObject({ state: 'warn', toggle: { key: 'TR-RECAP-DUE:learning', done: false } });
  });

  it('error from the next business day; a weekend in between does not delay it', () => {
    const i = one('TR-RECAP-DUE', { facts: CORE, progress: held('2026-11-24') });
    expect(i).toMatchObject({ state: 'error', due: '2026-11-24' });
    expect(i.message).toBe('Overdue: the Learning training recap (session of Nov 24, 2026).');
    // Held Fri Nov 27: still a warning on Saturday, an error on Monday.
    expect(one('TR-RECAP-DUE', { facts: CORE, progress: held('2026-11-27'), now: at('2026-11-28', '15:00') }).state).toBe('warn');
    expect(one('TR-RECAP-DUE', { facts: CORE, progress: held('2026-11-27'), now: at('2026-11-30', '15:00') }).state).toBe('error');
  });

  it('one recap per training held; done once each is ticked sent', () => {
    const some = one('TR-RECAP-DUE', { facts: CORE, progress: held('2026-11-24', '2026-11-27', { 'TR-RECAP-DUE:learning': { done: true, at: at('2026-11-24', '22:00') } }) });
    expect(some).toMatchObject({ state: 'warn', due: '2026-11-27' });
    expect(detailOf(some, 'TR-RECAP-DUE:learning')).toMatchObject({ state: 'done', text: 'Learning training recap sent (Nov 24, 2026)' });
    const all = one('TR-RECAP-DUE', {
      facts: CORE,
      progress: held('2026-11-24', '2026-11-26', {
        'TR-RECAP-DUE:learning': { done: true, at: at('2026-11-24') },
        'TR-RECAP-DUE:compliance': { done: true, at: at('2026-11-26') },
      }),
    });
    expect(all).toMatchObject({ state: 'done', due: '2026-11-26', message: 'Every training held has its recap sent.' });
  });
});
