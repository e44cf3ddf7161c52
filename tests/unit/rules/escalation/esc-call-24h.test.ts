import { describe, expect, it } from 'vitest';
import { item, MISSING, page } from '../support/salesforce';
import { ESCALATION, OPENED, savedCase } from '../support/escalation-case';


describe('ESC-CALL-24H', () => {
  it('warn: empty inside the 24 hours, due at the deadline', () => {
    const i = item('ESC-CALL-24H', { page: savedCase({ 'case.reason': 'Upset with support', 'case.subject': 'Upset admin' }) });
    expect(i.state).toBe('warn');
    expect(i.due).toBe('2026-12-02T20:00:00.000Z');
    expect(i.message).toBe('Schedule the call with the client and the CSM lead, and enter "Call Scheduled For", by Dec 2, 2026, 2:00 PM CST.');
  });
  it('error: empty after the 24 hours; a cancellation says the CSM TL calls', () => {
    const i = item('ESC-CALL-24H', { page: savedCase({ 'case.opened': '2026-11-30T20:00:00Z' }) });
    expect(i.state).toBe('error');
    expect(i.message).toMatch(/"Call Scheduled For" is empty and the 24 hours since the case was created ran out Dec 1, 2026, 2:00 PM CST\. This is a cancellation request: the CSM TL contacts the customer\./);
  });
  it('done: scheduled inside the 24 hours', () => {
    const i = item('ESC-CALL-24H', { page: savedCase({ 'case.callScheduledFor': '2026-12-02T15:00:00Z' }) });
    expect(i.state).toBe('done');
    expect(i.message).toMatch(/"Call Scheduled For" Dec 2, 2026, 9:00 AM CST is within 24 hours/);
  });
  it('error: scheduled later than the deadline', () => {
    const i = item('ESC-CALL-24H', { page: savedCase({ 'case.callScheduledFor': '2026-12-03T15:00:00Z' }) });
    expect(i.state).toBe('error');
    expect(i.message).toMatch(/"Call Scheduled For" Dec 3, 2026, 9:00 AM CST is later than 24 hours after the case was created \(by Dec 2, 2026, 2:00 PM CST\)/);
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
