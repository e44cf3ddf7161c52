import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import trRecap from '../../../../lib/core/rules/training/tr-recap.rule';
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

  it('warn (not error) naming each missing section', () => {
    const i = one('TR-RECAP', { facts: DIGITAL, page: compose({ subject: SUBJECT, bodyText: 'Participants: Jane\nModules: Learning\n844.596.6553' }) });
    expect(i.state).toBe('warn');
    expect(i.message).toBe('Training recap: add the Pending Subjects and Relevant Links sections.');
    expect(detailOf(i, 'Pending Subjects')).toMatchObject({ state: 'warn', text: 'Add the Pending Subjects section (or Open items or Pending items)' });
    expect(detailOf(i, 'Participants')?.state).toBe('done');
    expect(i.actions).toEqual([]);
  });

  it('recognises each section by meaning ("such as"), naming the wording found', () => {
    const body = 'Attendees: Jane, Michael\nTopics covered: Course Library\nOpen items: SSO\nResources: guide\nEmail: support@medtrainer.com';
    const i = one('TR-RECAP', { facts: DIGITAL, page: compose({ subject: SUBJECT, bodyText: body }) });
    expect(i.state).toBe('done');
    expect(detailOf(i, 'Participants')?.text).toBe('Participants section is there ("Attendees")');
    expect(detailOf(i, 'Modules')?.text).toBe('Modules section is there ("Topics covered")');
    expect(detailOf(i, 'Pending Subjects')?.text).toBe('Pending Subjects section is there ("Open items")');
    expect(detailOf(i, 'Relevant Links')?.text).toBe('Relevant Links section is there ("Resources")');
    const nextSteps = 'In attendance: Jane\nWhat we covered: Compliance\nNext steps: upload policies\nUseful links: x\n844.596.6553';
    expect(one('TR-RECAP', { facts: DIGITAL, page: compose({ subject: SUBJECT, bodyText: nextSteps }) }).state).toBe('done');
  });

  it('a wording only counts as a whole word ("unattended" is not "attended by")', () => {
    const i = one('TR-RECAP', { facts: DIGITAL, page: compose({ subject: SUBJECT, bodyText: 'Left unattended by staff. Modules; Pending Subjects; Resources; 844.596.6553' }) });
    expect(detailOf(i, 'Participants')?.state).toBe('warn');
  });

  it('error when the Support contact is missing too, the sections still warnings', () => {
    const i = one('TR-RECAP', { facts: DIGITAL, page: compose({ subject: SUBJECT, bodyText: 'Participants: Jane' }) });
    expect(i.state).toBe('error');
    expect(i.message).toBe('Training recap: add the Modules, Pending Subjects and Relevant Links sections and the Support contact block.');
    expect(detailOf(i, 'Modules')?.state).toBe('warn');
    expect(detailOf(i, 'support')?.state).toBe('error');
  });

  it('a playbook listing sections as plain names still loads (no other wording)', () => {
    const params = z.parse(trRecap.params, { ...trRecap.defaults, sections: ['Participants', 'Modules'] });
    expect(params.sections).toEqual([
      { name: 'Participants', alsoCalled: [] },
      { name: 'Modules', alsoCalled: [] },
    ]);
  });

  it('recognised by its body as an inline reply; a reply in the thread that is no recap is not checked', () => {
    const body = `Here is a recap of our training.\n${full}`;
    expect(one('TR-RECAP', { facts: DIGITAL, page: compose({ subject: 'Re: Learning webinar', bodyText: body }) }).state).toBe('done');
    expect(item(run({ facts: DIGITAL, page: compose({ subject: `Re: ${SUBJECT}`, bodyText: 'Thanks Jane!' }) }), 'TR-RECAP')).toBeUndefined();
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
