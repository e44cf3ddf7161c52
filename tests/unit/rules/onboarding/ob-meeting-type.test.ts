import { describe, expect, it } from 'vitest';
import { CORE, NOW, item, one, page, progress, run } from '../support/compose';

describe('OB-MEETING-TYPE', () => {
  it('a manual setup item on Outreach pages', () => {
    const i = one('OB-MEETING-TYPE', { facts: CORE, page: page('outreach.prospect', {}, { outreach: { sequenceNames: [], unreadable: [] } }) });
    expect(i).toMatchObject({ state: 'todo', section: 'page' });
    expect(i.message).toMatch(/Onboarding Call \(30 min\)/);
    expect(one('OB-MEETING-TYPE', { facts: CORE, page: page('outreach.compose'), progress: progress({ 'OB-MEETING-TYPE': true }) }).state).toBe('done');
  });
  it('not shown on Salesforce pages', () => {
    expect(item(run({ facts: CORE, page: page('sf.account') }), 'OB-MEETING-TYPE')).toBeUndefined();
  });
  it('uses NOW as a Friday', () => {
    expect(new Date(NOW).getUTCDay()).toBe(5);
  });
});
