import { describe, expect, it } from 'vitest';
import { checkApplicability } from '../../../../lib/core/engine/applicability';
import { evaluate } from '../../../../lib/core/engine/evaluate';
import { emptyProgress } from '../../../../lib/core/progress/events';
import { mentionsDate } from '../../../../lib/core/rules/onboarding/onboarding-emails';
import { DIGITAL, compose, detailOf, facts, one, outreach, CORE, item, NOW, playbook, type FactValues, verbs } from '../support/compose';

const REGULAR = 'DCSM Account Onboarding and Adoption';
const GAMEDAY = 'Digital Account Adoption (GameDay) Check-In (30 Days After OB Email is Sent)';
/** Runs the engine on a compose, with or without an account. */
function evaluateCompose(values: FactValues | null, c: Parameters<typeof compose>[0]) {
  return evaluate(playbook(), {
    profile: values ? { accountId: '001000000000001AAA', facts: facts(values), updatedAt: NOW } : null,
    page: compose(c),
    progress: emptyProgress(),
    settings: { userName: 'Ana Ortiz', initials: 'AO', timeZone: 'America/Chicago', disabledRules: [] },
    now: NOW,
  });
}

describe('behaviour 4: empty is not unknown', () => {
  const prospect = (names: string[]) => outreach('outreach.prospect', { sequenceNames: names });

  it('DG-SEQUENCE: a blank Account Subtype is "not GameDay", so the GameDay sequence is flagged', () => {
    const i = one('DG-SEQUENCE', { facts: { ...DIGITAL, subtypes: null }, page: prospect([GAMEDAY]) });
    expect(i.state).toBe('error');
    expect(i.message).toMatch(/is not a GameDay account: move them to "DCSM Account Onboarding and Adoption"/);
    expect(one('DG-SEQUENCE', { facts: { ...DIGITAL, subtypes: null }, page: prospect([REGULAR]) }).state).toBe('done');
  });

  it('DG-SEQUENCE: a subtype never seen is unknown and says which page teaches it', () => {
    const i = one('DG-SEQUENCE', { facts: { ...DIGITAL, subtypes: undefined }, page: prospect([GAMEDAY]) });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Open the Salesforce Account to learn the account subtype/);
  });

  it('applicability: a blank subtype decides "not SMB"; never seen stays unknown', () => {
    expect(checkApplicability({ subtypesAny: ['SMB'] }, facts({ subtypes: null }))).toMatchObject({ applies: false });
    expect(checkApplicability({ subtypesNone: ['GameDay'] }, facts({ subtypes: null }))).toEqual({ applies: true });
    expect(checkApplicability({ subtypesAny: ['SMB'] }, facts({}))).toMatchObject({ applies: 'unknown', needs: ['subtypes'] });
  });

  it('recap: a blank subtype is not SMB, so no Customer Launch Kit question', () => {
    const i = one('OB-RECAP-EMAIL', { facts: { ...DIGITAL, subtypes: null }, page: compose({ subject: 'Onboarding Call Recap', bodyText: '' }) });
    expect(detailOf(i, 'smb')).toBeUndefined();
    expect(detailOf(i, 'launch-kit')).toBeUndefined();
  });
});

describe('behaviour 6: replies are not the welcome email', () => {
  const WELCOME = "Welcome to MedTrainer! Let's get started";
  it.each(['Re: ', 'RE: ', 'Fwd: ', 'FW: ', 'Re[2]: '])('"%s…" is not checked as the welcome email (no roster or KYC flags)', (prefix) => {
    const model = evaluateCompose({ ...CORE, products: ['Learning', 'Credentialing Software'] }, { subject: `${prefix}${WELCOME}`, bodyText: 'Thanks!', attachments: [] });
    expect(item(model, 'OB-ROSTERS')).toBeUndefined();
    expect(item(model, 'OB-REMINDER-EMAIL')).toBeUndefined();
  });
  it('unless the CSM says it is the welcome email', () => {
    const model = evaluateCompose(CORE, { subject: `Re: ${WELCOME}`, bodyText: 'x', declaredKind: 'welcome' });
    expect(item(model, 'OB-ROSTERS')?.state).toBe('error');
  });
  it('the welcome email itself is still checked', () => {
    expect(item(evaluateCompose(CORE, { subject: WELCOME, bodyText: 'x' }), 'OB-ROSTERS')?.state).toBe('error');
  });
});

describe('behaviour 7: helpers that do not depend on the account work without it', () => {
  const noAccount = evaluateCompose(null, { to: ['someone@unknown.test'], subject: 'Question', bodyText: 'Hi' });

  it('the Support redirect can be inserted in an email matching no account', () => {
    const i = item(noAccount, 'DG-SUPPORT-REDIRECT')!;
    expect(i.state).toBe('info');
    expect(verbs(i)).toEqual(['insert-support-snippet']);
    expect(i.actions[0]).toMatchObject({ text: expect.stringContaining('support@medtrainer.com') });
  });

  it('and on Core accounts, whose CSMs also redirect to Support', () => {
    expect(verbs(item(evaluateCompose(CORE, { bodyText: 'Hi' }), 'DG-SUPPORT-REDIRECT')!)).toEqual(['insert-support-snippet']);
  });

  it('training dates ask for the account when there is none, for the products when they are unknown', () => {
    const none = item(noAccount, 'TR-SCHEDULE')!;
    expect(none.state).toBe('info');
    expect(none.message).toMatch(/choose which account this email is for/i);
    expect(none.actions).toEqual([]);
    const noProducts = item(evaluateCompose({ ...DIGITAL, products: undefined }, { bodyText: 'Hi' }), 'TR-SCHEDULE')!;
    expect(noProducts.message).toMatch(/Open the Salesforce Opportunity to learn the products/);
    expect(verbs(item(evaluateCompose(DIGITAL, { bodyText: 'Hi' }), 'TR-SCHEDULE')!)).toEqual(['insert-training-dates']);
  });

  it('the open-forum insert asks for the account when there is none', () => {
    const i = item(noAccount, 'SMB-OPEN-FORUMS')!;
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/applies to SMB accounts\. Choose which account this email is for/);
    expect(verbs(item(evaluateCompose({ ...DIGITAL, subtypes: ['SMB'] }, { bodyText: 'Hi' }), 'SMB-OPEN-FORUMS')!)).toEqual(['insert-open-forum']);
  });
});

