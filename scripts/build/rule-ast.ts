/**
 * What the page-bundle build plugins (./page-rule-notes.ts, ./page-rule-checks.ts) read of a
 * rule file: the object its `defineRule({ … })` call is given, and that object's properties,
 * from the ESTree AST Rollup's `this.parse` returns.
 */
export interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

export const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** The object literal passed to `defineRule(…)`, if the module has one. */
export const ruleDefinitionIn = (node: Node): Node | null => {
  if (node.type === 'CallExpression' && isNode(node.callee) && node.callee.type === 'Identifier' && node.callee.name === 'defineRule') {
    const [definition] = node.arguments as Node[];
    if (definition?.type === 'ObjectExpression') return definition;
  }
  for (const value of Object.values(node))
    for (const child of Array.isArray(value) ? value : [value]) {
      if (!isNode(child)) continue;
      const found = ruleDefinitionIn(child);
      if (found) return found;
    }
  return null;
};

/** The `name: …` (or `name(…) {…}`) property of an object literal. */
export const propertyNamed = (object: Node, name: string): Node | undefined =>
  (object.properties as Node[]).find((p) => p.type === 'Property' && isNode(p.key) && p.key.type === 'Identifier' && p.key.name === name);

/** Which page bundle Rollup is building: the site of a `csm-app-<site>.ts` entry, else null. */
export const pageBundleSite = (input: unknown): string | null => {
  const ids = Array.isArray(input) ? input : Object.values((input ?? {}) as Record<string, string>);
  for (const id of ids) {
    const match = /\/entrypoints\/csm-app-([a-z]+)\.ts$/.exec(String(id));
    if (match) return match[1]!;
  }
  return null;
};

/** A rule file of lib/core/rules/<sop-area>/. */
export const isRuleFile = (id: string): boolean => /\/lib\/core\/rules\/[^/]+\/[^/]+\.rule\.ts$/.test(id.split('?')[0]!);
