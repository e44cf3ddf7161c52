import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { isNode, isRuleFile, pageBundleSite, propertyNamed, ruleDefinitionIn, type Node } from './rule-ast';

/** `export const NAME = ['a', 'b'] as const` in a module's source: its strings, or null. */
const exportedList = (source: string, name: string): string[] | null => {
  const match = new RegExp(`export const ${name}\\s*(?::[^=]+)?=\\s*\\[([^\\]]*)\\]`).exec(source);
  if (!match) return null;
  const items = match[1]!.split(',').map((s) => s.trim()).filter(Boolean);
  const strings = items.map((item) => /^(['"])([^'"]*)\1$/.exec(item)?.[2] ?? null);
  return strings.every((s) => s !== null) ? (strings as string[]) : null;
};

/** The source of the module an identifier is imported from in this file (relative imports only). */
const importedSource = (code: string, name: string, file: string): string | null => {
  const match = new RegExp(`import\\s*\\{[^}]*\\b${name}\\b[^}]*\\}\\s*from\\s*['"](\\.[^'"]+)['"]`).exec(code);
  if (!match) return null;
  try {
    return readFileSync(path.resolve(path.dirname(file), `${match[1]}.ts`), 'utf8');
  } catch {
    return null;
  }
};

/** The kinds a rule's `where` lists, or null when it cannot be read to the end. */
const whereOf = (where: Node, code: string, file: string): string[] | null => {
  if (where.type !== 'ArrayExpression') return null;
  const kinds: string[] = [];
  for (const element of where.elements as Array<Node | null>) {
    if (element?.type === 'Literal' && typeof element.value === 'string') kinds.push(element.value);
    else if (element?.type === 'SpreadElement' && isNode(element.argument) && element.argument.type === 'Identifier') {
      const name = element.argument.name as string;
      const source = importedSource(code, name, file) ?? code;
      const list = exportedList(source, name);
      if (!list) return null;
      kinds.push(...list);
    } else return null;
  }
  return kinds;
};

/**
 * Each site's page bundle (entrypoints/csm-app-<site>.ts) carries the checks of the rules that can
 * show on that site's pages (its definition's `kinds`), and no others. The engine evaluates a rule
 * on a page only when the rule's `where` names the page's kind, `any` or `timeline`
 * (lib/core/engine/evaluate.ts): every other rule's `evaluate`, and the helpers only it uses, is
 * dead weight there (issue 25: the app's own code ≤ 100 kB gzipped per site), and so are its help
 * and sub-steps, which the sidebar shows only beside the check. Such a rule keeps its ID, title and
 * params (a team's playbook still validates on every page); its `evaluate` becomes one that says
 * on which page the step is checked, and its help says the same: only a team playbook that moved
 * the rule onto this site's pages could show them. The worker, the extension
 * pages and the unit tests (built without this plugin) keep every check. A `where` this cannot
 * read to the end (anything but string literals and spreads of an imported
 * `export const X = ['kind', …]`) keeps its check: never left out in doubt.
 */
export interface PageRuleChecksOptions {
  /** The page kinds of the site a `csm-app-<site>` bundle is for (lib/sites). */
  kindsOf(site: string): readonly string[] | undefined;
  /** What the CSM calls a page kind ("the Gmail compose window"), for the left-out check's message. */
  pageName(kind: string): string;
}

export const pageRuleChecksForSite = ({ kindsOf, pageName }: PageRuleChecksOptions): Plugin => {
  let kinds: readonly string[] | undefined;
  return {
    name: 'csm-page-rule-checks-for-site',
    enforce: 'post',
    buildStart(options) {
      const site = pageBundleSite(options.input);
      kinds = site === null ? undefined : kindsOf(site);
    },
    transform(code, id) {
      if (!kinds || !isRuleFile(id)) return null;
      const file = id.split('?')[0]!;
      const definition = ruleDefinitionIn(this.parse(code) as unknown as Node);
      const where = definition && propertyNamed(definition, 'where');
      const evaluate = definition && propertyNamed(definition, 'evaluate');
      if (!where || !evaluate || !isNode(where.value)) return null;
      const listed = whereOf(where.value, code, file);
      if (!listed || listed.some((kind) => kind === 'any' || kind === 'timeline' || kinds!.includes(kind))) return null;
      const pages = [...new Set(listed.map(pageName))].join(', ');
      const message = JSON.stringify(`CSM Guide checks this step on ${pages}, not on this page.`);
      // The check, its help and its sub-steps go (the sidebar shows them only where the step is
      // checked); the help, which a playbook requires, becomes the same pointer as the message.
      const edits: Array<{ node: Node; text: string }> = [{ node: evaluate, text: `evaluate: () => ({ state: 'info', message: ${message} })` }];
      const help = propertyNamed(definition, 'help');
      if (help) edits.push({ node: help, text: `help: ${message}` });
      const steps = propertyNamed(definition, 'steps');
      if (steps) edits.push({ node: steps, text: '' });
      let out = code;
      for (const { node, text } of edits.sort((a, b) => b.node.start - a.node.start)) {
        // A property removed takes the comma after it along.
        const comma = text === '' ? (/^\s*,/.exec(out.slice(node.end))?.[0].length ?? 0) : 0;
        out = out.slice(0, node.start) + text + out.slice(node.end + comma);
      }
      return { code: out, map: null };
    },
  };
};
