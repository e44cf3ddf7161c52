import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { RULE_ID_PATTERN } from '../../lib/core/playbook/schema';
import { SOP_IDS, STAGES, type SopId, type Stage } from '../../lib/core/model/vocab';
import { quoted, read, ScaffoldError, type Plan } from './files';

/**
 * `npm run new:rule <area> <ID>`: the rule file and its table test, for README's "Add a rule".
 * Read from the files as text (no module is loaded), so it runs in plain Node.
 */
export interface RuleOptions {
  sop?: string;
  stage?: string;
}

const AREA = /^[a-z]+(-[a-z]+)*$/;

interface Known {
  area: string;
  file: string;
  sop?: string;
  stage?: string;
  order?: number;
}

/** Every rule file's area, SOP, stage and order, read from its text (all are literals by habit and by this scaffold). */
const knownRules = (root: string): Known[] => {
  const dir = path.join(root, 'lib/core/rules');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((area) =>
      readdirSync(path.join(dir, area.name))
        .filter((file) => file.endsWith('.rule.ts'))
        .map((file) => {
          const text = read(root, `lib/core/rules/${area.name}/${file}`);
          const order = /^\s*order:\s*(\d+),/m.exec(text)?.[1];
          return {
            area: area.name,
            file,
            sop: /^\s*sop:\s*'([^']+)'/m.exec(text)?.[1],
            stage: /^\s*stage:\s*'([^']+)'/m.exec(text)?.[1],
            ...(order ? { order: Number(order) } : {}),
          };
        }),
    );
};

/** The value most rules of the area use (the first one met on a tie). */
const usual = (values: Array<string | undefined>): string | undefined => {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
};

export const planRule = (root: string, area: string, id: string, options: RuleOptions = {}): Plan => {
  if (!AREA.test(area)) throw new ScaffoldError(`the area is a lower-case folder name under lib/core/rules (onboarding, smb, …), not "${area}"`);
  if (!RULE_ID_PATTERN.test(id)) throw new ScaffoldError(`rule IDs look like OB-CALL-SCHEDULED-DATE, not "${id}"`);
  const name = id.toLowerCase();
  const known = knownRules(root);
  const taken = known.find((rule) => rule.file === `${name}.rule.ts`);
  if (taken) throw new ScaffoldError(`${id} exists: lib/core/rules/${taken.area}/${taken.file}`);

  const mine = known.filter((rule) => rule.area === area);
  const sop = options.sop ?? usual(mine.map((rule) => rule.sop));
  const stage = options.stage ?? usual(mine.map((rule) => rule.stage));
  if (!sop || !(SOP_IDS as readonly string[]).includes(sop))
    throw new ScaffoldError(`${sop ? `"${sop}" is no SOP of the playbook` : `a new area: say which SOP`} (--sop=${SOP_IDS.join('|')})`);
  if (!stage || !(STAGES as readonly string[]).includes(stage))
    throw new ScaffoldError(`${stage ? `"${stage}" is no stage` : `a new area: say which stage`} (--stage=${STAGES.join('|')})`);

  // After the area's last rule, on the first number no rule uses (rules are numbered in tens).
  const used = new Set(known.flatMap((rule) => (rule.order === undefined ? [] : [rule.order])));
  let order = Math.max(0, ...mine.flatMap((rule) => (rule.order === undefined ? [] : [rule.order]))) + 1;
  while (used.has(order)) order += 1;

  const ruleFile = `lib/core/rules/${area}/${name}.rule.ts`;
  const testFile = `tests/unit/rules/${area}/${name}.test.ts`;
  if (existsSync(path.join(root, testFile))) throw new ScaffoldError(`${testFile} already exists`);

  const rule = `import { z } from '../../zod';
import { defineRule } from '../define';

/**
 * ${id}: what ${sop} asks here, and how this check reads it (a comment says why, not what).
 */
export default defineRule({
  id: '${id}',
  sop: '${sop as SopId}',
  title: ${quoted(`${id}: say in a few words what is checked`)},
  // Page kinds (lib/core/model/page-kind.ts), 'any' page of the account, or the account 'timeline'.
  where: ['any'],
  stage: '${stage as Stage}',
  help: ${quoted("What the CSM does, in the SOP's own words where it has them.")},
  // A test holds every note to this: the SOP's ID and its sentence in double quotes, then how the check reads it.
  note: ${quoted(`${sop}: quote here the SOP sentence this rule follows, and say how the check reads it.`)},
  // Checklist (SOP) order: after the last ${area} rule; move it between the rules it follows.
  order: ${order},
  // The shipped check.params (a playbook import may change them) and their schema.
  defaults: {},
  params: z.strictObject({}),
  // A hand-ticked step instead: drop defaults, params and evaluate, and write uses: 'manual'.
  evaluate(ctx) {
    // A pure function of ctx (facts, page, progress, ctx.today, ctx.calendar): a state and a message naming the field.
    return ctx.manual?.done ? { state: 'done', message: 'Done.' } : { state: 'todo', message: 'Write the message that names what to do.' };
  },
});
`;

  const test = `import { describe, expect, it } from 'vitest';
import { CORE, DIGITAL, type FactValues } from '../support/compose';
import { runRule } from '../support/single-rule';

// One case per state ${id} can reach (todo, done, warn, error, na, info): the facts in, the state
// and the message out. Replace the first case; the suite stays red until the rule is written.
describe('${id}', () => {
  it.each([
    ['todo: a Core account that has not done it', { facts: CORE }, 'todo', /the message names the field/],
    ['na: a Digital account', { facts: DIGITAL }, 'na', /why it does not apply/],
  ] as Array<[string, { facts: FactValues }, string, RegExp]>)('%s', (_, input, state, message) => {
    const item = runRule('${id}', input);
    expect(item?.state).toBe(state);
    expect(item?.message).toMatch(message);
  });
});
`;

  return {
    files: [
      { path: ruleFile, text: rule },
      { path: testFile, text: test },
    ],
    next: [
      `${ruleFile}: title, where, help, the note quoting ${sop}, the order among its neighbours, and evaluate (README, "Add a rule")`,
      `${testFile}: one case per state it can reach`,
      `tests/journeys/steps.ts: the step the diligent CSM does, with ${id} as the rule that flags its skip`,
      'npm run docs:rules (docs/rules.md lists it; a test fails while the page is stale)',
      `npx vitest run ${testFile} tests/unit/core/rule-notes.test.ts tests/unit/rules/build.test.ts tests/unit/journeys`,
    ],
  };
};
