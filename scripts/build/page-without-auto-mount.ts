import type { Plugin } from 'vite';
import { pageBundleSite } from './rule-ast';

/** The package WXT's content-script UI helpers import for `ui.autoMount()` only. */
const WAIT_ELEMENT = /^@1natsu\/wait-element(\/detectors)?$/;
const STUB = '\0csm-no-auto-mount';

/** What `ui.autoMount()` would meet in a page bundle: it is never called there, and says so if it ever is. */
export const AUTO_MOUNT_MISSING = 'autoMount is left out of CSM Guide’s page bundles: mount the UI with ui.mount()';

/**
 * The page bundles (entrypoints/csm-app-<site>.ts) leave out `@1natsu/wait-element` and the two
 * packages it brings (many-keys-map, defu): WXT's shadow-root UI helper imports it for its
 * `autoMount()` alone, which watches the page for an anchor element to come and go. The sidebar
 * mounts itself once with `ui.mount()` (components/sidebar/mount-sidebar.tsx) and never calls
 * autoMount (tests/unit/build/page-without-auto-mount.test.ts checks the app's code for it), yet
 * the bundler keeps it because it is a property of the object the helper returns: ≈ 1 kB
 * gzipped of each page bundle (issue 25: the app’s own code ≤ 100 kB). In its place, a
 * `waitElement` that rejects, naming this plugin's reason. Other bundles keep the package.
 */
export const pageWithoutAutoMount = (): Plugin => {
  let page = false;
  return {
    name: 'csm-page-without-auto-mount',
    enforce: 'pre',
    buildStart(options) {
      page = pageBundleSite(options.input) !== null;
    },
    resolveId(id) {
      return page && WAIT_ELEMENT.test(id) ? STUB : null;
    },
    load(id) {
      if (id !== STUB) return null;
      const reject = `() => Promise.reject(new Error(${JSON.stringify(AUTO_MOUNT_MISSING)}))`;
      return `export const waitElement = ${reject};\nexport const isExist = () => false;\nexport const isNotExist = () => false;\n`;
    },
  };
};
