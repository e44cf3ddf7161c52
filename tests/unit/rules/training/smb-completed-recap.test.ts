import { describe, expect, it } from 'vitest';
import { DIGITAL, SMB, compose, item, one, progress, run } from '../support/compose';

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
  it('a reply in its thread is not this email unless the CSM says so (the thread alone never decides)', () => {
    expect(item(run({ facts: SMB, page: compose({ subject: `Re: ${SUBJECT}`, bodyText: 'Thank you!' }) }), 'SMB-COMPLETED-RECAP')).toBeUndefined();
    const declared = one('SMB-COMPLETED-RECAP', { facts: SMB, page: compose({ subject: `Re: ${SUBJECT}`, bodyText: 'Thank you!', declaredKind: 'smb-completed-recap' }) });
    expect(declared.state).toBe('error');
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

describe('SMB-COMPLETED-RECAP: due when the last training is held', () => {
  const at = (day: string) => `${day}T18:00:00.000Z`;
  const trainings = (learning: string, compliance?: string) =>
    progress({
      'TR-SESSIONS:learning': { done: true, at: at(learning) },
      ...(compliance ? { 'TR-SESSIONS:compliance': { done: true, at: at(compliance) } } : {}),
    });

  it('no due day while a training is still to be held', () => {
    const i = one('SMB-COMPLETED-RECAP', { facts: SMB, progress: trainings('2026-11-24') });
    expect(i.state).toBe('todo');
    expect(i.due).toBeUndefined();
  });

  it('warn on the day the last training is held, error after', () => {
    const i = one('SMB-COMPLETED-RECAP', { facts: SMB, progress: trainings('2026-11-24', '2026-11-27') });
    expect(i).toMatchObject({ state: 'warn', due: '2026-11-27', section: 'timeline' });
    expect(i.message).toMatch(/the last on Nov 27, 2026/);
    expect(one('SMB-COMPLETED-RECAP', { facts: SMB, progress: trainings('2026-11-19', '2026-11-24') })).toMatchObject({ state: 'error', due: '2026-11-24' });
  });
});
