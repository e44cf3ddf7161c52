import { describe, expect, it } from 'vitest';
import { CORE, compose, detailOf, item, one, page, progress, run, SMB, verbs, type FactValues } from './helpers';

const WELCOME = 'Welcome to MedTrainer! Your CSM, Ana';
const ALWAYS = ['Initial Account Configuration Roster.xlsx', 'Initial Organization Management Setup.pdf'];
const BASIC = ['Payor Roster.xlsx', 'Verification & Documents Roster.xlsx'];
const PREMIUM = 'Credentialing Information Roster.xlsx';

describe('OB-REMINDER-EMAIL', () => {
  it('done on the welcome template carrying the KYC survey', () => {
    const i = one('OB-REMINDER-EMAIL', {
      facts: CORE,
      page: compose({ subject: WELCOME, bodyText: 'Please fill in our Onboarding Survey before the call.' }),
    });
    expect(i).toMatchObject({ state: 'done', section: 'page' });
    expect(i.message).toMatch(/"Welcome to MedTrainer! CSM" template with the Onboarding Survey \(KYC\)/);
  });

  it('accepts the survey link alone', () => {
    const i = one('OB-REMINDER-EMAIL', { facts: CORE, page: compose({ subject: WELCOME, links: ['https://docs.google.com/forms/d/abc/viewform'] }) });
    expect(i.state).toBe('done');
  });

  it('warn naming the Onboarding Survey (KYC) when it is missing on a Standard account', () => {
    const i = one('OB-REMINDER-EMAIL', { facts: { ...CORE, serviceLevel: 'Standard' }, page: compose({ subject: WELCOME, bodyText: 'Hi there' }) });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(/Onboarding Survey \(KYC\) is missing: it is required for Standard accounts; use the "Welcome to MedTrainer! CSM" template/);
    expect(detailOf(i, 'kyc')?.state).toBe('warn');
  });

  it('declared welcome email with another subject: warn naming the subject', () => {
    const i = one('OB-REMINDER-EMAIL', { facts: CORE, page: compose({ subject: 'Checking in', bodyText: 'KYC survey inside', declaredKind: 'welcome' }) });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(/subject doesn't look like the "Welcome to MedTrainer! CSM" template/);
  });

  it('warn when the body cannot be read', () => {
    const i = one('OB-REMINDER-EMAIL', { facts: CORE, page: compose({ subject: WELCOME, bodyText: null, unreadable: ['body'] }) });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(/Can't read the email body/);
  });

  it('shows nothing on another email, or when the CSM declared another kind', () => {
    expect(item(run({ facts: CORE, page: compose({ subject: 'Invoice question' }) }), 'OB-REMINDER-EMAIL')).toBeUndefined();
    expect(item(run({ facts: CORE, page: compose({ subject: WELCOME, declaredKind: 'other' }) }), 'OB-REMINDER-EMAIL')).toBeUndefined();
  });

  it('timeline: todo, na once the call is booked, done when checked off', () => {
    const todo = one('OB-REMINDER-EMAIL', { facts: CORE, page: page('sf.account') });
    expect(todo).toMatchObject({ state: 'todo', section: 'timeline' });
    expect(todo.message).toMatch(/"Welcome to MedTrainer! CSM" reminder/);
    expect(verbs(todo)).toEqual(['toggle-done']);
    const na = one('OB-REMINDER-EMAIL', { facts: { ...CORE, obCallScheduledFor: '2026-12-01' } });
    expect(na.state).toBe('na');
    expect(na.message).toMatch(/onboarding call scheduled date Dec 1, 2026/);
    expect(one('OB-REMINDER-EMAIL', { facts: CORE, progress: progress({ 'OB-REMINDER-EMAIL': true }) }).state).toBe('done');
  });
});

describe('OB-ROSTERS', () => {
  type ComposeInput = NonNullable<Parameters<typeof compose>[0]>;
  const welcome = (attachments: ComposeInput['attachments'], extra: ComposeInput = {}) =>
    compose({ subject: WELCOME, attachments, ...extra });
  const credBasic: FactValues = { ...CORE, products: ['Learning', 'Credentialing Software'], serviceLevel: 'Basic' };
  const credPremium: FactValues = { ...credBasic, serviceLevel: 'Premium' };

  it('done: no Credentialing Software, only the always-files', () => {
    const i = one('OB-ROSTERS', { facts: CORE, page: welcome(ALWAYS) });
    expect(i.state).toBe('done');
    expect(i.message).toMatch(/Initial Account Configuration Roster.xlsx and Initial Organization Management Setup.pdf/);
  });

  it('error: no Credentialing Software, one delete detail per credentialing roster (keyed by file name)', () => {
    const i = one('OB-ROSTERS', { facts: CORE, page: welcome([...ALWAYS, ...BASIC, 'Credentialing Information Roster.xlsm']) });
    expect(i.state).toBe('error');
    expect(i.message).toMatch(/^Delete the attachments Payor Roster.xlsx, Verification & Documents Roster.xlsx and Credentialing Information Roster.xlsm\./);
    expect(detailOf(i, 'Payor Roster.xlsx')).toEqual({
      key: 'Payor Roster.xlsx',
      state: 'error',
      text: 'Delete the attachment Payor Roster.xlsx: no Credentialing Software was bought',
    });
    expect(detailOf(i, PREMIUM)?.text).toBe('Delete the attachment Credentialing Information Roster.xlsm: no Credentialing Software was bought');
  });

  it('error: an always-file missing is named', () => {
    const i = one('OB-ROSTERS', { facts: CORE, page: welcome(['Initial Organization Management Setup.pdf']) });
    expect(i.state).toBe('error');
    expect(i.message).toBe('Attach Initial Account Configuration Roster.xlsx.');
    expect(detailOf(i, 'Initial Account Configuration Roster.xlsx')).toMatchObject({ state: 'error', text: expect.stringMatching(/^Attach Initial Account Configuration Roster.xlsx/) });
  });

  it('Basic with Credentialing Software: the two Basic rosters, not the combined one', () => {
    expect(one('OB-ROSTERS', { facts: credBasic, page: welcome([...ALWAYS, ...BASIC]) }).state).toBe('done');
    const i = one('OB-ROSTERS', { facts: credBasic, page: welcome([...ALWAYS, 'Payor Roster.xlsx', PREMIUM]) });
    expect(i.state).toBe('error');
    expect(i.message).toBe('Delete the attachment Credentialing Information Roster.xlsx; attach Verification & Documents Roster.xlsx.');
    expect(detailOf(i, PREMIUM)?.text).toMatch(/Basic accounts get Payor Roster.xlsx and Verification & Documents Roster.xlsx instead/);
  });

  it('Premium with Credentialing Software: the combined roster (.xlsm too), not the Basic ones', () => {
    expect(one('OB-ROSTERS', { facts: credPremium, page: welcome([...ALWAYS, 'Credentialing Information Roster.xlsm']) }).state).toBe('done');
    const i = one('OB-ROSTERS', { facts: credPremium, page: welcome([...ALWAYS, ...BASIC]) });
    expect(i.state).toBe('error');
    expect(i.message).toMatch(/Delete the attachments Payor Roster.xlsx and Verification & Documents Roster.xlsx; attach Credentialing Information Roster.xlsx/);
    expect(detailOf(i, 'Payor Roster.xlsx')?.text).toMatch(/Premium accounts get Credentialing Information Roster.xlsx instead/);
  });

  it('matches names as Gmail shows them (size, copy suffix)', () => {
    const i = one('OB-ROSTERS', {
      facts: CORE,
      page: welcome(['Initial Account Configuration Roster (1).xlsx', 'Initial Organization Management Setup.pdf (48K)']),
    });
    expect(i.state).toBe('done');
  });

  it('an upload in progress is not missing', () => {
    const i = one('OB-ROSTERS', {
      facts: CORE,
      page: welcome([ALWAYS[0]!, { name: ALWAYS[1]!, uploading: true }]),
    });
    expect(i.state).toBe('done');
    expect(detailOf(i, ALWAYS[1]!)).toMatchObject({ state: 'info', text: `${ALWAYS[1]} is still uploading` });
  });

  it('info naming the service level when it is unknown, still flagging what is certain', () => {
    const facts: FactValues = { ...credBasic, serviceLevel: undefined };
    const ok = one('OB-ROSTERS', { facts, page: welcome([...ALWAYS, ...BASIC]) });
    expect(ok.state).toBe('info');
    expect(ok.message).toMatch(/Open the Salesforce Opportunity to learn the service level/);
    const missing = one('OB-ROSTERS', { facts, page: welcome([ALWAYS[1]!]) });
    expect(missing.state).toBe('error');
    expect(missing.message).toMatch(/^Attach Initial Account Configuration Roster.xlsx\. Can't check the credentialing rosters yet: Open the Salesforce Opportunity to learn the service level/);
  });

  it('info naming the products when they are unknown; a known Basic level still rules out the combined roster', () => {
    const facts: FactValues = { ...CORE, products: undefined, serviceLevel: 'Basic' };
    const i = one('OB-ROSTERS', { facts, page: welcome([...ALWAYS, PREMIUM]) });
    expect(i.state).toBe('error');
    expect(detailOf(i, PREMIUM)?.state).toBe('error');
    expect(detailOf(i, 'Payor Roster.xlsx')?.state).toBe('info');
    expect(i.message).toMatch(/learn the products\.$/);
    const model = run({ facts, page: welcome(ALWAYS) });
    expect(item(model, 'OB-ROSTERS')?.state).toBe('info');
    expect(model.unknownFacts.map((f) => f.fact)).toEqual(expect.arrayContaining(['products']));
  });

  it('warn when the attachments cannot be read', () => {
    const i = one('OB-ROSTERS', { facts: CORE, page: welcome([], { unreadable: ['attachments'] }) });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(/Can't read this email's attachments: .*Initial Account Configuration Roster.xlsx/);
  });

  it('works in the Outreach composer and only on the welcome email', () => {
    expect(one('OB-ROSTERS', { facts: CORE, page: compose({ subject: WELCOME, attachments: ALWAYS }, 'outreach.compose') }).state).toBe('done');
    expect(item(run({ facts: CORE, page: compose({ subject: 'Recap', attachments: BASIC }) }), 'OB-ROSTERS')).toBeUndefined();
    expect(item(run({ facts: CORE, page: page('sf.account') }), 'OB-ROSTERS')).toBeUndefined();
  });
});

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
