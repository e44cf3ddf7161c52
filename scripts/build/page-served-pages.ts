import type { Plugin } from 'vite';
import { pageBundleSite } from './rule-ast';

/** The module whose flags say which page families the code can meet (lib/core/model/served-pages.ts). */
const isServedPagesModule = (id: string): boolean => /\/lib\/core\/model\/served-pages\.ts$/.test(id.split('?')[0]!);

export interface PageServedPagesOptions {
  /** The page kinds of the site a `csm-app-<site>` bundle is for (lib/sites). */
  kindsOf(site: string): readonly string[] | undefined;
  /** Each flag of served-pages.ts and the page kinds behind it (SERVED_PAGE_FLAGS). */
  flags: Readonly<Record<string, readonly string[]>>;
}

/**
 * A site's page bundle (entrypoints/csm-app-<site>.ts) is built with each flag of
 * lib/core/model/served-pages.ts set to whether the site has a page of its kinds: the Salesforce
 * sidebar never meets a compose window, so `COMPOSE_PAGES` is false there and the bundler drops
 * the email checks behind it (≈ 2 kB gzipped of the Salesforce and MedTrainer bundles; issue 25).
 * The worker, the extension pages and the unit tests (built without this plugin) keep every flag
 * true. A flag this cannot find as `export const NAME: boolean = true;` fails the build: the
 * saving must not go silently.
 */
export const pageServedPages = ({ kindsOf, flags }: PageServedPagesOptions): Plugin => {
  let kinds: readonly string[] | undefined;
  return {
    name: 'csm-page-served-pages',
    // On the TypeScript source (before the type annotation is compiled away), as the file reads.
    enforce: 'pre',
    buildStart(options) {
      const site = pageBundleSite(options.input);
      kinds = site === null ? undefined : kindsOf(site);
    },
    transform(code, id) {
      if (!kinds || !isServedPagesModule(id)) return null;
      let out = code;
      for (const [name, flagKinds] of Object.entries(flags)) {
        const declaration = new RegExp(`export const ${name}: boolean = true;`);
        if (!declaration.test(out)) this.error(`${name} is not declared as \`export const ${name}: boolean = true;\` in ${id}`);
        const served = flagKinds.some((kind) => kinds!.includes(kind));
        if (!served) out = out.replace(declaration, `export const ${name}: boolean = false;`);
      }
      return { code: out, map: null };
    },
  };
};
