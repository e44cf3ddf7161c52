import { describe, expect, it } from 'vitest';
import { CORE, compose, detailOf, DIGITAL, item, one, page, progress, run, SMB, verbs } from '../support/compose';

const WELCOME = 'Welcome to MedTrainer! Your CSM, Ana';

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

  it('a reply is the welcome email only when its body is the template', () => {
    const template = 'Hi Jane, Welcome to MedTrainer! My name is Ana, and I am your Customer Success Manager. Please fill in our Onboarding Survey.';
    const reply = one('OB-REMINDER-EMAIL', { facts: CORE, page: compose({ subject: `Re: ${WELCOME}`, bodyText: template }) });
    expect(reply).toMatchObject({ state: 'done', section: 'page' });
    const chat = run({ facts: CORE, page: compose({ subject: `Re: ${WELCOME}`, bodyText: 'Sure, Tuesday works. Onboarding Survey attached.' }) });
    expect(item(chat, 'OB-REMINDER-EMAIL')).toBeUndefined();
  });

  it('shows nothing on another email, or when the CSM declared another kind', () => {
    expect(item(run({ facts: CORE, page: compose({ subject: 'Invoice question' }) }), 'OB-REMINDER-EMAIL')).toBeUndefined();
    expect(item(run({ facts: CORE, page: compose({ subject: WELCOME, declaredKind: 'other' }) }), 'OB-REMINDER-EMAIL')).toBeUndefined();
  });

  describe('Core/Strategic/SMB only (MT-CS-002), not a plain Digital account', () => {
    it('a plain Digital welcome on a Standard account: the KYC section is not asked (na, no warning)', () => {
      const i = one('OB-REMINDER-EMAIL', { facts: { ...DIGITAL, serviceLevel: 'Standard' }, page: compose({ subject: WELCOME, bodyText: 'Hi there' }) });
      expect(i).toMatchObject({ state: 'na', section: 'page' });
      expect(i.message).toMatch(/plain Digital account's Day-1 welcome \(MT-CS-020\) asks for no Onboarding Survey \(KYC\) part/);
      expect(i.details).toBeUndefined();
    });
    it('a GameDay Digital account is plain Digital too', () => {
      expect(one('OB-REMINDER-EMAIL', { facts: { ...DIGITAL, serviceLevel: 'Premium', subtypes: ['GameDay'] }, page: compose({ subject: WELCOME }) }).state).toBe('na');
    });
    it('an SMB account on Standard service: the KYC section is asked (warn when missing)', () => {
      const i = one('OB-REMINDER-EMAIL', { facts: { ...SMB, serviceLevel: 'Standard' }, page: compose({ subject: WELCOME, bodyText: 'Hi there' }) });
      expect(i.state).toBe('warn');
      expect(detailOf(i, 'kyc')?.state).toBe('warn');
    });
    it('segment unknown on a Standard account: information naming the Account, not a warning', () => {
      const i = one('OB-REMINDER-EMAIL', { facts: { ...CORE, serviceLevel: 'Standard', segmentation: undefined }, page: compose({ subject: WELCOME, bodyText: 'Hi there' }) });
      expect(i.state).toBe('info');
      expect(detailOf(i, 'kyc')?.state).toBe('info');
      expect(i.message).toMatch(/not on a plain Digital account's welcome\. Open the Salesforce Account to learn the CS segmentation/);
    });
    it('timeline: na on a plain Digital account, todo on an SMB one, info while the segment is unknown', () => {
      const na = one('OB-REMINDER-EMAIL', { facts: DIGITAL, page: page('sf.account') });
      expect(na).toMatchObject({ state: 'na', section: 'timeline' });
      expect(na.message).toMatch(/^Not a step for this account: a plain Digital account's Day-1 welcome/);
      expect(one('OB-REMINDER-EMAIL', { facts: SMB }).state).toBe('todo');
      const unknown = one('OB-REMINDER-EMAIL', { facts: { ...CORE, segmentation: undefined } });
      expect(unknown.state).toBe('info');
      expect(unknown.message).toMatch(/Core, Strategic and SMB accounts only\. Open the Salesforce Account to learn the CS segmentation/);
      expect(one('OB-REMINDER-EMAIL', { facts: DIGITAL, progress: progress({ 'OB-REMINDER-EMAIL': true }) }).state).toBe('done');
    });
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
