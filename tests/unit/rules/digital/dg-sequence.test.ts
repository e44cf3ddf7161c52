import { describe, expect, it } from 'vitest';
import { CORE, DIGITAL, item, one, outreach, run, type FactValues } from '../support/compose';

const REGULAR = 'DCSM Account Onboarding and Adoption';
const GAMEDAY = 'Digital Account Adoption (GameDay) Check-In (30 Days After OB Email is Sent)';
const GAMEDAY_ACCOUNT: FactValues = { ...DIGITAL, subtypes: ['GameDay'] };

describe('DG-SEQUENCE', () => {
  const prospect = (names: string[], addedOn?: Record<string, string>) =>
    outreach('outreach.prospect', { sequenceNames: names, ...(addedOn ? { addedOn } : {}) });

  it('done when the admin is in the right sequence on time', () => {
    const i = one('DG-SEQUENCE', { facts: DIGITAL, page: prospect([REGULAR], { [REGULAR]: '2026-11-27' }) });
    expect(i).toMatchObject({ state: 'done', section: 'page' });
    expect(i.message).toBe(`The admin is in "${REGULAR}" since Nov 27, 2026.`);
  });

  it('GameDay accounts use the GameDay sequence (names compared loosely)', () => {
    expect(one('DG-SEQUENCE', { facts: GAMEDAY_ACCOUNT, page: prospect([GAMEDAY.toLowerCase()]) }).state).toBe('done');
  });

  it('error naming both sequences when the admin is in the wrong one', () => {
    const i = one('DG-SEQUENCE', { facts: GAMEDAY_ACCOUNT, page: prospect([REGULAR]) });
    expect(i.state).toBe('error');
    expect(i.message).toBe(`The admin is in "${REGULAR}", but this account is a GameDay account: move them to "${GAMEDAY}".`);
    const both = one('DG-SEQUENCE', { facts: DIGITAL, page: prospect([REGULAR, GAMEDAY]) });
    expect(both.message).toMatch(/remove them from "Digital Account Adoption \(GameDay\)/);
  });

  it('in none: a warning due today on the assignment day, an error from the next day, a to-do before it', () => {
    // NOW is Friday Nov 27, 2026, the assignment date of DIGITAL.
    const i = one('DG-SEQUENCE', { facts: DIGITAL, page: prospect(['Past Due Accounts']) });
    expect(i).toMatchObject({ state: 'warn', due: '2026-11-27' });
    expect(i.message).toBe(`Due today: add the admin to the "${REGULAR}" sequence (due on the assignment date, Nov 27, 2026).`);
    const late = one('DG-SEQUENCE', { facts: { ...DIGITAL, assignmentDate: '2026-11-25' }, page: prospect(['Past Due Accounts']) });
    expect(late).toMatchObject({ state: 'error', due: '2026-11-25' });
    expect(late.message).toBe(`Add the admin to the "${REGULAR}" sequence (due on the assignment date, Nov 25, 2026).`);
    expect(one('DG-SEQUENCE', { facts: { ...DIGITAL, assignmentDate: '2026-11-30' }, page: prospect([]) }).state).toBe('todo');
  });

  it('an assignment on a holiday is due the next business day (Thanksgiving, Thu Nov 26, 2026 → Fri Nov 27)', () => {
    expect(one('DG-SEQUENCE', { facts: { ...DIGITAL, assignmentDate: '2026-11-26' }, page: prospect([]) })).toMatchObject({ state: 'warn', due: '2026-11-27' });
  });

  it('warn when added after the assignment date', () => {
    const i = one('DG-SEQUENCE', { facts: { ...DIGITAL, assignmentDate: '2026-11-20' }, page: prospect([REGULAR], { [REGULAR]: '2026-11-24' }) });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(/added to "DCSM Account Onboarding and Adoption" on Nov 24, 2026, after the assignment date \(Nov 20, 2026\)/);
  });

  describe('"Added" is a day in the CSM\'s zone, never the UTC date', () => {
    // Assigned Mon Nov 30, 2026; the admin was added that evening in Chicago, 03:00 UTC on Dec 1.
    const f = { ...DIGITAL, assignmentDate: '2026-11-30' };
    it('an instant of the evening before in Chicago is the assignment day: done, not late', () => {
      const i = one('DG-SEQUENCE', { facts: f, page: prospect([REGULAR], { [REGULAR]: '2026-12-01T03:00:00.000Z' }) });
      expect(i).toMatchObject({ state: 'done', message: `The admin is in "${REGULAR}" since Nov 30, 2026.` });
    });
    it('the same instant is already Dec 1 for a CSM in Berlin: added a day late', () => {
      const i = one('DG-SEQUENCE', { facts: f, timeZone: 'Europe/Berlin', page: prospect([REGULAR], { [REGULAR]: '2026-12-01T03:00:00.000Z' }) });
      expect(i.state).toBe('warn');
      expect(i.message).toMatch(/added to "DCSM Account Onboarding and Adoption" on Dec 1, 2026, after the assignment date \(Nov 30, 2026\)/);
    });
    it('in a DST week: 05:59 UTC on Mon Nov 2 is still Sunday night in Chicago (CST since Nov 1), 06:00 is Monday', () => {
      const g = { ...DIGITAL, assignmentDate: '2026-11-01' };
      expect(one('DG-SEQUENCE', { facts: g, page: prospect([REGULAR], { [REGULAR]: '2026-11-02T05:59:00Z' }) }).state).toBe('done');
      expect(one('DG-SEQUENCE', { facts: g, page: prospect([REGULAR], { [REGULAR]: '2026-11-02T06:00:00Z' }) }).state).toBe('warn');
    });
    it('a plain date is that day', () => {
      expect(one('DG-SEQUENCE', { facts: f, page: prospect([REGULAR], { [REGULAR]: '2026-11-30' }) }).state).toBe('done');
      expect(one('DG-SEQUENCE', { facts: f, page: prospect([REGULAR], { [REGULAR]: '2026-12-01' }) }).state).toBe('warn');
    });
  });

  it('info naming the Account when the subtype is unknown', () => {
    const i = one('DG-SEQUENCE', { facts: { ...DIGITAL, subtypes: undefined }, page: prospect([]) });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/Open the Salesforce Account to learn the account subtype/);
  });

  it('warn when the sequences cannot be read', () => {
    const i = one('DG-SEQUENCE', { facts: DIGITAL, page: outreach('outreach.prospect', { unreadable: ['sequenceNames'] }) });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(/"DCSM Account Onboarding and Adoption"/);
  });

  it('on a sequence page: error on the wrong one, info on the right one, nothing on others', () => {
    const wrong = one('DG-SEQUENCE', { facts: DIGITAL, page: outreach('outreach.sequence', { sequenceNames: [GAMEDAY] }) });
    expect(wrong.state).toBe('error');
    expect(wrong.message).toMatch(/goes in "DCSM Account Onboarding and Adoption", not "Digital Account Adoption \(GameDay\)/);
    expect(one('DG-SEQUENCE', { facts: DIGITAL, page: outreach('outreach.sequence', { sequenceNames: [REGULAR] }) }).state).toBe('info');
    expect(item(run({ facts: DIGITAL, page: outreach('outreach.sequence', { sequenceNames: ['Renewals'] }) }), 'DG-SEQUENCE')).toBeUndefined();
  });

  it('na for Core accounts; info when the segmentation is unknown', () => {
    expect(one('DG-SEQUENCE', { facts: CORE, page: prospect([]) }).state).toBe('na');
    const i = one('DG-SEQUENCE', { facts: { ...DIGITAL, segmentation: undefined }, page: prospect([]) });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/CS segmentation/);
  });
});
