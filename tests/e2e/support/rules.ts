import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './launch';

/**
 * How many rules the built-in playbook has: one per `lib/core/rules/<area>/<id>.rule.ts` file, as the
 * build assembles it (the playbook module itself needs Vite's glob, which Playwright's loader lacks).
 */
export const BUILTIN_RULE_COUNT: number = readdirSync(path.join(ROOT, 'lib/core/rules'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .reduce((n, dir) => n + readdirSync(path.join(ROOT, 'lib/core/rules', dir.name)).filter((f) => f.endsWith('.rule.ts')).length, 0);
