/**
 * Playwright fixtures for end-to-end tests of the built extension in Debian's Chromium.
 *
 * - `context`: a persistent context (fresh user-data dir) with .output/chrome-mv3 loaded, headless
 *   (new mode, which runs extensions), every routed host served from tests/fixtures and all other
 *   network aborted.
 * - `page`: the context's first tab.
 * - `extensionId`: read from the extension service worker's URL.
 * Never downloads a browser: CHROMIUM_PATH or /usr/bin/chromium.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import { ROUTED_HOSTS, serveFixture } from './fixture-server';
import { browserEnv, clockOffset, clockShiftSource } from './support/clock';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * The build under test: CSM_GUIDE_EXTENSION_DIR (a copy of a build, e.g. the clock-pinned copy
 * global-setup.ts makes for CSM_TEST_NOW), else .output/chrome-mv3.
 */
export const extensionDir = (): string => (process.env.CSM_GUIDE_EXTENSION_DIR ? path.resolve(process.env.CSM_GUIDE_EXTENSION_DIR) : EXTENSION_DIR);

/** Launch flags for Debian Chromium with the built extension (npm run bench reuses them; drop the two extension flags for a run without it). */
export const CHROMIUM_ARGS = [
  `--disable-extensions-except=${EXTENSION_DIR}`,
  `--load-extension=${EXTENSION_DIR}`,
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A persistent context with the build under test, in the tests' zone (TZ for every browser
 * process: service worker, content scripts, pages) and, when the run is pinned (CSM_TEST_NOW),
 * at the run's instant in every page's own world too (the extension's scripts carry the shift in
 * their pinned build). The one way every spec launches the browser (see support/clock.ts).
 */
export async function launchExtensionContext(userDataDir: string): Promise<BrowserContext> {
  const dir = extensionDir();
  if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`No built extension in ${dir}: run \`npx wxt build\` first.`);
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium or set CHROMIUM_PATH (never a downloaded browser).`);
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    // Headless comes from --headless=new in the args: Playwright's own headless flag would pick
    // a mode without extension support on some Chromium builds.
    headless: false,
    args: CHROMIUM_ARGS.map((arg) => arg.replace(EXTENSION_DIR, dir)),
    viewport: { width: 1400, height: 900 },
    env: browserEnv(),
  });
  if (clockOffset() !== 0) await context.addInitScript({ content: clockShiftSource(clockOffset()) });
  return context;
}

/** Routes every request: fixture hosts to files, everything else aborted (nothing leaves the machine). */
export async function routeFixtures(context: BrowserContext): Promise<void> {
  // Registered first, so it runs last: Playwright tries the most recently added route first.
  // The extension's own pages (dashboard.html, options.html) load their scripts and styles from
  // chrome-extension://, which is not network: those requests must not be aborted.
  await context.route(
    (url) => url.protocol !== 'chrome-extension:',
    (route) => route.abort('blockedbyclient'),
  );
  for (const pattern of ROUTED_HOSTS) {
    await context.route(pattern, async (route) => {
      const { status, contentType, body } = await serveFixture(route.request().url());
      await route.fulfill({ status, contentType, body });
    });
  }
}

export const test = base.extend<{ context: BrowserContext; page: Page; extensionId: string }>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'csm-guide-e2e-'));
    const context = await launchExtensionContext(userDataDir);
    try {
      await routeFixtures(context);
      await use(context);
    } finally {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    }
  },
  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },
  extensionId: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    await use(new URL(worker.url()).host);
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
