import { describe, expect, it } from 'vitest';
import { EVALUATORS } from '../../../lib/core/engine/registry';
import { BUILTIN_PLAYBOOK } from '../../../lib/core/playbook/builtin';
import { CATALOGUE_IDS } from '../../../lib/core/playbook/catalogue';
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
