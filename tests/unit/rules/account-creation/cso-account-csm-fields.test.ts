import { describe, expect, it } from 'vitest';
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
  it('todo: filled, OOO check not ticked', () => {
    const i = item('CSO-ACCOUNT-CSM-FIELDS', { page: account(full) });
    expect(i.state).toBe('todo');
    expect(i.message).toMatch(/checked who is OOO or unavailable before assigning/);
    expect(detail(i, 'ooo')?.state).toBe('todo');
    expect(i.actions).toEqual([{ type: 'toggle-done', verb: 'toggle-done', label: 'Checked who is OOO' }]);
  });
  it('done: filled and ticked', () => {
    const i = item('CSO-ACCOUNT-CSM-FIELDS', { page: account(full), progress: progress({ done: ['CSO-ACCOUNT-CSM-FIELDS'] }) });
    expect(i.state).toBe('done');
    expect(verbs(i)).toEqual(['toggle-done']);
  });
  it('warn: a label not found', () => {
    const i = item('CSO-ACCOUNT-CSM-FIELDS', { page: account({ ...full, 'account.csm': MISSING }) });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(/"Customer Success Manager"/);
  });
});
