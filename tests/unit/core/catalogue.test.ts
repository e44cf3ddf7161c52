import { describe, expect, it } from 'vitest';
import { BUILTIN_PLAYBOOK } from '@/lib/core/playbook/builtin';
import { CATALOGUE_IDS } from '@/lib/core/playbook/catalogue';
import { parsePlaybook } from '@/lib/core/playbook/validate';

describe('the built-in playbook against the SOP rule catalogue', () => {
  const parsed = parsePlaybook(BUILTIN_PLAYBOOK);

  it('validates with no error and no warning', () => {
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    expect(parsed.ok && parsed.warnings).toEqual([]);
  });

  it('carries every catalogue ID exactly once, and no unknown ID', () => {
    const ids = BUILTIN_PLAYBOOK.rules.map((r) => r.id);
    const missing = CATALOGUE_IDS.filter((id) => !ids.includes(id));
    const unknown = ids.filter((id) => !(CATALOGUE_IDS as readonly string[]).includes(id));
    const duplicated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect({ missing, unknown, duplicated }).toEqual({ missing: [], unknown: [], duplicated: [] });
    expect(ids).toHaveLength(CATALOGUE_IDS.length);
  });

  it('keeps SOP order: rules of one group stay together', () => {
    const prefixes = BUILTIN_PLAYBOOK.rules.map((r) => r.id.split('-')[0]);
    const runs = prefixes.filter((p, i) => p !== prefixes[i - 1]);
    // SMB rules appear twice: SMB-COMPLETED-RECAP belongs with training, the rest with MT-CS-007.
    // OUT-LOG-TOUCHES sits between the Unresponsive and Escalation rules: it lists the touches of both and of onboarding.
    expect(runs).toEqual(['CLS', 'CSO', 'OB', 'DG', 'TR', 'SMB', 'UNR', 'OUT', 'ESC', 'SMB']);
  });

  it('gives every rule help text and at least one place to show', () => {
    for (const rule of BUILTIN_PLAYBOOK.rules) {
      expect(rule.help.trim().length, rule.id).toBeGreaterThan(20);
      expect(rule.where.length, rule.id).toBeGreaterThan(0);
    }
  });
});
