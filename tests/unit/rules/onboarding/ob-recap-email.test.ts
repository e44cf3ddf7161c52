import { describe, expect, it } from 'vitest';
import { CORE, compose, detailOf, item, one, progress, run, SMB } from '../support/compose';

describe('OB-RECAP-EMAIL', () => {
  const RECAP = 'Onboarding Call Recap - Clinic';
  const CPR = ['CPR Brochure.pdf', 'CPR Document.pdf'];
  // NOW is Fri Nov 27, 2026: next Learning Tue Dec 1, next Compliance Thu Dec 3.
  const good = 'Book time with me: https://calendly.com/ana. Learning training: December 1 at 11 AM; Compliance: 12/3.';

  it('done with the Calendly link, a training date and both CPR files', () => {
    const i = one('OB-RECAP-EMAIL', { facts: CORE, page: compose({ subject: RECAP, bodyText: good, attachments: CPR }) });
    expect(i.state).toBe('done');
    expect(i.actions).toEqual([]);
  });

  it('error naming each missing part, offering the training dates', () => {
    const i = one('OB-RECAP-EMAIL', { facts: CORE, page: compose({ subject: RECAP, bodyText: 'Thanks for your time!', attachments: ['CPR Brochure.pdf'] }) });
    expect(i.state).toBe('error');
    expect(i.message).toBe('Recap email: add your Calendly link, the dates of the upcoming training sessions and the attachment CPR Document.pdf.');
    expect(detailOf(i, 'CPR Document.pdf')).toMatchObject({ state: 'error', text: 'Attach CPR Document.pdf' });
    const insert = i.actions.find((a) => a.verb === 'insert-training-dates');
    expect(insert).toMatchObject({ type: 'insert' });
    expect(insert && 'text' in insert ? insert.text : '').toMatch(/Learning \(45 minutes\): Tue, Dec 1, 2026, 11:00 AM CST or Tue, Dec 8, 2026/);
  });

  it('recognised by its body too, also written as an inline reply in the welcome thread', () => {
    const body = `Hi Jane, here is a recap of our onboarding call. ${good}`;
    const asReply = one('OB-RECAP-EMAIL', { facts: CORE, page: compose({ subject: "Re: Welcome to MedTrainer! Let's get started", bodyText: body, attachments: CPR }) });
    expect(asReply).toMatchObject({ state: 'done', section: 'page' });
    const newOne = one('OB-RECAP-EMAIL', { facts: CORE, page: compose({ subject: 'Sunrise Family Clinic', bodyText: 'A recap of our onboarding call.', attachments: CPR }) });
    expect(newOne.state).toBe('error');
    expect(newOne.message).toBe('Recap email: add your Calendly link and the dates of the upcoming training sessions.');
  });

  it('a reply in the recap thread that is not a recap is not checked (the thread alone never decides)', () => {
    const model = run({ facts: CORE, page: compose({ subject: `Re: ${RECAP}`, bodyText: 'Glad it helped, see you Tuesday!' }) });
    expect(item(model, 'OB-RECAP-EMAIL')).toBeUndefined();
  });

  it('accepts the Calendly link from the links list', () => {
    const i = one('OB-RECAP-EMAIL', {
      facts: CORE,
      page: compose({ subject: RECAP, bodyText: 'Sessions: Dec 3rd', links: ['https://calendly.com/ana/30min'], attachments: CPR }),
    });
    expect(i.state).toBe('done');
  });

  it('a date that is not an upcoming session does not count', () => {
    const i = one('OB-RECAP-EMAIL', { facts: CORE, page: compose({ subject: RECAP, bodyText: 'calendly.com/ana — training on December 2', attachments: CPR }) });
    expect(detailOf(i, 'training-dates')?.state).toBe('error');
  });

  it('a session further out than the next three is not a missing date; a day with no session still is', () => {
    // Learning: Dec 1, 8, 15 are the next three; Dec 22 and Jan 26 are later Tuesdays.
    for (const later of ['Learning on December 22', 'Learning: 1/26/2027']) {
      const i = one('OB-RECAP-EMAIL', { facts: CORE, page: compose({ subject: RECAP, bodyText: `calendly.com/ana. ${later}`, attachments: CPR }) });
      expect(i.state).toBe('done');
      expect(detailOf(i, 'training-dates')?.text).toBe('Training dates are in the body (further out than the next 3 sessions)');
    }
    const wednesday = one('OB-RECAP-EMAIL', { facts: CORE, page: compose({ subject: RECAP, bodyText: 'calendly.com/ana. December 23', attachments: CPR }) });
    expect(detailOf(wednesday, 'training-dates')?.state).toBe('error');
    const pastTuesday = one('OB-RECAP-EMAIL', { facts: CORE, page: compose({ subject: RECAP, bodyText: 'calendly.com/ana. November 24', attachments: CPR }) });
    expect(detailOf(pastTuesday, 'training-dates')?.state).toBe('error');
  });

  it('SMB: error naming the Customer Launch Kit link', () => {
    const i = one('OB-RECAP-EMAIL', { facts: SMB, page: compose({ subject: RECAP, bodyText: good, attachments: CPR }) });
    expect(i.state).toBe('error');
    expect(i.message).toMatch(/the Customer Launch Kit link/);
    expect(one('OB-RECAP-EMAIL', { facts: SMB, page: compose({ subject: RECAP, bodyText: `${good} Customer Launch Kit: link`, attachments: CPR }) }).state).toBe('done');
  });

  it('info naming the Account when the subtype is unknown', () => {
    const i = one('OB-RECAP-EMAIL', { facts: { ...CORE, subtypes: undefined }, page: compose({ subject: RECAP, bodyText: good, attachments: CPR }) });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Customer Launch Kit link\. Open the Salesforce Account to learn the account subtype/);
  });

  it('no training dates needed without Learning or Compliance', () => {
    const i = one('OB-RECAP-EMAIL', {
      facts: { ...CORE, products: ['Credentialing Software'] },
      page: compose({ subject: RECAP, bodyText: 'calendly.com/ana', attachments: CPR }),
    });
    expect(i.state).toBe('done');
    expect(detailOf(i, 'training-dates')?.state).toBe('na');
  });

  it('warn when body or attachments are unreadable', () => {
    const i = one('OB-RECAP-EMAIL', { facts: CORE, page: compose({ subject: RECAP, bodyText: null, unreadable: ['body', 'attachments'] }) });
    expect(i.state).toBe('warn');
    expect(detailOf(i, 'attachments')?.text).toMatch(/CPR Brochure.pdf and CPR Document.pdf/);
  });

  it('timeline: due the day the call was completed', () => {
    const today = one('OB-RECAP-EMAIL', { facts: { ...CORE, obCallCompletedDate: '2026-11-27' } });
    expect(today).toMatchObject({ state: 'warn', due: '2026-11-27', section: 'timeline' });
    expect(today.message).toMatch(/"Onboarding Call Recap" email the same day/);
    expect(one('OB-RECAP-EMAIL', { facts: { ...CORE, obCallCompletedDate: '2026-11-25' } }).state).toBe('error');
    expect(one('OB-RECAP-EMAIL', { facts: { ...CORE, obCallCompletedDate: '2026-11-25' }, progress: progress({ 'OB-RECAP-EMAIL': true }) }).state).toBe('done');
  });

  it('timeline: todo before the call, SMB template named', () => {
    const i = one('OB-RECAP-EMAIL', { facts: { ...SMB, obCallCompletedDate: null } });
    expect(i.state).toBe('todo');
    expect(i.message).toMatch(/"SMB Onboarding Call Recap" email .* Customer Launch Kit link/);
  });

  it('timeline: info naming the Customer Onboarding record when the completed date is unknown', () => {
    const i = one('OB-RECAP-EMAIL', { facts: CORE });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Open the Customer Onboarding record to learn the onboarding call completed date/);
  });
});
