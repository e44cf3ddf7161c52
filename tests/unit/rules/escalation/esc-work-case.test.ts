import { describe, expect, it } from 'vitest';
import { detail, item, page, progress, verbs } from '../support/salesforce';

const escalation = {
  'case.recordType': 'Escalations',
  'case.account': { name: 'Acme Clinic' },
  'case.subject': 'Cancelation Request - Acme Clinic',
  'case.reason': 'Cancellation: budget',
  'case.description': '12/02/26_MM:Customer called support and asked to cancel',
  'case.directives': '12/02/26_MM:One more week, Customer unresponsive',
  'case.opportunity': { name: 'Acme Clinic - New Business' },
  'case.contact': { name: 'Jane Doe' },
  'case.products': ['Learning'],
};
type Fields = Parameters<typeof page>[1];
/** Opened Tue 2026-12-01 14:00 Chicago: the call is due by Wed 14:00, four hours after NOW. */
const OPENED = '2026-12-01T20:00:00Z';
const savedCase = (fields: Fields = {}) => page('sf.case', { ...escalation, 'case.opened': OPENED, 'case.callScheduledFor': null, ...fields });

describe('ESC-WORK-CASE', () => {
  it('todo: names the next stage; every stage listed; toggle offered', () => {
    const i = item('ESC-WORK-CASE', { page: savedCase({ 'case.status': 'New' }) });
    expect(i.state).toBe('todo');
    expect(i.message).toMatch(/^Next: Schedule a call between the client and the CSM lead within 24 hours; enter "Call Scheduled For"/);
    expect(i.details?.map((d) => d.key)).toEqual(['call-scheduled', 'call-completed', 'waiting-approval', 'accounting', 'follow-up']);
    expect(verbs(i)).toEqual(['toggle-done']);
  });
  it('todo: call done, waiting for Accounting', () => {
    const i = item('ESC-WORK-CASE', {
      page: savedCase({ 'case.callScheduledFor': '2026-12-02T15:00:00Z', 'case.callCompletedDate': '2026-12-02', 'case.status': 'Waiting Approval' }),
    });
    expect(i.state).toBe('todo');
    expect(i.message).toBe('Next: Accounting approves or denies the resolution offered.');
    expect(detail(i, 'waiting-approval')).toMatchObject({ state: 'done', text: '"Status": Waiting Approval' });
  });
  it('done: call completed and Accounting decided', () => {
    const i = item('ESC-WORK-CASE', {
      page: savedCase({ 'case.callScheduledFor': '2026-12-02T15:00:00Z', 'case.callCompletedDate': '2026-12-02', 'case.status': 'Denied' }),
    });
    expect(i.state).toBe('done');
    expect(i.message).toMatch(/Accounting decided \(Denied\)/);
  });
  it('done: ticked by hand', () => {
    const i = item('ESC-WORK-CASE', { page: savedCase(), progress: progress({ done: ['ESC-WORK-CASE'] }) });
    expect(i.state).toBe('done');
    expect(i.actions[0]).toMatchObject({ label: 'Undo' });
  });
});
