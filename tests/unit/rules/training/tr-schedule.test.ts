import { describe, expect, it } from 'vitest';
import { CORE, compose, detailOf, item, one, page, run, verbs } from '../support/compose';

const insertText = (i: ReturnType<typeof one>, verb: string): string => {
  const action = i.actions.find((a) => a.verb === verb);
  return action && 'text' in action ? action.text : '';
};

describe('TR-SCHEDULE', () => {
  it('info with the next Learning and Compliance sessions in Central and the user zone', () => {
    const i = one('TR-SCHEDULE', { facts: CORE, page: page('sf.account'), timeZone: 'America/Los_Angeles' });
    expect(i).toMatchObject({ state: 'info', section: 'timeline' });
    expect(i.message).toBe(
      'Next sessions: Learning Tue, Dec 1, 2026, 11:00 AM CST (9:00 AM PST your time); Compliance Thu, Dec 3, 2026, 11:00 AM CST (9:00 AM PST your time).',
    );
    expect(detailOf(i, 'Learning')?.text).toBe(
      'Learning (45 min): Tue, Dec 1, 2026, 11:00 AM CST (9:00 AM PST your time); Tue, Dec 8, 2026, 11:00 AM CST (9:00 AM PST your time)',
    );
    expect(i.actions).toEqual([]);
  });

  it('on an email: offers the dates to insert, in Central only', () => {
    const i = one('TR-SCHEDULE', { facts: CORE, page: compose({ subject: 'Hello' }), timeZone: 'America/Los_Angeles' });
    expect(i.section).toBe('page');
    expect(verbs(i)).toEqual(['insert-training-dates']);
    expect(insertText(i, 'insert-training-dates')).toBe(
      [
        'Upcoming training sessions:',
        '- Learning (45 minutes): Tue, Dec 1, 2026, 11:00 AM CST or Tue, Dec 8, 2026, 11:00 AM CST',
        '- Compliance (45 minutes): Thu, Dec 3, 2026, 11:00 AM CST or Thu, Dec 10, 2026, 11:00 AM CST',
      ].join('\n'),
    );
  });

  it('only the products the account has; Credentialing Software is case by case', () => {
    const i = one('TR-SCHEDULE', { facts: { ...CORE, products: ['Compliance', 'Credentialing Software'] }, page: compose({}) });
    expect(i.message).toMatch(/^Next sessions: Compliance Thu, Dec 3, 2026, 11:00 AM CST\. Credentialing Software: case by case\.$/);
    expect(detailOf(i, 'Learning')).toBeUndefined();
    expect(detailOf(i, 'Credentialing Software')?.text).toMatch(/case by case/);
    expect(insertText(i, 'insert-training-dates')).toMatch(/- Credentialing Software: scheduled case by case/);
  });

  it('skips a session already under way', () => {
    const i = one('TR-SCHEDULE', { facts: CORE, now: '2026-12-01T17:10:00Z' });
    expect(detailOf(i, 'Learning')?.text).toMatch(/^Learning \(45 min\): Tue, Dec 8, 2026/);
  });

  it('follows daylight time (CDT in summer)', () => {
    const i = one('TR-SCHEDULE', { facts: CORE, now: '2026-07-01T12:00:00Z' });
    expect(detailOf(i, 'Compliance')?.text).toMatch(/^Compliance \(45 min\): Thu, Jul 2, 2026, 11:00 AM CDT/);
  });

  it('na without any trained product', () => {
    expect(one('TR-SCHEDULE', { facts: { ...CORE, products: ['Exclusions'] } }).state).toBe('na');
  });

  it('info naming the Opportunity when the products are unknown', () => {
    const model = run({ facts: { ...CORE, products: undefined } });
    const i = item(model, 'TR-SCHEDULE')!;
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Open the Salesforce Opportunity to learn the products/);
    expect(model.unknownFacts.map((f) => f.fact)).toContain('products');
  });
});
