import { PAGE_NAMES, isPageKind } from '../../lib/core/model/page-kind';
import { STAGE_NAMES } from '../../lib/core/model/vocab';
import { BUILTIN_PLAYBOOK } from '../../lib/core/playbook/builtin';
import type { AppliesTo, RuleWhere } from '../../lib/core/playbook/schema';
import { RULE_SET } from '../../lib/core/rules';
import type { RuleSet } from '../../lib/core/rules/build';
import { isGenericRule, type RuleDefinition } from '../../lib/core/rules/define';

/**
 * docs/rules.md, the rule catalogue, written from the rule definitions (lib/core/rules/<area>/<id>.rule.ts)
 * and nothing else: `npm run docs:rules` writes it, tests/unit/architecture/rules-doc.test.ts fails
 * when the file is stale. Pure and deterministic (no dates), so the same rules give the same bytes.
 */

type SopTitles = Partial<Record<string, { title: string }>>;

const WHERE_NAMES: Record<'any' | 'timeline', string> = { any: 'every page of the account', timeline: 'the account timeline' };

const whereName = (where: RuleWhere): string => (isPageKind(where) ? PAGE_NAMES[where] : WHERE_NAMES[where]);

const ROLE_NAMES = { csm: 'the CSM', 'cs-ops': 'CS Operations', lead: 'the team lead' } as const;

const APPLIES_TO: Array<[keyof AppliesTo, string]> = [
  ['segments', 'segment'],
  ['serviceLevels', 'service level'],
  ['productsAny', 'has a product among'],
  ['productsNone', 'has none of the products'],
  ['subtypesAny', 'subtype'],
  ['subtypesNone', 'not subtype'],
];

/** One line per condition, "any of" inside a list (as the playbook schema reads it). */
const appliesToText = (appliesTo: AppliesTo | undefined): string => {
  const parts = APPLIES_TO.flatMap(([key, name]) => {
    const values = appliesTo?.[key];
    return values?.length ? [`${name} ${values.join(' or ')}`] : [];
  });
  return parts.length ? parts.join('; ') : 'every account';
};

/** Markdown table cells and list items are one line: no pipes or line breaks inside. */
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

const anchorOf = (id: string): string => id.toLowerCase();

const checkText = (rule: RuleDefinition): string => {
  if (!isGenericRule(rule)) return 'its own check (`evaluate` in the file)';
  return rule.uses === 'manual' ? 'ticked by hand in the sidebar (`manual`)' : 'the fields it names are filled (`fields-filled`)';
};

/** `./onboarding/ob-presentation.rule.ts` → `lib/core/rules/onboarding/ob-presentation.rule.ts`. */
const repoPath = (modulePath: string): string => `lib/core/rules/${modulePath.replace(/^\.\//, '')}`;

const ruleSection = (rule: RuleDefinition, file: string, sops: SopTitles): string[] => {
  const sop = sops[rule.sop]?.title;
  const lines = [
    `### ${rule.id}`,
    '',
    `**${cell(rule.title)}**`,
    '',
    `- **SOP**: ${rule.sop}${sop ? ` (${sop})` : ''}; stage: ${STAGE_NAMES[rule.stage]}; done by ${ROLE_NAMES[rule.role ?? 'csm']}${rule.scope === 'csm' ? ' (a one-time setup per CSM, not per account)' : ''}`,
    `- **Shown on**: ${rule.where.map((where) => `${whereName(where)} (\`${where}\`)`).join(', ')}`,
    `- **Applies to**: ${appliesToText(rule.appliesTo)}`,
    `- **Decided by**: ${checkText(rule)}, in [${repoPath(file)}](../${repoPath(file)})`,
    `- **What to do**: ${cell(rule.help)}`,
  ];
  if (rule.steps?.length) lines.push(...rule.steps.map((step) => `  - ${cell(step)}`));
  if (rule.note) lines.push(`- **The SOP sentence it follows**: ${cell(rule.note)}`);
  lines.push('');
  return lines;
};

export const renderRulesDoc = (ruleSet: RuleSet = RULE_SET, sops: SopTitles = BUILTIN_PLAYBOOK.sops): string => {
  const fileOf = (rule: RuleDefinition): string => {
    const file = ruleSet.files.get(rule.id);
    if (!file) throw new Error(`rule ${rule.id} has no file`);
    return file;
  };
  const lines = [
    '# The rules',
    '',
    '<!-- Generated from lib/core/rules/*/*.rule.ts by `npm run docs:rules`: edit the rule file, not this page. -->',
    '',
    `Every rule CSM Guide checks, ${ruleSet.rules.length} of them, in checklist order (the sidebar's order). Each one is`,
    'one file, `lib/core/rules/<sop-area>/<rule-id>.rule.ts`, holding its playbook entry, the SOP sentence it',
    'follows and its check; this page is written from those files (`npm run docs:rules`), and a unit',
    'test fails when it is stale. Rule IDs are permanent: they key progress, the sidebar\'s `data-rule`',
    'and the audit export\'s columns (see [contract.md](contract.md)).',
    '',
    '| Rule | SOP | Shown on | Checks |',
    '|---|---|---|---|',
    ...ruleSet.rules.map(
      (rule) => `| [${rule.id}](#${anchorOf(rule.id)}) | ${rule.sop} | ${rule.where.map((where) => `\`${where}\``).join(', ')} | ${cell(rule.title)} |`,
    ),
    '',
    '## Each rule',
    '',
    ...ruleSet.rules.flatMap((rule) => ruleSection(rule, fileOf(rule), sops)),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
};
