import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { RuleContext } from '../../../lib/core/engine/types';
import { BUILTIN_PLAYBOOK } from '../../../lib/core/playbook/builtin';
import { RULES } from '../../../lib/core/rules';
import { buildRules } from '../../../lib/core/rules/build';

// The same glob lib/core/rules/index.ts uses, over the product's rule files plus a test-only folder.
const product = import.meta.glob('../../../lib/core/rules/*/*.rule.ts', { eager: true });
const extra = import.meta.glob('./fixtures/extra/*.rule.ts', { eager: true });

describe('buildRules: the rule files are the catalogue, the registry and the built-in playbook', () => {
  it('finds every product rule file, in the order the built-in playbook ships', () => {
    const built = buildRules(product);
    expect(built.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(built.entries.map((e) => e.id)).toEqual(BUILTIN_PLAYBOOK.rules.map((r) => r.id));
  });

  it('picks up a new rule file with no other edit: catalogue, evaluator, entry and checklist', () => {
    const built = buildRules({ ...product, ...extra });
    const ids = built.rules.map((r) => r.id);
    expect(ids).toHaveLength(RULES.length + 1);
    // Its order field places it between the two onboarding rules it names.
    expect(ids.slice(ids.indexOf('OB-CALL-COMPLETED-DATE'), ids.indexOf('OB-RECAP-EMAIL') + 1)).toEqual([
      'OB-CALL-COMPLETED-DATE',
      'OB-WELCOME-GIFT',
      'OB-RECAP-EMAIL',
    ]);
    expect(built.evaluators['OB-WELCOME-GIFT']).toBeDefined();
    const entry = built.entries.find((e) => e.id === 'OB-WELCOME-GIFT')!;
    expect(entry.check).toEqual({ evaluator: 'OB-WELCOME-GIFT', params: { gift: 'mug' } });

    // Its registered evaluator validates the shipped params and decides from facts.
    const rule = built.evaluators['OB-WELCOME-GIFT']!;
    const params = z.parse(rule.params, entry.check.params);
    expect(params).toEqual({ gift: 'mug' });
    const booked = { params, value: () => '2026-12-01' } as unknown as RuleContext<unknown>;
    expect(rule.evaluate(booked)).toEqual({ state: 'todo', message: 'Send the mug.' });
  });

  it('refuses a second file with the same ID or the same order, naming the file', () => {
    const [file, module] = Object.entries(extra)[0]!;
    const rule = (module as { default: object }).default;
    expect(() => buildRules({ ...extra, './other/ob-welcome-gift.rule.ts': { default: { ...rule, order: 1 } } })).toThrow(
      /ob-welcome-gift\.rule\.ts: rule ID OB-WELCOME-GIFT is defined twice/,
    );
    expect(() => buildRules({ ...extra, './other/ob-other.rule.ts': { default: { ...rule, id: 'OB-OTHER' } } })).toThrow(/order 235 is already used by/);
    expect(() => buildRules({ [file]: { notDefault: rule } })).toThrow(/export default defineRule/);
  });

  it('refuses a file whose name is not its rule ID, naming the file and the name it needs', () => {
    const [file, module] = Object.entries(extra)[0]!;
    const rule = (module as { default: object }).default;
    expect(() => buildRules({ './onboarding/welcome-gift.rule.ts': { default: rule } })).toThrow(
      './onboarding/welcome-gift.rule.ts: the file of rule OB-WELCOME-GIFT is named ob-welcome-gift.rule.ts',
    );
    expect(() => buildRules({ [file]: { default: { ...rule, id: 'OB-WELCOME-PRESENT' } } })).toThrow(/is named ob-welcome-present\.rule\.ts/);
    // Upper case in a file name is a different name too: the file is the lower-case ID.
    expect(() => buildRules({ './onboarding/OB-WELCOME-GIFT.rule.ts': { default: rule } })).toThrow(/is named ob-welcome-gift\.rule\.ts/);
  });
});

describe('every rule file has its test file beside the others in tests/unit/rules', () => {
  it('lib/core/rules/<area>/<id>.rule.ts ↔ tests/unit/rules/<area>/<id>.test.ts', () => {
    const root = path.resolve(__dirname, '../../..');
    const ruleFiles = Object.keys(product).map((p) => path.relative('../../../lib/core/rules', p));
    const missing = ruleFiles.filter((f) => !fs.existsSync(path.join(root, 'tests/unit/rules', f.replace(/\.rule\.ts$/, '.test.ts'))));
    expect(missing).toEqual([]);
  });
});
