/**
 * Playwright fixtures for end-to-end tests of the built extension in Debian's Chromium.
 *
 * - `context`: a fresh browser with the build under test, launched by support/launch.ts (headless,
 *   in the tests' zone, every routed host served from tests/fixtures, all other network aborted).
 * - `page`: the context's first tab.
 * - `extensionId`: read from the extension service worker's URL.
 */
import path from 'node:path';
import { expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import { launchBrowser, ROOT, serviceWorker } from './support/launch';

export { CHROMIUM_PATH, EXTENSION_DIR, extensionDir, ROOT, routeFixtures } from './support/launch';

export const test = base.extend<{ context: BrowserContext; page: Page; extensionId: string }>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const browser = await launchBrowser();
    try {
      await use(browser.context);
    } finally {
      await browser.close();
    }
  },
  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },
  extensionId: async ({ context }, use) => {
    await use(new URL((await serviceWorker(context)).url()).host);
  },
});

/**
 * Bundles a lib module (e.g. lib/sites/salesforce/adapter.ts) into an IIFE that sets
 * `window[globalName]`, and adds it to the page. Lets end-to-end tests run adapter code against
 * fixture pages in the real browser before any extension UI exists. Builds are cached per entry.
 */
const bundles = new Map<string, Promise<string>>();
export async function injectModule(page: Page, entry: string, globalName: string): Promise<void> {
  const key = `${entry}#${globalName}`;
  let code = bundles.get(key);
  if (!code) {
    code = (async () => {
      const { build } = await import('vite');
      const result = await build({
        configFile: false,
        logLevel: 'silent',
        root: ROOT,
        build: {
          write: false,
          minify: false,
          lib: { entry: path.resolve(ROOT, entry), formats: ['iife'], name: globalName, fileName: () => 'bundle.js' },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]) as Array<{ output: Array<{ type: string; code?: string }> }>;
      const chunk = outputs[0]?.output.find((o) => o.type === 'chunk');
      if (!chunk?.code) throw new Error(`could not bundle ${entry}`);
      return chunk.code;
    })();
    bundles.set(key, code);
  }
  await page.addScriptTag({ content: await code });
}

export { expect };
