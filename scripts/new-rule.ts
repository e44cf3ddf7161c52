/**
 * `npm run new:rule <area> <ID> [-- --sop=MT-CS-002 --stage=onboarding]`: writes
 * lib/core/rules/<area>/<id>.rule.ts and tests/unit/rules/<area>/<id>.test.ts, then docs/rules.md
 * again. The SOP and stage default to what the area's rules use. What is left is the logic;
 * the new test and the rule-notes test stay red until it is written.
 */
import { writeFileSync } from 'node:fs';
import type * as RulesDoc from './docs-rules/render';
import { runScaffold } from './scaffold/cli';
import { ScaffoldError } from './scaffold/files';
import { planRule } from './scaffold/rule';
import { withViteModule } from './vite-module';

await runScaffold(
  'npm run new:rule <area> <RULE-ID> [-- --sop=MT-CS-0NN --stage=<stage>]',
  ([area, id, ...rest], options) => {
    if (!area || !id || rest.length) throw new ScaffoldError('give the area and the rule ID');
    return planRule(process.cwd(), area, id, options);
  },
  async () => {
    writeFileSync('docs/rules.md', await withViteModule('/scripts/docs-rules/render.ts', (doc: typeof RulesDoc) => doc.renderRulesDoc()));
    console.log('wrote  docs/rules.md');
  },
);
