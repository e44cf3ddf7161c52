import { z } from '../zod';
import { evaluatorNamed } from '../engine/registry';
import { CATALOGUE_IDS, isCatalogueId } from './catalogue';
import { playbookSchema, type Playbook } from './schema';

export type PlaybookParse =
  | { ok: true; playbook: Playbook; warnings: string[] }
  | { ok: false; errors: string[] };

/** "Rule 12 (OB-ROSTERS)" — how a person finds the entry in the file. */
const entryName = (raw: unknown, index: number): string => {
  const id = (raw as { rules?: Array<{ id?: unknown }> } | null)?.rules?.[index]?.id;
  return `Rule ${index + 1}${typeof id === 'string' ? ` (${id})` : ''}`;
};

const pathText = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), '');

const issueText = (issue: z.core.$ZodIssue): string => {
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type') return `${issue.message.replace(/^Invalid input: /, '')}`;
  return issue.message;
};

const describeIssue = (raw: unknown, issue: z.core.$ZodIssue, prefix: readonly PropertyKey[] = []): string => {
  const path = [...prefix, ...issue.path];
  if (path[0] === 'rules' && typeof path[1] === 'number') {
    const rest = pathText(path.slice(2));
    return `${entryName(raw, path[1])}${rest ? ` › ${rest}` : ''}: ${issueText(issue)}`;
  }
  const where = pathText(path);
  return `${where ? `${where}: ` : 'Playbook: '}${issueText(issue)}`;
};

/**
 * Validates a playbook (the built-in one in tests, an imported file on the options page) and
 * explains every problem by entry and field: unknown fields, wrong types, duplicate IDs, IDs of
 * no built-in rule, unknown evaluators, bad evaluator parameters. The result is the file's own
 * entries; overlayPlaybook puts them over the built-in rules.
 */
export const parsePlaybook = (raw: unknown): PlaybookParse => {
  const parsed = playbookSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((issue) => describeIssue(raw, issue)) };
  const playbook = parsed.data;
  const errors: string[] = [];
  const firstIndex = new Map<string, number>();
  playbook.rules.forEach((rule, index) => {
    const seen = firstIndex.get(rule.id);
    if (seen !== undefined) errors.push(`${entryName(raw, index)}: duplicate ID, already used by rule ${seen + 1}`);
    else firstIndex.set(rule.id, index);
    // An imported playbook overlays the built-in rules by ID (overlay.ts): an ID of no built-in
    // rule would never show, so say so instead of importing it silently.
    if (!isCatalogueId(rule.id))
      errors.push(`${entryName(raw, index)} › id: "${rule.id}" is not a rule of this extension; a playbook can only change the built-in rules (export the built-in playbook from Settings to see their IDs)`);
    const evaluator = evaluatorNamed(rule.check.evaluator);
    if (!evaluator) {
      errors.push(`${entryName(raw, index)} › check.evaluator: unknown evaluator "${rule.check.evaluator}"`);
      return;
    }
    const params = z.safeParse(evaluator.params, rule.check.params);
    if (!params.success)
      params.error.issues.forEach((issue) =>
        errors.push(describeIssue(raw, issue, ['rules', index, 'check', 'params'])),
      );
  });
  if (errors.length) return { ok: false, errors };
  const missing = CATALOGUE_IDS.filter((id) => !firstIndex.has(id));
  const warnings = missing.length ? [`These SOP rules are not in this playbook and keep their built-in entries: ${missing.join(', ')}`] : [];
  return { ok: true, playbook, warnings };
};
