import { describe, expect, it } from 'vitest';
import { CORE, MISSING, item, one, page, run } from '../support/compose';

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
    ['error from the next business day', '2026-11-26', 'error'],
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
});
