import { describe, expect, it } from 'vitest';
import { detail, item, page, progress, verbs } from '../support/salesforce';
import { savedCase } from '../support/escalation-case';


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
