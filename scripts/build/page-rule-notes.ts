import type { Plugin } from 'vite';

/**
 * The page bundles (entrypoints/csm-app-<site>.ts) leave out each rule's `note`: the SOP sentence
 * the rule follows, quoted, which docs/rules.md, the tests and the extension pages read and the
 * page never does (the sidebar shows a rule's title, help and steps). The notes were ≈ 7.5 kB of
 * each page bundle gzipped (issue 25: the app's own code ≤ 100 kB). Only a rule file's
 * `defineRule({ … note: … })` property goes; the worker, the options page, the dashboard and
 * the unit tests (which build without this plugin) keep every note.
 */
const PAGE_ENTRY = /\/entrypoints\/csm-app-[a-z]+\.ts$/;
const RULE_FILE = /\/lib\/core\/rules\/[^/]+\/[^/]+\.rule\.ts$/;

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** The `note` properties of the objects passed to `defineRule(…)`. */
const notesIn = (node: Node, found: Node[] = []): Node[] => {
  if (node.type === 'CallExpression' && isNode(node.callee) && node.callee.type === 'Identifier' && node.callee.name === 'defineRule') {
    const [definition] = node.arguments as Node[];
    if (definition?.type === 'ObjectExpression')
      for (const property of definition.properties as Node[])
        if (property.type === 'Property' && isNode(property.key) && property.key.type === 'Identifier' && property.key.name === 'note') found.push(property);
  }
  for (const value of Object.values(node))
    for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) notesIn(child, found);
  return found;
};

export const pageWithoutRuleNotes = (): Plugin => {
  let page = false;
  return {
    name: 'csm-page-without-rule-notes',
    // After TypeScript is compiled away, so the module parses as JavaScript.
    enforce: 'post',
    buildStart(options) {
      const input = options.input as string[] | Record<string, string> | undefined;
      page = (Array.isArray(input) ? input : Object.values(input ?? {})).some((id) => PAGE_ENTRY.test(id));
    },
    transform(code, id) {
      if (!page || !RULE_FILE.test(id.split('?')[0]!)) return null;
      const notes = notesIn(this.parse(code) as unknown as Node);
      if (!notes.length) return null;
      let out = code;
      for (const note of notes.sort((a, b) => b.start - a.start)) {
        // The property and the comma after it.
        const comma = /^\s*,/.exec(out.slice(note.end));
        out = out.slice(0, note.start) + out.slice(note.end + (comma ? comma[0].length : 0));
      }
      return { code: out, map: null };
    },
  };
};
