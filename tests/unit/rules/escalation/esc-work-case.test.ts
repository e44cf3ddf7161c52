import { describe, expect, it } from 'vitest';
import { summarizeAccount } from '@/lib/audit/summarize';
import { ACCOUNT_A, CONTEXT, digital, tick } from '../../audit/support';
import { detail, item, progress, verbs } from '../support/salesforce';
import { savedCase } from '../support/escalation-case';

const scheduled = { 'case.callScheduledFor': '2026-12-02T15:00:00Z' };

describe('ESC-WORK-CASE', () => {
  it('todo while booking the call, the CSM\'s stage, is next; every stage listed, the others named with who does them; toggle offered', () => {
    const i = item('ESC-WORK-CASE', { page: savedCase({ 'case.callCompletedDate': null, 'case.status': 'New' }) });
    expect(i.state).toBe('todo');
    expect(i.message).toMatch(/^Next: Schedule a call between the client and the CSM lead within 24 hours; enter "Call Scheduled For"/);
    expect(i.details?.map((d) => [d.key, d.state])).toEqual([
      ['call-scheduled', 'todo'],
      ['call-completed', 'info'],
      ['resolution-offered', 'info'],
      ['waiting-approval', 'info'],
      ['accounting', 'info'],
      ['follow-up', 'info'],
    ]);
    expect(detail(i, 'call-completed')?.text).toBe('After the call, the CSM lead enters "Call Completed Date" (your Team Lead does this)');
    expect(detail(i, 'accounting')?.text).toBe('Accounting approves or denies the resolution offered (Accounting does this)');
    expect(verbs(i)).toEqual(['toggle-done']);
  });
  describe('the Team Lead\'s and Accounting\'s stages are information for a CSM, never their to-do (issue 22)', () => {
    it('info: call booked, the Team Lead enters the Call Completed Date and the Resolution Offered', () => {
      const i = item('ESC-WORK-CASE', { page: savedCase({ ...scheduled, 'case.callCompletedDate': null, 'case.resolutionOffered': null, 'case.status': 'New' }) });
      expect(i.state).toBe('info');
      expect(i.message).toBe('Next: After the call, the CSM lead enters "Call Completed Date". Your Team Lead does this.');
      expect(detail(i, 'resolution-offered')).toEqual({ key: 'resolution-offered', state: 'info', text: 'After the call, the CSM lead enters "Resolution Offered" (your Team Lead does this)' });
      expect(detail(i, 'call-scheduled')).toMatchObject({ state: 'done', text: 'Call scheduled: Dec 2, 2026, 9:00 AM CST' });
      expect(verbs(i)).toEqual(['toggle-done']);
    });
    it('info: call completed but Resolution Offered empty on the case page: missing, named as the Team Lead\'s', () => {
      const i = item('ESC-WORK-CASE', { page: savedCase({ ...scheduled, 'case.callCompletedDate': '2026-12-02', 'case.resolutionOffered': null, 'case.status': 'New' }) });
      expect(i.state).toBe('info');
      expect(i.message).toBe('Next: "Resolution Offered" is empty: the CSM lead enters the resolution discussed with the client. Your Team Lead does this.');
      expect(detail(i, 'resolution-offered')?.state).toBe('info');
    });
    it('an empty Resolution Offered holds the case open even once Accounting decided; filled, it shows done', () => {
      const held = item('ESC-WORK-CASE', { page: savedCase({ ...scheduled, 'case.callCompletedDate': '2026-12-02', 'case.resolutionOffered': null, 'case.status': 'Denied' }) });
      expect(held.state).toBe('info');
      expect(held.message).toMatch(/^Next: "Resolution Offered" is empty/);
      const filled = item('ESC-WORK-CASE', { page: savedCase({ ...scheduled, 'case.callCompletedDate': '2026-12-02', 'case.resolutionOffered': '30-day pause', 'case.status': 'Denied' }) });
      expect(filled.state).toBe('done');
      expect(detail(filled, 'resolution-offered')).toEqual({ key: 'resolution-offered', state: 'done', text: '"Resolution Offered": 30-day pause' });
    });
    it('info: call completed and resolution entered, the Team Lead moves the status to Waiting Approval', () => {
      const i = item('ESC-WORK-CASE', { page: savedCase({ ...scheduled, 'case.callCompletedDate': '2026-12-02', 'case.resolutionOffered': '30-day pause', 'case.status': 'New' }) });
      expect(i.state).toBe('info');
      expect(i.message).toMatch(/^Next: "Status" goes to Waiting Approval .*\. Your Team Lead does this\.$/);
    });
    it('info: waiting for Accounting', () => {
      const i = item('ESC-WORK-CASE', {
        page: savedCase({ ...scheduled, 'case.callCompletedDate': '2026-12-02', 'case.resolutionOffered': '30-day pause', 'case.status': 'Waiting Approval' }),
      });
      expect(i.state).toBe('info');
      expect(i.message).toBe('Next: Accounting approves or denies the resolution offered. Accounting does this.');
      expect(detail(i, 'waiting-approval')).toMatchObject({ state: 'done', text: '"Status": Waiting Approval' });
    });
    it('info: Accounting decided before the call completed date was entered', () => {
      const i = item('ESC-WORK-CASE', { page: savedCase({ ...scheduled, 'case.status': 'Approved' }) });
      expect(i.state).toBe('info');
      expect(i.message).toMatch(/^Next: After the call, the CSM lead enters/);
    });
  });
  it('done: call completed and Accounting decided', () => {
    const i = item('ESC-WORK-CASE', {
      page: savedCase({ ...scheduled, 'case.callCompletedDate': '2026-12-02', 'case.status': 'Denied' }),
    });
    expect(i.state).toBe('done');
    expect(i.message).toMatch(/Accounting decided \(Denied\)/);
    expect(detail(i, 'follow-up')?.state).toBe('info');
  });
  it('done: ticked by hand', () => {
    const i = item('ESC-WORK-CASE', { page: savedCase(), progress: progress({ done: ['ESC-WORK-CASE'] }) });
    expect(i.state).toBe('done');
    expect(detail(i, 'follow-up')?.state).toBe('done');
    expect(i.actions[0]).toMatchObject({ label: 'Undo' });
  });
  it('the lead\'s audit still counts the case: ticked, done; unticked, open', () => {
    const p = digital(ACCOUNT_A, 'Lakeside Clinic', 'Jane Doe', '2026-11-02');
    const audited = (done: boolean) =>
      summarizeAccount(ACCOUNT_A, p, [tick(ACCOUNT_A, 'ESC-WORK-CASE', done, 'Lee Park', '2026-11-20T15:00:00.000Z')], CONTEXT).items.find(
        (i) => i.ruleId === 'ESC-WORK-CASE',
      );
    expect(audited(true)).toMatchObject({ state: 'done', source: 'checked-off', manual: { by: 'Lee Park', done: true } });
    expect(audited(false)).toMatchObject({ state: 'todo', source: 'checked-off' });
  });
});
