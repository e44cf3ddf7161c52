import { describe, expect, it } from 'vitest';
import { detail, item, MISSING, readOnly, verbs } from '../support/salesforce';
import { newCase, savedCase } from '../support/escalation-case';


describe('ESC-DESCRIPTION-FORMAT', () => {
  it("done: every line valid (the seed's own shape too); fill actions dated today with the initials", () => {
    const i = item('ESC-DESCRIPTION-FORMAT', {
      page: newCase({ 'case.description': '04/20/23MM: Customer called support and asked to cancel his account\n12/02/26_MM:Called back' }),
    });
    expect(i.state).toBe('done');
    expect(detail(i, 'case.description')?.text).toBe('"Description": 2 entries, each MM/DD/YY_Initials:Action');
    expect(i.actions).toEqual([
      { type: 'escalation-entry', verb: 'fill-escalation-entry', label: 'New Description entry', field: 'case.description', date: '2026-12-02', initials: 'MM' },
      { type: 'escalation-entry', verb: 'fill-escalation-entry', label: 'New Escalation Directives entry', field: 'case.directives', date: '2026-12-02', initials: 'MM' },
    ]);
  });
  it('error: points at the bad line of the field', () => {
    const i = item('ESC-DESCRIPTION-FORMAT', { page: newCase({ 'case.description': '12/01/26_MM:Called\n12/02/26 MM called again' }) });
    expect(i.state).toBe('error');
    expect(i.message).toBe('Description line 2: missing ":" after the initials "MM" ("12/02/26 MM called again"). Write each line as MM/DD/YY_Initials:Action.');
    expect(detail(i, 'case.description')?.state).toBe('error');
    expect(verbs(i)).toEqual(['fill-escalation-entry', 'fill-escalation-entry']);
  });
  it('error on a saved case too (Escalation Directives)', () => {
    const i = item('ESC-DESCRIPTION-FORMAT', { page: savedCase({ 'case.directives': readOnly('One more week') }) });
    expect(i.state).toBe('error');
    expect(i.message).toMatch(/^Escalation Directives line 1: should start with a date as MM\/DD\/YY/);
    expect(i.actions.map((a) => (a as { field: string }).field)).toEqual(['case.description']);
  });
  it('todo: a field without entries', () => {
    const i = item('ESC-DESCRIPTION-FORMAT', { page: newCase({ 'case.directives': null }) });
    expect(i.state).toBe('todo');
    expect(i.message).toBe('Add an entry to "Escalation Directives" as MM/DD/YY_Initials:Action.');
  });
  it("uses today's date in the user's zone", () => {
    const i = item('ESC-DESCRIPTION-FORMAT', { page: newCase(), settings: { timeZone: 'Asia/Tokyo' } });
    expect(i.actions[0]).toMatchObject({ date: '2026-12-03' });
  });
  it.each([
    ['empty', '', /Set your initials in CSM Guide's settings/],
    ['unusable', 'M.M.M.M.M', /Your initials in settings \("M\.M\.M\.M\.M"\) must be 1 to 4 letters/],
  ])('info when the initials are %s, without fill actions', (_, initials, message) => {
    const i = item('ESC-DESCRIPTION-FORMAT', { page: newCase(), settings: { initials } });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(message);
    expect(i.actions).toEqual([]);
  });
  it('warn: label not found', () => {
    const i = item('ESC-DESCRIPTION-FORMAT', { page: newCase({ 'case.directives': MISSING }) });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(/"Escalation Directives"/);
  });
});
