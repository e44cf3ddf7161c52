import type { Plugin } from 'vite';
import { isRuleFile, pageBundleSite, propertyNamed, ruleDefinitionIn, type Node } from './rule-ast';

/**
 * The page bundles (entrypoints/csm-app-<site>.ts) leave out each rule's `note`: the SOP sentence
 * the rule follows, quoted, which docs/rules.md, the tests and the extension pages read and the
 * page never does (the sidebar shows a rule's title, help and steps). The notes were ≈ 7.5 kB of
 * each page bundle gzipped (issue 25: the app's own code ≤ 100 kB). Only a rule file's
 * `defineRule({ … note: … })` property goes; the worker, the options page, the dashboard and
 * the unit tests (which build without this plugin) keep every note.
 */
export const pageWithoutRuleNotes = (): Plugin => {
  let page = false;
  return {
    name: 'csm-page-without-rule-notes',
    // After TypeScript is compiled away, so the module parses as JavaScript.
    enforce: 'post',
    buildStart(options) {
      page = pageBundleSite(options.input) !== null;
    },
    transform(code, id) {
      if (!page || !isRuleFile(id)) return null;
      const definition = ruleDefinitionIn(this.parse(code) as unknown as Node);
      const note = definition && propertyNamed(definition, 'note');
      if (!note) return null;
      // The property and the comma after it.
      const comma = /^\s*,/.exec(code.slice(note.end));
      return { code: code.slice(0, note.start) + code.slice(note.end + (comma ? comma[0].length : 0)), map: null };
    },
  };
};
