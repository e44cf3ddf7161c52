import { describe, expect, it } from 'vitest';
import { CORE, DIGITAL, compose, detailOf, item, one, run } from '../support/compose';

const insertText = (i: ReturnType<typeof one>, verb: string): string => {
  const action = i.actions.find((a) => a.verb === verb);
  return action && 'text' in action ? action.text : '';
};

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
