import { describe, expect, it } from 'vitest';
import { item, progress } from '../support/salesforce';

describe('ESC-TRIGGERS', () => {
  it('info with the seven signals as steps', () => {
    const i = item('ESC-TRIGGERS', {});
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Is this an escalation\?/);
    expect(i.steps).toHaveLength(7);
    expect(i.steps?.at(-1)).toMatch(/wants to downgrade/);
  });
  it('info naming the branch when the account is escalated', () => {
    const i = item('ESC-TRIGGERS', { progress: progress({ branch: { value: 'escalation', since: '2026-11-30' } }) });
    expect(i.message).toMatch(/in the Escalation branch since Nov 30, 2026/);
  });
});
