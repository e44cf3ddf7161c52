import { describe, expect, it } from 'vitest';
import { BUILTIN_PLAYBOOK } from '@/lib/core/playbook/builtin';
import { CATALOGUE_IDS } from '@/lib/core/playbook/catalogue';
import { overlayPlaybook } from '@/lib/core/playbook/overlay';
import type { Playbook } from '@/lib/core/playbook/schema';
import { parsePlaybook } from '@/lib/core/playbook/validate';

const parse = (raw: unknown): Playbook => {
  const parsed = parsePlaybook(raw);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.playbook;
};
const builtin = parse(BUILTIN_PLAYBOOK);
const entry = (id: string) => builtin.rules.find((r) => r.id === id)!;

describe('overlayPlaybook: an imported playbook over the built-in rules', () => {
  const imported = parse({
    schemaVersion: 1,
    name: 'Team West SOPs',
    version: '3',
    sops: {},
    rules: [
      // Listed out of SOP order on purpose: the checklist keeps the built-in order.
      { ...entry('UNR-DAILY-10'), check: { evaluator: 'UNR-DAILY-10', params: { days: 5 } } },
      { ...entry('OB-PREP-REVIEW'), title: 'Read the contract first' },
    ],
  });
  const effective = overlayPlaybook(builtin, imported);

  it('replaces the entries it has, by rule ID', () => {
    expect(effective.rules.find((r) => r.id === 'UNR-DAILY-10')!.check.params).toEqual({ days: 5 });
    expect(effective.rules.find((r) => r.id === 'OB-PREP-REVIEW')!.title).toBe('Read the contract first');
  });

  it('keeps the built-in entry of every rule it leaves out, in SOP order', () => {
    expect(effective.rules.map((r) => r.id)).toEqual([...CATALOGUE_IDS]);
    expect(effective.rules.find((r) => r.id === 'OB-ROSTERS')).toBe(entry('OB-ROSTERS'));
  });

  it("shows the import's name and version, and the built-in SOP titles it does not restate", () => {
    expect(effective.name).toBe('Team West SOPs');
    expect(effective.version).toBe('3');
    expect(effective.sops['MT-CS-020']).toEqual(builtin.sops['MT-CS-020']);
  });
});
