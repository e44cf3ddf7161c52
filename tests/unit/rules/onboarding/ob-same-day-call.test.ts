import { describe, expect, it } from 'vitest';
import { CORE, DIGITAL, item, one, progress, run, SMB, verbs, type FactValues } from '../support/compose';

describe('OB-SAME-DAY-CALL', () => {
  it.each([
    ['todo before the assignment date', { ...CORE, assignmentDate: '2026-11-30' }, 'todo', /Phone the admin/],
    ['warn on the assignment date', CORE, 'warn', /Due today: Phone the admin/],
    ['error from the next day', { ...CORE, assignmentDate: '2026-11-26' }, 'error', /Overdue: .*Assigned on Nov 26, 2026/],
  ] as const)('%s', (_, facts, state, message) => {
    const i = one('OB-SAME-DAY-CALL', { facts });
    expect(i.state).toBe(state);
    expect(i.message).toMatch(message);
    expect(i.due).toBe(facts.assignmentDate);
    expect(verbs(i)).toEqual(['toggle-done']);
  });

  it('names the admin when the primary contact is known', () => {
    expect(one('OB-SAME-DAY-CALL', { facts: { ...CORE, primaryContactName: 'Jane Doe' } }).message).toMatch(/the admin \(Jane Doe\)/);
  });

  it('done when checked off, with who', () => {
    const i = one('OB-SAME-DAY-CALL', { facts: { ...CORE, assignmentDate: '2026-11-20' }, progress: progress({ 'OB-SAME-DAY-CALL': true }) });
    expect(i.state).toBe('done');
    expect(i.message).toMatch(/Ana Ortiz/);
  });

  it('done once the onboarding call is booked', () => {
    const i = one('OB-SAME-DAY-CALL', { facts: { ...CORE, assignmentDate: '2026-11-20', obCallScheduledFor: '2026-12-02' } });
    expect(i.state).toBe('done');
    expect(i.message).toMatch(/onboarding call scheduled date Dec 2, 2026/);
  });

  it('info naming the Customer Onboarding record when the assignment date is unknown', () => {
    const model = run({ facts: { ...CORE, assignmentDate: undefined } });
    const i = item(model, 'OB-SAME-DAY-CALL')!;
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Open the Customer Onboarding record to learn the assignment date \(Onboarding email sent date\)/);
    expect(model.unknownFacts.map((f) => f.fact)).toContain('assignmentDate');
  });

  it('info naming the empty field when it was read empty', () => {
    expect(one('OB-SAME-DAY-CALL', { facts: { ...CORE, assignmentDate: null } }).message).toMatch(
      /assignment date \(Onboarding email sent date\) is empty on the Customer Onboarding record/,
    );
  });
});

describe('OB-SAME-DAY-CALL after the call', () => {
  it('done naming the completed date when only that is known', () => {
    const i = one('OB-SAME-DAY-CALL', { facts: { ...CORE, assignmentDate: '2026-11-20', obCallCompletedDate: '2026-11-24' } });
    expect(i.state).toBe('done');
    expect(i.message).toBe('The onboarding call is booked (onboarding call completed date Nov 24, 2026).');
  });
});

describe('OB-SAME-DAY-CALL: who owes it', () => {
  const NEXT_DAY = { assignmentDate: '2026-11-26' } as const;
  it.each([
    ['a Digital SMB account (MT-CS-007 goes through MT-CS-002)', SMB, /introduce yourself and schedule the onboarding call/],
    ['a GameDay account (MT-CS-020)', { ...DIGITAL, subtypes: ['GameDay'] }, /introduce yourself and give the onboarding information they will need \(GameDay account\)/],
  ] as const)('%s: due today on the assignment date, overdue the day after', (_, facts, todo) => {
    const today = one('OB-SAME-DAY-CALL', { facts: facts as FactValues });
    expect(today.state).toBe('warn');
    expect(today.message).toMatch(todo);
    expect(one('OB-SAME-DAY-CALL', { facts: { ...(facts as FactValues), ...NEXT_DAY } }).state).toBe('error');
  });

  it('na for a plain Digital account, naming the Outreach sequence', () => {
    const i = one('OB-SAME-DAY-CALL', { facts: DIGITAL });
    expect(i.state).toBe('na');
    expect(i.message).toMatch(/^No same-day call: Digital account, not SMB or GameDay\. The admin goes in the Outreach sequence/);
  });

  it('info naming the Account while a Digital account\'s subtype is unknown', () => {
    const i = one('OB-SAME-DAY-CALL', { facts: { ...DIGITAL, subtypes: undefined } });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Core, Strategic and SMB\/GameDay accounts get a same-day call.*Open the Salesforce Account to learn the account subtype/);
  });
});
