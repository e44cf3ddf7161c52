import { describe, expect, it } from 'vitest';
import { item, MISSING, page } from '../support/salesforce';
import { ESCALATION, OPENED, savedCase } from '../support/escalation-case';

/** Not a cancellation, so messages carry no CSM TL sentence. */
const upset = { 'case.reason': 'Upset with support', 'case.subject': 'Upset admin' };
const TL = ' This is a cancellation request: the CSM TL contacts the customer.';

describe('ESC-CALL-24H', () => {
  describe('"Call Scheduled For" empty: the 24 hours are for booking the call', () => {
    it('todo inside the 24 hours, due at the deadline (never a warning for a CSM still in time)', () => {
      const i = item('ESC-CALL-24H', { page: savedCase(upset) });
      expect(i.state).toBe('todo');
      expect(i.due).toBe('2026-12-02T20:00:00.000Z');
      expect(i.message).toBe('Contact the customer, book the call with the client and the CSM lead, and enter "Call Scheduled For" by Dec 2, 2026, 2:00 PM CST.');
    });
    it('todo at the 24th hour itself', () => {
      expect(item('ESC-CALL-24H', { page: savedCase(upset), now: '2026-12-02T20:00:00Z' }).state).toBe('todo');
    });
    it('error once the 24 hours ran out; a cancellation says the CSM TL calls', () => {
      const i = item('ESC-CALL-24H', { page: savedCase(), now: '2026-12-02T20:01:00Z' });
      expect(i.state).toBe('error');
      expect(i.due).toBe('2026-12-02T20:00:00.000Z');
      expect(i.message).toBe(`"Call Scheduled For" is empty and the 24 hours since the case was created ran out Dec 2, 2026, 2:00 PM CST.${TL}`);
    });
  });

  describe('"Call Scheduled For" filled: the customer\'s availability sets the day', () => {
    const booked = (when: string, fields = {}) => item('ESC-CALL-24H', { page: savedCase({ ...upset, ...fields, 'case.callScheduledFor': when }) });
    it('done: within the 24 hours', () => {
      const i = booked('2026-12-02T15:00:00Z');
      expect(i.state).toBe('done');
      expect(i.message).toBe('"Call Scheduled For" Dec 2, 2026, 9:00 AM CST is within 24 hours of the case\'s creation.');
    });
    it('done: later on the day the 24 hours end', () => {
      const i = booked('2026-12-02T22:00:00Z');
      expect(i.state).toBe('done');
      expect(i.message).toBe('"Call Scheduled For" Dec 2, 2026, 4:00 PM CST is on the day the 24 hours since the case was created end (Dec 2, 2026, 2:00 PM CST).');
    });
    it('warn, never an error: a later business day', () => {
      const i = booked('2026-12-03T15:00:00Z', { 'case.reason': 'Cancellation: budget' });
      expect(i.state).toBe('warn');
      expect(i.message).toBe(
        `"Call Scheduled For" Dec 3, 2026, 9:00 AM CST is after Dec 2, 2026, the first business day once the 24 hours since the case was created end (Dec 2, 2026, 2:00 PM CST): offer the customer an earlier call if they can make one.${TL}`,
      );
    });
    it('still a warning at most when the call is weeks away, whatever the time now', () => {
      expect(item('ESC-CALL-24H', { page: savedCase({ 'case.callScheduledFor': '2026-12-21T15:00:00Z' }), now: '2026-12-10T16:00:00Z' }).state).toBe('warn');
    });

    describe('a Friday case: its Monday call is normal', () => {
      /** Fri 2026-12-04 15:00 Chicago; the 24 hours end on Saturday. */
      const friday = { ...upset, 'case.opened': '2026-12-04T21:00:00Z' };
      const now = '2026-12-04T22:00:00Z';
      it('done: Monday', () => {
        const i = item('ESC-CALL-24H', { page: savedCase({ ...friday, 'case.callScheduledFor': '2026-12-07T16:00:00Z' }), now });
        expect(i.state).toBe('done');
        expect(i.message).toBe('"Call Scheduled For" Dec 7, 2026, 10:00 AM CST is on the first business day after the 24 hours since the case was created end (Dec 5, 2026, 3:00 PM CST).');
      });
      it('warn: Tuesday', () => {
        const i = item('ESC-CALL-24H', { page: savedCase({ ...friday, 'case.callScheduledFor': '2026-12-08T16:00:00Z' }), now });
        expect(i.state).toBe('warn');
        expect(i.message).toMatch(/is after Dec 7, 2026, the first business day once/);
      });
    });

    describe('days are the CSM\'s, never the UTC date', () => {
      it('done: a Friday-evening case\'s Monday-evening call, though Monday 7 PM Chicago is Tuesday in UTC', () => {
        // Opened Fri 2026-12-04 20:00 Chicago (Sat 02:00 UTC); the call Mon 19:00 Chicago (Tue 01:00 UTC).
        const i = item('ESC-CALL-24H', {
          page: savedCase({ ...upset, 'case.opened': '2026-12-05T02:00:00Z', 'case.callScheduledFor': '2026-12-08T01:00:00Z' }),
          now: '2026-12-05T03:00:00Z',
        });
        expect(i.state).toBe('done');
        expect(i.message).toMatch(/Dec 7, 2026, 7:00 PM CST is on the first business day after/);
      });
      it('warn: a Thursday-night case\'s 24 hours end on Friday in Chicago (Saturday in UTC), so Monday is a later day', () => {
        // Opened Thu 2026-12-03 22:00 Chicago (Fri 04:00 UTC); the 24 hours end Fri 22:00 Chicago (Sat 04:00 UTC).
        const i = item('ESC-CALL-24H', {
          page: savedCase({ ...upset, 'case.opened': '2026-12-04T04:00:00Z', 'case.callScheduledFor': '2026-12-07T16:00:00Z' }),
          now: '2026-12-04T05:00:00Z',
        });
        expect(i.state).toBe('warn');
        expect(i.message).toMatch(/is after Dec 4, 2026, the first business day once the 24 hours since the case was created end \(Dec 4, 2026, 10:00 PM CST\)/);
      });
      it('in another zone the same instants are that zone\'s days', () => {
        // 2026-12-02T22:00Z is Dec 2 in Chicago but Dec 3 in Berlin, a day after the 24 hours end there.
        const i = item('ESC-CALL-24H', { page: savedCase({ ...upset, 'case.callScheduledFor': '2026-12-02T23:30:00Z' }), settings: { timeZone: 'Europe/Berlin' } });
        expect(i.state).toBe('warn');
        expect(i.message).toMatch(/Dec 3, 2026, 12:30 AM GMT\+1 is after Dec 2, 2026/);
      });
    });

    it('warn: a call before the case was created', () => {
      const i = booked('2026-12-01T15:00:00Z');
      expect(i.state).toBe('warn');
      expect(i.message).toMatch(/is before the case was created \(Dec 1, 2026, 2:00 PM CST\)/);
    });
    it('warn: a value that is not a date and time', () => {
      expect(booked('next week').state).toBe('warn');
    });
  });

  it('info: the creation time is not on the page', () => {
    const { 'case.opened': _, ...rest } = { ...ESCALATION, 'case.opened': OPENED, 'case.callScheduledFor': null };
    const i = item('ESC-CALL-24H', { page: page('sf.case', rest) });
    expect(i.state).toBe('info');
  });
  it('warn: label not found', () => {
    const i = item('ESC-CALL-24H', { page: savedCase({ 'case.callScheduledFor': MISSING }) });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(/Can't read "Call Scheduled For"/);
  });
});
