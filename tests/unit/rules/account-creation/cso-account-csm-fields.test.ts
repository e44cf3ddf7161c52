import { describe, expect, it } from 'vitest';
import { summarizeAccount } from '@/lib/audit/summarize';
import { ACCOUNT_A, CONTEXT, digital, tick } from '../../audit/support';
import { detail, item, MISSING, page, progress, verbs } from '../support/salesforce';

const account = (fields: Parameters<typeof page>[1]) => page('sf.account', fields);

describe('CSO-ACCOUNT-CSM-FIELDS', () => {
  const full = { 'account.csm': { name: 'Ana Ruiz' }, 'account.csmLeader': { name: 'Lee Park' }, 'account.segmentation': 'Digital' };
  it('error: an empty field, even with the OOO check ticked', () => {
    const i = item('CSO-ACCOUNT-CSM-FIELDS', {
      page: account({ ...full, 'account.segmentation': null }),
      progress: progress({ done: ['CSO-ACCOUNT-CSM-FIELDS'] }),
    });
    expect(i.state).toBe('error');
    expect(i.message).toBe('Fill "CS Segmentation".');
    expect(detail(i, 'ooo')?.state).toBe('done');
  });
  it('error for the empty field only: the unticked OOO check beside it is information, not the CSM\'s to-do', () => {
    const i = item('CSO-ACCOUNT-CSM-FIELDS', { page: account({ ...full, 'account.segmentation': null }) });
    expect(i.state).toBe('error');
    expect(detail(i, 'ooo')).toEqual({ key: 'ooo', state: 'info', text: 'Check who is OOO or unavailable before assigning the CSM (CS Operations does this)' });
  });
  it('info, never a to-do: filled, OOO check not ticked — CS Operations does this (issue 22)', () => {
    const i = item('CSO-ACCOUNT-CSM-FIELDS', { page: account(full) });
    expect(i.state).toBe('info');
    expect(i.message).toBe('All filled. Checking who is OOO or unavailable before assigning the CSM: CS Operations does this.');
    expect(detail(i, 'ooo')?.state).toBe('info');
    // The tick stays on offer: it is what the lead's audit counts.
    expect(i.actions).toEqual([{ type: 'toggle-done', verb: 'toggle-done', label: 'CS Operations checked who is OOO' }]);
  });
  it('done: filled and ticked', () => {
    const i = item('CSO-ACCOUNT-CSM-FIELDS', { page: account(full), progress: progress({ done: ['CSO-ACCOUNT-CSM-FIELDS'] }) });
    expect(i.state).toBe('done');
    expect(detail(i, 'ooo')).toMatchObject({ state: 'done', text: 'Checked who is OOO or unavailable before assigning (Maria Martinez)' });
    expect(verbs(i)).toEqual(['toggle-done']);
    expect(i.actions[0]).toMatchObject({ label: 'Undo OOO check' });
  });
  it('warn: a label not found', () => {
    const i = item('CSO-ACCOUNT-CSM-FIELDS', { page: account({ ...full, 'account.csm': MISSING }) });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(/"Customer Success Manager"/);
  });
  describe('the lead\'s audit still counts the OOO check', () => {
    const p = digital(ACCOUNT_A, 'Lakeside Clinic', 'Jane Doe', '2026-11-02');
    const audited = (done: boolean) =>
      summarizeAccount(ACCOUNT_A, p, [tick(ACCOUNT_A, 'CSO-ACCOUNT-CSM-FIELDS', done, 'Cam Ops', '2026-11-02T15:00:00.000Z')], CONTEXT).items.find(
        (i) => i.ruleId === 'CSO-ACCOUNT-CSM-FIELDS',
      );
    it('ticked: a done step, with who ticked it', () => {
      expect(audited(true)).toMatchObject({ state: 'done', source: 'checked-off', manual: { by: 'Cam Ops', done: true } });
    });
    it('unticked again: an open step', () => {
      expect(audited(false)).toMatchObject({ state: 'todo', source: 'checked-off' });
    });
  });
});
