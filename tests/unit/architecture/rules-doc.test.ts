import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/core/rules';
import { buildRules } from '../../../lib/core/rules/build';
import { renderRulesDoc } from '../../../scripts/docs-rules/render';

/**
 * docs/rules.md is generated from the rule files (`npm run docs:rules`); this fails when a rule
 * changed and the page was not written again, so the catalogue never drifts from the code.
 */
const ROOT = path.resolve(__dirname, '../../..');
const product = import.meta.glob('../../../lib/core/rules/*/*.rule.ts', { eager: true });
const extra = import.meta.glob('../rules/fixtures/extra/*.rule.ts', { eager: true });

describe('docs/rules.md, the rule catalogue', () => {
  it('is what the rule files say (else run npm run docs:rules)', () => {
    const onDisk = readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8');
    expect(onDisk === renderRulesDoc(), 'docs/rules.md is stale: run npm run docs:rules').toBe(true);
  });

  it('lists every rule with its SOP, pages, file and the SOP sentence it follows', () => {
    const doc = renderRulesDoc();
    for (const rule of RULES) {
      expect(doc).toContain(`| [${rule.id}](#${rule.id.toLowerCase()}) | ${rule.sop} |`);
      expect(doc).toContain(`\n### ${rule.id}\n`);
    }
    expect(doc).toContain('[lib/core/rules/onboarding/ob-presentation.rule.ts](../lib/core/rules/onboarding/ob-presentation.rule.ts)');
    expect(doc).toContain('**The SOP sentence it follows**: MT-CS-002: "By default, Salesforce will pull your Outreach Calendar link');
  });

  it('picks up a new rule file with no other edit', () => {
    const doc = renderRulesDoc(buildRules({ ...product, ...extra }));
    expect(doc).toContain('\n### OB-WELCOME-GIFT\n');
    expect(doc).toContain(`Every rule CSM Guide checks, ${RULES.length + 1} of them`);
  });
});
