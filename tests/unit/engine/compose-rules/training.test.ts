import { describe, expect, it } from 'vitest';
import { CORE, DIGITAL, SMB, compose, detailOf, item, one, page, progress, run, verbs } from './helpers';

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

describe('TR-RECAP', () => {
  const SUBJECT = 'Training Recap - Learning';
  const full = 'Participants: Jane\nModules: Learning\nPending Subjects: none\nRelevant Links: x\nSupport: support@medtrainer.com';

  it('done with every section and the Support contact', () => {
    const i = one('TR-RECAP', { facts: DIGITAL, page: compose({ subject: SUBJECT, bodyText: full }) });
    expect(i).toMatchObject({ state: 'done', section: 'page' });
  });

  it('error naming each missing section', () => {
    const i = one('TR-RECAP', { facts: DIGITAL, page: compose({ subject: SUBJECT, bodyText: 'Participants: Jane\nModules: Learning\n844.596.6553' }) });
    expect(i.state).toBe('error');
    expect(i.message).toBe('Training recap: add the Pending Subjects and Relevant Links sections.');
    expect(detailOf(i, 'Pending Subjects')).toMatchObject({ state: 'error', text: 'Add the Pending Subjects section' });
    expect(detailOf(i, 'Participants')?.state).toBe('done');
    expect(i.actions).toEqual([]);
  });

  it('error naming the Support contact block, offering it', () => {
    const i = one('TR-RECAP', { facts: CORE, page: compose({ subject: SUBJECT, bodyText: full.replace('support@medtrainer.com', '') }) });
    expect(i.state).toBe('error');
    expect(i.message).toBe('Training recap: add the Support contact block.');
    expect(insertText(i, 'insert-support-snippet')).toMatch(/Email: support@medtrainer.com\nPhone: 844.596.6553/);
  });

  it('warn when the body is unreadable', () => {
    const i = one('TR-RECAP', { facts: CORE, page: compose({ subject: SUBJECT, bodyText: null, unreadable: ['body'] }) });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(/Participants, Modules, Pending Subjects and Relevant Links/);
  });

  it('a declared training recap is checked whatever its subject; other emails show nothing', () => {
    expect(one('TR-RECAP', { facts: CORE, page: compose({ subject: 'DCSM Onboarding Recap', bodyText: '', declaredKind: 'training-recap' }) }).state).toBe('error');
    expect(item(run({ facts: CORE, page: compose({ subject: 'Hello' }) }), 'TR-RECAP')).toBeUndefined();
  });
});

describe('SMB-COMPLETED-RECAP', () => {
  const SUBJECT = 'Your SMB Onboarding Completed Recap';
  it('done when the overview videos are in the email', () => {
    const i = one('SMB-COMPLETED-RECAP', { facts: SMB, page: compose({ subject: SUBJECT, links: ['https://vimeo.com/123'] }) });
    expect(i.state).toBe('done');
    expect(i.message).toMatch(/Vimeo Overview Videos/);
  });
  it('error naming the overview videos when missing', () => {
    const i = one('SMB-COMPLETED-RECAP', { facts: SMB, page: compose({ subject: SUBJECT, bodyText: 'Congratulations!' }) });
    expect(i.state).toBe('error');
    expect(i.message).toBe('Add the Vimeo Overview Videos (Guru card) to the "SMB Onboarding Completed Recap" email.');
  });
  it('warn when the body is unreadable', () => {
    expect(one('SMB-COMPLETED-RECAP', { facts: SMB, page: compose({ subject: SUBJECT, bodyText: null, unreadable: ['body'] }) }).state).toBe('warn');
  });
  it('timeline: todo, done when ticked', () => {
    const i = one('SMB-COMPLETED-RECAP', { facts: SMB });
    expect(i).toMatchObject({ state: 'todo', section: 'timeline' });
    expect(i.message).toMatch(/"SMB Onboarding Completed Recap" email with the Vimeo Overview Videos/);
    expect(one('SMB-COMPLETED-RECAP', { facts: SMB, progress: progress({ 'SMB-COMPLETED-RECAP': true }) }).state).toBe('done');
  });
  it('na for other accounts, info when the subtype is unknown', () => {
    expect(one('SMB-COMPLETED-RECAP', { facts: DIGITAL }).state).toBe('na');
    const i = one('SMB-COMPLETED-RECAP', { facts: { ...DIGITAL, subtypes: undefined } });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Open the Salesforce Account to learn the account subtype/);
  });
  it('nothing on another email', () => {
    expect(item(run({ facts: SMB, page: compose({ subject: 'Hi' }) }), 'SMB-COMPLETED-RECAP')).toBeUndefined();
  });
});
