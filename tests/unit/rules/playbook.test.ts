import { describe, expect, it } from 'vitest';
import { EVALUATORS } from '../../../lib/core/engine/registry';
import { activePlaybook } from '../../../lib/core/playbook/active';
import { BUILTIN_PLAYBOOK } from '../../../lib/core/playbook/builtin';
import { CATALOGUE_IDS } from '../../../lib/core/playbook/catalogue';
import { parsePlaybook } from '../../../lib/core/playbook/validate';
import { MY_RULE_IDS, PLAYBOOK } from './support/salesforce';

describe('built-in playbook entries for classification, account creation, unresponsive and escalation', () => {
  it.each(MY_RULE_IDS)('%s: exactly one entry, a catalogue ID, a registered evaluator, valid params', (id) => {
    const entries = BUILTIN_PLAYBOOK.rules.filter((r) => r.id === id);
    expect(entries).toHaveLength(1);
    expect(CATALOGUE_IDS).toContain(id);
    const entry = PLAYBOOK.rules.find((r) => r.id === id)!;
    expect(EVALUATORS[entry.check.evaluator], entry.check.evaluator).toBeDefined();
    expect(entry.help.length).toBeGreaterThan(20);
  });

  it('keeps record-type and cancellation markers in params, not code', () => {
    const params = (id: string) => PLAYBOOK.rules.find((r) => r.id === id)!.check.params;
    expect(params('ESC-SUBJECT')).toMatchObject({ recordType: 'Escalations', cancellation: ['Cancel'], subject: 'Cancelation Request - {account}' });
    expect(params('UNR-FAILED-CASE')).toMatchObject({ recordType: 'Customer Success', caseType: 'Failed to OB' });
  });
});

describe('the built-in playbook as shipped', () => {
  it('is what parsing it yields, defaults and key order included (pages use it without parsing it again)', () => {
    const parsed = parsePlaybook(BUILTIN_PLAYBOOK);
    expect(parsed.ok && parsed.warnings).toEqual([]);
    if (!parsed.ok) return;
    expect(JSON.stringify(parsed.playbook)).toBe(JSON.stringify(BUILTIN_PLAYBOOK));
  });

  it('is the active playbook as it is when nothing is imported, and a test’s own built-in one is still validated', () => {
    expect(activePlaybook(null, BUILTIN_PLAYBOOK).playbook).toBe(BUILTIN_PLAYBOOK);
    const own = { ...BUILTIN_PLAYBOOK, rules: BUILTIN_PLAYBOOK.rules.map(({ role: _role, scope: _scope, appliesTo: _appliesTo, ...rule }) => rule) };
    const active = activePlaybook(null, own).playbook;
    expect(active).not.toBe(own);
    expect(active.rules.every((rule) => rule.role && rule.scope && rule.appliesTo)).toBe(true);
    expect(() => activePlaybook(null, { ...BUILTIN_PLAYBOOK, rules: [] })).toThrow(/built-in playbook is invalid/);
  });
});
