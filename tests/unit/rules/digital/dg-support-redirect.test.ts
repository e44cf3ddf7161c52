import { describe, expect, it } from 'vitest';
import { CORE, DIGITAL, compose, item, one, page, run, verbs } from '../support/compose';

describe('DG-SUPPORT-REDIRECT', () => {
  it('info offering the Support snippet', () => {
    const i = one('DG-SUPPORT-REDIRECT', { facts: DIGITAL, page: compose({ subject: 'Question', bodyText: 'Hi!' }) });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/support@medtrainer.com/);
    const insert = i.actions.find((a) => a.verb === 'insert-support-snippet');
    const text = insert && 'text' in insert ? insert.text : '';
    for (const part of ['support@medtrainer.com', '844.596.6553', 'https://support.medtrainer.com/', '7:00 AM to 7:00 PM Central Time, Monday to Friday'])
      expect(text).toContain(part);
  });
  it('done when the body already has the email or the phone', () => {
    expect(one('DG-SUPPORT-REDIRECT', { facts: DIGITAL, page: compose({ bodyText: 'Call Support at 844.596.6553' }) }).state).toBe('done');
    expect(one('DG-SUPPORT-REDIRECT', { facts: DIGITAL, page: compose({ bodyText: 'Write to SUPPORT@medtrainer.com' }) }).state).toBe('done');
  });
  it('still offers the snippet when the body is unreadable', () => {
    const i = one('DG-SUPPORT-REDIRECT', { facts: DIGITAL, page: compose({ bodyText: null, unreadable: ['body'] }) });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Can't read the email body/);
    expect(verbs(i)).toEqual(['insert-support-snippet']);
  });
  it('offered on a Core account too (it does not depend on the account); nothing off compose pages', () => {
    expect(one('DG-SUPPORT-REDIRECT', { facts: CORE, page: compose({ bodyText: 'x' }) })).toMatchObject({ state: 'info' });
    expect(verbs(one('DG-SUPPORT-REDIRECT', { facts: CORE, page: compose({ bodyText: 'x' }) }))).toEqual(['insert-support-snippet']);
    expect(item(run({ facts: DIGITAL, page: page('sf.account') }), 'DG-SUPPORT-REDIRECT')).toBeUndefined();
  });
});
