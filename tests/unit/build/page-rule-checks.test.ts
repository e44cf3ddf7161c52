import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_NAMES, type PageKind } from '@/lib/core/model/page-kind';
import { SITES } from '@/lib/sites';
import { pageRuleChecksForSite } from '../../../scripts/build/page-rule-checks';
import { buildVirtual } from './build-virtual';

/**
 * A site's page bundle carries the checks of the rules that can show on its pages only
 * (scripts/build/page-rule-checks.ts). Built here through Vite with virtual rule files (in the
 * real rules folder, so an imported kind list is read from the real file beside them).
 */
const RULES_DIR = path.resolve('lib/core/rules/onboarding');
const ruleFile = (name: string) => path.join(RULES_DIR, `zz-${name}.rule.ts`);

const rule = (name: string, where: string, extra = '') =>
  [
    "import { defineRule } from './../define';",
    "import { COMPOSE } from './onboarding-defaults';",
    'void COMPOSE;',
    extra,
    'export default defineRule({',
    `  id: 'OB-${name.toUpperCase()}', order: 1, sop: 'MT-CS-002', title: 'Title of ${name}', where: ${where}, stage: 'onboarding',`,
    `  help: 'Help of ${name}.', steps: ['Step of ${name}.'], params: undefined as never,`,
    `  evaluate: () => ({ state: 'warn', message: 'the check of ${name}' }),`,
    '});',
  ].join('\n');

const RULES: Record<string, string> = {
  gmail: rule('gmail', "['gmail.compose']"),
  compose: rule('compose', '[...COMPOSE]'),
  case: rule('case', "['sf.case', 'mt.presignup']"),
  any: rule('any', "['any', 'gmail.compose']"),
  timeline: rule('timeline', "['timeline', 'outreach.compose']"),
  unread: rule('unread', 'LOCAL', "const LOCAL = ['gmail.compose'] as const;"),
};

const buildWith = (entry: string): Promise<string> => {
  const files: Record<string, string> = {
    [entry]: `${Object.keys(RULES).map((name, i) => `import r${i} from '${ruleFile(name)}';`).join('\n')}\nglobalThis.__probe = [${Object.keys(RULES).map((_, i) => `r${i}`).join(', ')}];`,
    ...Object.fromEntries(Object.entries(RULES).map(([name, text]) => [ruleFile(name), text])),
  };
  return buildVirtual(entry, files, [
    pageRuleChecksForSite({ kindsOf: (id) => SITES.find((site) => site.id === id)?.kinds, pageName: (kind) => PAGE_NAMES[kind as PageKind] ?? kind }),
  ]);
};

describe('each site’s page bundle carries the checks of the rules its pages show', () => {
  it('Salesforce’s leaves out the checks of rules shown only on other sites’ pages, and says where they are', async () => {
    const code = await buildWith('/repo/entrypoints/csm-app-salesforce.ts');
    for (const left of ['gmail', 'compose']) {
      for (const part of ['the check of', 'Help of', 'Step of']) expect(code).not.toContain(`${part} ${left}`);
      expect(code).toContain(`Title of ${left}`); // the rule itself stays (a team playbook still validates)
    }
    expect(code).toContain('CSM Guide checks this step on the Gmail compose window, not on this page.');
    expect(code).toContain('CSM Guide checks this step on the Gmail compose window, the Outreach composer, not on this page.');
    // On one of its pages, on any page, on the timeline, or a `where` it cannot read: kept.
    for (const kept of ['case', 'any', 'timeline', 'unread'])
      for (const part of ['the check of', 'Help of', 'Step of']) expect(code).toContain(`${part} ${kept}`);
  });

  it('Gmail’s keeps its own and leaves out Salesforce’s', async () => {
    const code = await buildWith('/repo/entrypoints/csm-app-gmail.ts');
    for (const kept of ['gmail', 'compose', 'any', 'timeline', 'unread']) expect(code).toContain(`the check of ${kept}`);
    expect(code).not.toContain('the check of case');
    expect(code).toContain('CSM Guide checks this step on the Case, the MedTrainer pre-signup form, not on this page.');
  });

  it('any other bundle keeps every check', async () => {
    const code = await buildWith('/repo/entrypoints/background.ts');
    for (const name of Object.keys(RULES))
      for (const part of ['the check of', 'Help of', 'Step of']) expect(code).toContain(`${part} ${name}`);
  });
});
