import { describe, expect, it } from 'vitest';
import { zonedTimeToInstant } from '../../../../lib/core/dates';
import { emptyProgress, type AccountProgress } from '../../../../lib/core/progress/events';
import { CORE, detailOf, item, one, outreach, page, progress, run } from '../support/compose';

const at = (day: string, time = '12:00') => zonedTimeToInstant(day, time, 'America/Chicago');
const ID = 'OUT-LOG-TOUCHES';

/** The same-day call, ticked on Wed Nov 25 at 10:00 in Chicago. */
const called = (extra: Record<string, boolean | { done: boolean; at: string }> = {}): AccountProgress =>
  progress({ 'OB-SAME-DAY-CALL': { done: true, at: at('2026-11-25', '10:00') }, ...extra });

describe('OUT-LOG-TOUCHES', () => {
  it('na while the sidebar has recorded no call or email', () => {
    const i = one(ID, { facts: CORE });
    expect(i).toMatchObject({ state: 'na', section: 'timeline' });
  });

  it('a to-do on the day of the touch, with a tick keyed by channel and day', () => {
    const i = one(ID, { facts: CORE, progress: called(), now: at('2026-11-25', '17:00') });
    expect(i).toMatchObject({ state: 'todo', due: '2026-11-25' });
    expect(i.message).toBe('Log the call of Nov 25, 2026 in Outreach today, then tick it here.');
    expect(detailOf(i, 'OUT-LOG-TOUCHES:call:2026-11-25')).toMatchObject({
      state: 'todo',
      toggle: { key: 'OUT-LOG-TOUCHES:call:2026-11-25', done: false },
      text: 'Today · call (same-day call) · log it in Outreach today',
    });
  });

  it('an error from the next business day when it was not logged', () => {
    // The default now is Fri Nov 27, 9:00 in Chicago: past the next business day after Nov 25.
    const i = one(ID, { facts: CORE, progress: called() });
    expect(i).toMatchObject({ state: 'error', due: '2026-11-25' });
    expect(i.message).toMatch(/^Not logged in Outreach: the call of Nov 25, 2026\./);
    expect(detailOf(i, 'OUT-LOG-TOUCHES:call:2026-11-25')?.state).toBe('error');
  });

  it('done once ticked; the touch day is the tick day in the CSM zone, not UTC', () => {
    // 20:00 in Chicago on Nov 25 is Nov 26 in UTC: the call is still Nov 25's.
    const late = progress({ 'OB-REMINDER-EMAIL': { done: true, at: at('2026-11-25', '20:00') }, 'OUT-LOG-TOUCHES:email:2026-11-25': true });
    const i = one(ID, { facts: CORE, progress: late });
    expect(i).toMatchObject({ state: 'done', message: 'All 1 touch logged in Outreach.' });
    expect(detailOf(i, 'OUT-LOG-TOUCHES:email:2026-11-25')?.text).toBe('Nov 25, 2026 · email (reminder email) · logged in Outreach');
  });

  it('lists the contact log emails and calls, one line per channel and day', () => {
    const p = emptyProgress();
    const stamp = { by: 'Ana Ortiz', at: at('2026-11-24'), done: true };
    p.contacts['2026-11-24'] = { email: stamp, call: stamp };
    p.contacts['2026-11-25'] = { email: stamp };
    p.items['OUT-LOG-TOUCHES:email:2026-11-24'] = stamp;
    p.items['OUT-LOG-TOUCHES:call:2026-11-24'] = stamp;
    const i = one(ID, { facts: CORE, progress: p });
    expect(i.details?.map((d) => [d.key, d.state])).toEqual([
      ['OUT-LOG-TOUCHES:call:2026-11-24', 'done'],
      ['OUT-LOG-TOUCHES:email:2026-11-24', 'done'],
      ['OUT-LOG-TOUCHES:email:2026-11-25', 'error'],
    ]);
    expect(i.message).toMatch(/^Not logged in Outreach: the email of Nov 25, 2026\./);
  });

  it('on the prospect page, a logged activity of that type and day confirms the touch', () => {
    const prospect = outreach('outreach.prospect', {
      prospectId: '4821',
      activities: [
        { type: 'call', day: '2026-11-25' },
        { type: 'email', day: '2026-11-24' },
      ],
    });
    const i = one(ID, { facts: CORE, progress: called(), page: prospect });
    expect(i.state).toBe('done');
    expect(detailOf(i, 'OUT-LOG-TOUCHES:call:2026-11-25')).toMatchObject({
      state: 'done',
      toggle: { done: false },
      text: 'Nov 25, 2026 · call (same-day call) · in the activity list on this page',
    });
    // An activity of another type or day confirms nothing.
    const other = outreach('outreach.prospect', { prospectId: '4821', activities: [{ type: 'email', day: '2026-11-25' }] });
    expect(one(ID, { facts: CORE, progress: called(), page: other }).state).toBe('error');
  });

  it('says plainly when the prospect page shows no activity list', () => {
    const prospect = outreach('outreach.prospect', { prospectId: '4821' });
    const i = one(ID, { facts: CORE, progress: called(), page: prospect });
    expect(i.state).toBe('error');
    expect(i.message).toContain("This page shows no activity list: open the prospect's activity to confirm the logged ones.");
  });

  it('shows on any page and in the timeline', () => {
    const model = run({ facts: CORE, progress: called(), page: page('sf.account') });
    expect(item(model, ID)?.state).toBe('error');
  });
});