describe('behaviour 8: the KYC section only where the SOP puts it', () => {
  const WELCOME = 'Welcome to MedTrainer!';
  it.each([
    ['Standard', 'warn'],
    ['Premium', 'warn'],
    ['Basic', 'info'],
  ] as const)('%s without the KYC part: %s', (serviceLevel, state) => {
    const i = one('OB-REMINDER-EMAIL', { facts: { ...CORE, serviceLevel }, page: compose({ subject: WELCOME, bodyText: 'Hello' }) });
    expect(i.state).toBe(state);
    expect(detailOf(i, 'kyc')?.state).toBe(state);
  });
  it('Basic: says why it may stay out', () => {
    const i = one('OB-REMINDER-EMAIL', { facts: { ...CORE, serviceLevel: 'Basic' }, page: compose({ subject: WELCOME, bodyText: 'Hello' }) });
    expect(i.message).toMatch(/only for Standard or Premium accounts; this one is Basic/);
  });
  it('service level unknown: information naming the Opportunity', () => {
    const i = one('OB-REMINDER-EMAIL', { facts: { ...CORE, serviceLevel: undefined }, page: compose({ subject: WELCOME, bodyText: 'Hello' }) });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Open the Salesforce Opportunity to learn the service level/);
  });
  it('done when it is there, whatever the tier', () => {
    expect(one('OB-REMINDER-EMAIL', { facts: CORE, page: compose({ subject: WELCOME, bodyText: 'Onboarding Survey (KYC)' }) }).state).toBe('done');
  });
});

describe('behaviour 9: training dates as people write them', () => {
  it.each([
    ['Sept 8', '2026-09-08'],
    ['Sep. 8th', '2026-09-08'],
    ['10 March', '2026-03-10'],
    ['the 10th of March', '2026-03-10'],
    ['2026-03-10', '2026-03-10'],
    ['Tuesday, March 10 at 11:00 AM CT', '2026-03-10'],
    ['December 1st', '2026-12-01'],
    ['12/1', '2026-12-01'],
    ['on 12/01/2026 at 11', '2026-12-01'],
  ])('"%s" names %s', (text, iso) => {
    expect(mentionsDate(text, iso)).toBe(true);
  });
  it.each([
    ['$3/10 users', '2026-03-10'],
    ['3/10 users', '2026-03-10'],
    ['2026-03-101', '2026-03-10'],
    ['March 100', '2026-03-10'],
    ['10 Marchers', '2026-03-10'],
    ['Sept 18', '2026-09-08'],
  ])('"%s" does not name %s', (text, iso) => {
    expect(mentionsDate(text, iso)).toBe(false);
  });
  it('the recap counts "Tuesday, Dec 1 at 11:00 AM CT" as the training dates', () => {
    const i = one('OB-RECAP-EMAIL', {
      facts: CORE,
      page: compose({ subject: 'Onboarding Call Recap', bodyText: 'Learning: Tuesday, Dec 1 at 11:00 AM CT. $3/10 users. calendly.com/ana' }),
    });
    expect(detailOf(i, 'training-dates')?.state).toBe('done');
  });
  it('a price is not a training date in the recap', () => {
    const i = one('OB-RECAP-EMAIL', { facts: CORE, page: compose({ subject: 'Onboarding Call Recap', bodyText: 'Plan: $12/1 users' }) });
    expect(detailOf(i, 'training-dates')?.state).toBe('error');
  });
});

describe('behaviour 10: the Digital training recap ("DCSM Onboarding Recap") is checked like the training recap', () => {
  it('missing sections and the Support block are flagged', () => {
    const i = one('TR-RECAP', { facts: DIGITAL, page: compose({ subject: 'DCSM Onboarding Recap - Sunrise Family Clinic', bodyText: 'Participants: Jane' }) });
    expect(i.state).toBe('error');
    expect(i.message).toMatch(/the Modules, Pending Subjects and Relevant Links sections and the Support contact block/);
    expect(verbs(i)).toEqual(['insert-support-snippet']);
  });
  it('done with every section and the Support contact', () => {
    const body = 'Participants\nModules\nPending Subjects\nRelevant Links\nEmail: support@medtrainer.com';
    expect(one('TR-RECAP', { facts: DIGITAL, page: compose({ subject: 'DCSM Onboarding Recap', bodyText: body }) }).state).toBe('done');
  });
  it('is not mistaken for the onboarding call recap', () => {
    const model = evaluateCompose(DIGITAL, { subject: 'DCSM Onboarding Recap', bodyText: '' });
    expect(item(model, 'OB-RECAP-EMAIL')).toBeUndefined();
  });
});
