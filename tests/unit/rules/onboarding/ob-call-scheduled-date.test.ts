import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../../../lib/core/progress/events';
import { CORE, DIGITAL, MISSING, SMB, item, one, page, progress, run, type FactValues } from '../support/compose';

describe('OB-CALL-SCHEDULED-DATE', () => {
  const ob = (fields: Parameters<typeof page>[1]) => page('sf.onboarding', fields);

  it('done when filled, naming the field', () => {
    const i = one('OB-CALL-SCHEDULED-DATE', { facts: CORE, page: ob({ 'ob.callScheduledFor': '2026-12-02', 'ob.emailSentDate': '2026-11-27' }) });
    expect(i).toMatchObject({ state: 'done', section: 'page' });
    expect(i.message).toBe('"Onboarding Call Scheduled For" is filled: Dec 2, 2026.');
  });

  it.each([
    ['todo before the assignment date', '2026-11-30', 'todo'],
    ['warn on the assignment date', '2026-11-27', 'warn'],
    ['error from the next business day while no reminder went out', '2026-11-26', 'error'],
  ] as const)('empty: %s', (_, sent, state) => {
    const i = one('OB-CALL-SCHEDULED-DATE', { facts: CORE, page: ob({ 'ob.callScheduledFor': null, 'ob.emailSentDate': sent }) });
    expect(i.state).toBe(state);
    expect(i.message).toMatch(/"Onboarding Call Scheduled For"/);
    expect(i.due).toBe(sent);
  });

  it('still a warning over the weekend after a Friday assignment', () => {
    const i = one('OB-CALL-SCHEDULED-DATE', {
      facts: CORE,
      now: '2026-11-29T15:00:00Z',
      page: ob({ 'ob.callScheduledFor': null, 'ob.emailSentDate': '2026-11-27' }),
    });
    expect(i.state).toBe('warn');
    const monday = one('OB-CALL-SCHEDULED-DATE', {
      facts: CORE,
      now: '2026-11-30T15:00:00Z',
      page: ob({ 'ob.callScheduledFor': null, 'ob.emailSentDate': '2026-11-27' }),
    });
    expect(monday.state).toBe('error');
  });

  it('uses the profile assignment date when the page does not show it', () => {
    expect(one('OB-CALL-SCHEDULED-DATE', { facts: { ...CORE, assignmentDate: '2026-11-20' }, page: ob({ 'ob.callScheduledFor': null }) }).state).toBe('error');
  });

  it('info naming "Onboarding email sent date" when it is empty', () => {
    const i = one('OB-CALL-SCHEDULED-DATE', { facts: { ...CORE, assignmentDate: undefined }, page: ob({ 'ob.callScheduledFor': null, 'ob.emailSentDate': null }) });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/"Onboarding email sent date" \(the assignment date\) is empty/);
  });

  it('info with the page to open when the assignment date is unknown', () => {
    const i = one('OB-CALL-SCHEDULED-DATE', { facts: { ...CORE, assignmentDate: undefined }, page: ob({ 'ob.callScheduledFor': null }) });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Open the Customer Onboarding record to learn the assignment date/);
  });

  it('warn naming the label it could not read', () => {
    const i = one('OB-CALL-SCHEDULED-DATE', { facts: CORE, page: ob({ 'ob.callScheduledFor': MISSING }) });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(/Can't read "Onboarding Call Scheduled For"/);
  });

  it('shows nothing off the Customer Onboarding record', () => {
    expect(item(run({ facts: CORE, page: page('sf.account') }), 'OB-CALL-SCHEDULED-DATE')).toBeUndefined();
  });

  describe('after the reminder email (OB-REMINDER-EMAIL ticked done)', () => {
    const late = ob({ 'ob.callScheduledFor': null, 'ob.emailSentDate': '2026-11-24' });
    // Ticked Wednesday Nov 25 at 23:30 in Chicago: already Thursday in UTC. The day is the user's.
    const sentWednesday = progress({ 'OB-REMINDER-EMAIL': { done: true, at: '2026-11-26T05:30:00.000Z' } });

    it('error without it, naming the reminder as the remedy', () => {
      const i = one('OB-CALL-SCHEDULED-DATE', { facts: CORE, page: late });
      expect(i.state).toBe('error');
      expect(i.message).toMatch(/^"Onboarding Call Scheduled For" is empty and no reminder email has gone out: if the admin hasn't scheduled the call, send the "Welcome to MedTrainer! CSM" reminder/);
    });

    it('warning once sent, naming its day (in the user\'s zone) and the next follow-up, not blaming the CSM', () => {
      // Sent Wednesday Nov 25: Thursday is Thanksgiving, so the follow-up day is Friday Nov 27.
      const i = one('OB-CALL-SCHEDULED-DATE', { facts: CORE, page: late, progress: sentWednesday, now: '2026-11-27T15:00:00.000Z' });
      expect(i.state).toBe('warn');
      expect(i.message).toBe(
        'The admin hasn\'t booked the onboarding call yet: you sent the reminder email on Nov 25, 2026; next follow-up today. Enter the onboarding call\'s date in "Onboarding Call Scheduled For" once it is booked.',
      );
      expect(i.due).toBe('2026-11-27');
      expect(i.message).not.toMatch(/should have/);
      const thanksgiving = one('OB-CALL-SCHEDULED-DATE', { facts: CORE, page: late, progress: sentWednesday, now: '2026-11-26T15:00:00.000Z' });
      expect(thanksgiving).toMatchObject({ state: 'todo', due: '2026-11-27' });
      expect(thanksgiving.message).toMatch(/next follow-up on Nov 27, 2026\./);
    });

    it('the next follow-up is the business day after the reminder, or today once that has passed', () => {
      const sentFriday = progress({ 'OB-REMINDER-EMAIL': { done: true, at: '2026-11-27T16:00:00.000Z' } });
      expect(one('OB-CALL-SCHEDULED-DATE', { facts: CORE, page: late, progress: sentFriday }).message).toMatch(
        /sent the reminder email on Nov 27, 2026; next follow-up on Nov 30, 2026\./,
      );
      expect(one('OB-CALL-SCHEDULED-DATE', { facts: CORE, page: late, progress: sentWednesday, now: '2026-12-02T15:00:00.000Z' }).message).toMatch(
        /on Nov 25, 2026; next follow-up today\./,
      );
    });

    it('sent on the assignment day: a to-do waiting on the admin until the follow-up day, naming it', () => {
      const i = one('OB-CALL-SCHEDULED-DATE', {
        facts: CORE,
        page: ob({ 'ob.callScheduledFor': null, 'ob.emailSentDate': '2026-11-27' }),
        progress: progress({ 'OB-REMINDER-EMAIL': true }),
      });
      expect(i.state).toBe('todo');
      expect(i.due).toBe('2026-11-30');
      expect(i.message).toMatch(/you sent the reminder email on Nov 27, 2026; next follow-up on Nov 30, 2026/);
    });

    it('an untick puts the error back', () => {
      const undone = progress({ 'OB-REMINDER-EMAIL': { done: false, at: '2026-11-26T05:30:00.000Z' } });
      expect(one('OB-CALL-SCHEDULED-DATE', { facts: CORE, page: late, progress: undone }).state).toBe('error');
    });

    it('SMB accounts are held to it too (MT-CS-007)', () => {
      expect(one('OB-CALL-SCHEDULED-DATE', { facts: { ...SMB, assignmentDate: '2026-11-24' }, page: late }).state).toBe('error');
      expect(one('OB-CALL-SCHEDULED-DATE', { facts: { ...SMB, assignmentDate: '2026-11-24' }, page: late, progress: sentWednesday }).state).toBe('warn');
    });
  });

  it.each([
    ['a plain Digital account', { ...DIGITAL, assignmentDate: '2026-11-24' }, /^No call to book: Digital account, not SMB, which runs on the Outreach sequence/],
    ['a GameDay account', { ...DIGITAL, subtypes: ['GameDay'], assignmentDate: '2026-11-24' }, /^No onboarding call to book: GameDay account\./],
  ] as const)('na for %s', (_, facts, message) => {
    const i = one('OB-CALL-SCHEDULED-DATE', { facts: facts as FactValues, page: ob({ 'ob.callScheduledFor': null, 'ob.emailSentDate': '2026-11-24' }) });
    expect(i.state).toBe('na');
    expect(i.message).toMatch(message);
  });

  it('info in the Unresponsive branch', () => {
    const p = emptyProgress();
    p.branch = { value: 'unresponsive', since: '2026-11-25', by: 'Ana Ortiz', at: '2026-11-25T15:00:00.000Z' };
    const i = one('OB-CALL-SCHEDULED-DATE', { facts: CORE, page: ob({ 'ob.callScheduledFor': null, 'ob.emailSentDate': '2026-11-24' }), progress: p });
    expect(i.state).toBe('info');
  });

  it('segment unknown: info naming the page that teaches it', () => {
    const i = one('OB-CALL-SCHEDULED-DATE', { facts: { ...CORE, segmentation: undefined }, page: ob({ 'ob.callScheduledFor': null, 'ob.emailSentDate': '2026-11-24' }) });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Open the Salesforce Account to learn the CS segmentation/);
  });
});
