/**
 * `npm run docs:rules`: writes docs/rules.md, the rule catalogue, from the rule files
 * (lib/core/rules/<area>/<id>.rule.ts). Run it after adding or editing a rule; the unit test
 * tests/unit/architecture/rules-doc.test.ts fails while the page is stale.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type * as RulesDoc from './docs-rules/render';
import { withViteModule } from './vite-module';

const OUT = path.resolve('docs/rules.md');

const text = await withViteModule('/scripts/docs-rules/render.ts', (doc: typeof RulesDoc) => doc.renderRulesDoc());
writeFileSync(OUT, text);
console.log(`docs/rules.md: ${text.split('\n').filter((line) => line.startsWith('### ')).length} rules`);
