import { describe, expect, it } from 'vitest';
import { DIGITAL, SMB, item, one, page, progress, run, verbs, type FactValues } from '../support/compose';

const account = page('sf.account');

describe('SMB-ROUTING', () => {
  it('done: a small Basic SMB account stays Digital', () => {
    const i = one('SMB-ROUTING', { facts: SMB, page: account });
    expect(i).toMatchObject({ state: 'done', section: 'page' });
    expect(i.message).toMatch(/Stays with a Digital CSM: 8 users and \$250(\.00)? MRR/);
  });

  it.each([
    ['over 50 users', { userCount: 55 }, /55 users \(over 50\)/],
    ['over $500.00 MRR', { mrr: 650 }, /\$650(\.00)? MRR \(over \$500\.00\)/],
    ['Standard service', { serviceLevel: 'Standard' }, /SMB account with Standard service/],
  ] as const)('error when still Digital with %s, naming CS Segmentation', (_, extra, reason) => {
    const i = one('SMB-ROUTING', { facts: { ...SMB, ...extra } as FactValues, page: account });
    expect(i.state).toBe('error');
    expect(i.message).toMatch(/^CS Segmentation is Digital, but /);
    expect(i.message).toMatch(reason);
    expect(i.message).toMatch(/Core CSM .* review with your TL/);
  });

  it.each([
    ['exactly 50 users', { userCount: 50 }, /exactly 50 users is not "over 50 users"/],
    ['exactly $500.00 MRR', { mrr: 500 }, /exactly \$500\.00 MRR is not "over 50 users" or "over \$500\.00 USD MRR" \(MT-CS-007\)/],
    ['exactly 50 users on a Core segmentation', { userCount: 50, segmentation: 'Core' }, /exactly 50 users/],
  ] as const)('info, no flag: %s is not "over" (MT-CS-007)', (_, extra, reason) => {
    const i = one('SMB-ROUTING', { facts: { ...SMB, ...extra } as FactValues, page: account });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/^Not over the bounds: /);
    expect(i.message).toMatch(reason);
    expect(i.message).toMatch(/nothing is flagged/);
  });

  it('todo to review with the TL once Core; done when ticked', () => {
    const facts: FactValues = { ...SMB, userCount: 60, segmentation: 'Core' };
    const i = one('SMB-ROUTING', { facts, page: account });
    expect(i.state).toBe('todo');
    expect(verbs(i)).toEqual(['toggle-done']);
    const done = one('SMB-ROUTING', { facts, page: account, progress: progress({ 'SMB-ROUTING': true }) });
    expect(done.state).toBe('done');
    expect(done.message).toMatch(/Reviewed with the TL \(Ana Ortiz\)/);
  });

  it('info naming the facts it lacks', () => {
    const i = one('SMB-ROUTING', { facts: { ...SMB, userCount: undefined, mrr: undefined }, page: account });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Open the Salesforce Opportunity to learn the user count and MRR/);
    const seg = one('SMB-ROUTING', { facts: { ...SMB, userCount: 60, segmentation: undefined }, page: account });
    expect(seg.state).toBe('info');
    expect(seg.message).toMatch(/learn the CS segmentation/);
  });

  it('na for other accounts; only on the Account', () => {
    expect(one('SMB-ROUTING', { facts: DIGITAL, page: account }).state).toBe('na');
    expect(item(run({ facts: SMB, page: page('sf.opportunity') }), 'SMB-ROUTING')).toBeUndefined();
  });
});
