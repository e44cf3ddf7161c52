import { describe, expect, it } from 'vitest';
import { parsePlaybook } from '@/lib/core/playbook/validate';
import type { PlaybookInput } from '@/lib/core/playbook/schema';

const rule = (overrides: Record<string, unknown> = {}) => ({
  id: 'OB-PREP-REVIEW',
  sop: 'MT-CS-002',
  title: 'Review the account before the call',
  where: ['sf.opportunity'],
  stage: 'onboarding',
  check: { evaluator: 'manual' },
  help: 'Prepare before the Onboarding call by reviewing the contract.',
  ...overrides,
});
const playbook = (rules: unknown[]): PlaybookInput =>
  ({ schemaVersion: 1, name: 'Test', version: '1', sops: {}, rules }) as unknown as PlaybookInput;

const errorsOf = (raw: unknown): string[] => {
  const result = parsePlaybook(raw);
  if (result.ok) throw new Error('expected the playbook to be rejected');
  return result.errors;
};

describe('parsePlaybook', () => {
  it('accepts a valid playbook and warns about catalogue rules it leaves out', () => {
    const result = parsePlaybook(playbook([rule()]));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.playbook.rules[0]?.role).toBe('csm');
      expect(result.warnings[0]).toContain('OB-ROSTERS');
      expect(result.warnings[0]).toMatch(/keep their built-in entries/);
    }
  });

  it('names the entry and the unknown field', () => {
    expect(errorsOf(playbook([rule(), rule({ id: 'OB-PRESENTATION', colour: 'red' })]))).toEqual([
      'Rule 2 (OB-PRESENTATION): unknown field "colour"',
    ]);
  });

  it('names the entry and field with a wrong type', () => {
    const [error] = errorsOf(playbook([rule({ where: 'sf.opportunity' })]));
    expect(error).toMatch(/^Rule 1 \(OB-PREP-REVIEW\) › where: expected array/);
  });

  it('names an invalid page kind inside a list', () => {
    const [error] = errorsOf(playbook([rule({ where: ['sf.contract'] })]));
    expect(error).toMatch(/^Rule 1 \(OB-PREP-REVIEW\) › where\[0\]: /);
  });

  it('reports a duplicate ID with both positions', () => {
    expect(errorsOf(playbook([rule(), rule({ title: 'Again' })]))).toEqual([
      'Rule 2 (OB-PREP-REVIEW): duplicate ID, already used by rule 1',
    ]);
  });

  it('refuses an ID of no built-in rule: an imported playbook only overlays the built-in rules', () => {
    expect(errorsOf(playbook([rule(), rule({ id: 'OB-WELCOME-GIFT' })]))).toEqual([
      'Rule 2 (OB-WELCOME-GIFT) › id: "OB-WELCOME-GIFT" is not a rule of this extension; a playbook can only change the built-in rules (export the built-in playbook from Settings to see their IDs)',
    ]);
  });

  it('reports an unknown evaluator', () => {
    expect(errorsOf(playbook([rule({ check: { evaluator: 'guess' } })]))).toEqual([
      'Rule 1 (OB-PREP-REVIEW) › check.evaluator: unknown evaluator "guess"',
    ]);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('reports an evaluator named %j as unknown (own names only)', (name) => {
    expect(errorsOf(playbook([rule({ check: { evaluator: name } })]))).toEqual([
      `Rule 1 (OB-PREP-REVIEW) › check.evaluator: unknown evaluator "${name}"`,
    ]);
  });

  it("reports bad evaluator parameters under the entry's check.params", () => {
    const [error] = errorsOf(playbook([rule({ check: { evaluator: 'fields-filled', params: { fields: ['opp.colour'] } } })]));
    expect(error).toBe('Rule 1 (OB-PREP-REVIEW) › check.params.fields[0]: unknown field key');
  });

  it('refuses a webinar schedule in a zone the browser does not know (the sidebar would throw on it)', () => {
    const schedule = rule({
      id: 'TR-SCHEDULE',
      check: {
        evaluator: 'TR-SCHEDULE',
        params: { sessions: 2, schedules: { Learning: { weekday: 2, time: '11:00', minutes: 45, zone: 'Mars/Olympus' } }, caseByCase: 'case by case' },
      },
    });
    expect(errorsOf(playbook([schedule]))).toEqual(['Rule 1 (TR-SCHEDULE) › check.params.schedules.Learning.zone: not a time zone this browser knows']);
  });

  it('rejects a malformed rule ID and a missing help text', () => {
    const errors = errorsOf(playbook([rule({ id: 'ob prep', help: '' })]));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('Rule 1 (ob prep) › id: rule IDs look like OB-CALL-SCHEDULED-DATE');
    expect(errors[1]).toContain('› help:');
  });

  it('explains a file that is not a playbook at all', () => {
    expect(errorsOf({ hello: 'world' })[0]).toMatch(/^schemaVersion: /);
    expect(errorsOf(null)[0]).toMatch(/^Playbook: /);
  });
});
