import { describe, expect, it } from 'vitest';
import { CORE, compose, detailOf, item, one, page, progress, run, verbs } from '../support/compose';

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
