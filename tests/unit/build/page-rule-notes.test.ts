import { describe, expect, it } from 'vitest';
import { pageWithoutRuleNotes } from '../../../scripts/build/page-rule-notes';
import { buildVirtual } from './build-virtual';

/** Builds a virtual entry that imports a virtual rule file through the plugin; the output's code. */
const buildWith = (entry: string): Promise<string> => {
  const rule = '/repo/lib/core/rules/onboarding/ob-probe.rule.ts';
  const files: Record<string, string> = {
    [entry]: `import rule from '${rule}'; globalThis.__probe = rule;`,
    [rule]: [
      "const defineRule = (definition: { id: string; help: string; note?: string }) => definition;",
      'export default defineRule({',
      "  id: 'OB-PROBE',",
      "  help: 'The help the sidebar shows.',",
      "  note: 'MT-CS-002: \"the SOP sentence, quoted\"',",
      '});',
    ].join('\n'),
  };
  return buildVirtual(entry, files, [pageWithoutRuleNotes()]);
};

describe('the page bundles leave out the rules’ notes', () => {
  it('a csm-app-<site> bundle keeps the rule but not its note', async () => {
    const code = await buildWith('/repo/entrypoints/csm-app-probe.ts');
    expect(code).toContain('The help the sidebar shows.');
    expect(code).toContain('OB-PROBE');
    expect(code).not.toContain('the SOP sentence, quoted');
  });

  it('any other bundle keeps the note', async () => {
    const code = await buildWith('/repo/entrypoints/background.ts');
    expect(code).toContain('the SOP sentence, quoted');
  });
});
