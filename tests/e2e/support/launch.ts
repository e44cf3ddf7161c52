/**
 * The one way Chromium is launched with the built extension: by the end-to-end specs (harness.ts
 * and support/), `npm run demo` and `npm run bench`. A persistent context (extensions need one)
 * in Debian's Chromium — never a downloaded browser — with every routed host served from
 * tests/fixtures and all other network aborted, the extension's service worker awaited and its
 * id read from the worker's URL. The callers differ only in the options below.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { ROUTED_HOSTS, serveFixture } from '../fixture-server';
import { browserEnv, clockOffset, clockShiftSource, TEST_ZONE } from './clock';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * The build under test: CSM_GUIDE_EXTENSION_DIR (a copy of a build, e.g. the clock-pinned copy
 * global-setup.ts makes for CSM_TEST_NOW), else .output/chrome-mv3.
 */
export const extensionDir = (): string => (process.env.CSM_GUIDE_EXTENSION_DIR ? path.resolve(process.env.CSM_GUIDE_EXTENSION_DIR) : EXTENSION_DIR);

/** Flags of every launch: a fresh profile that asks nothing and fetches nothing on its own. */
const BASE_ARGS = ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/**
 * The tests' and the bench's extra flags: no sandbox (CI containers run as root), no GPU, and no
 * QUIC, so every request goes through Playwright's routing.
 */
export const ISOLATED_ARGS: readonly string[] = ['--no-sandbox', '--disable-gpu', '--disable-quic'];

export interface LaunchOptions {
  /** The unpacked build to load: the build under test unless given; null = none (the bench's bare baseline). */
  extension?: string | null;
  /** Chromium's new headless mode, which runs extensions (default true). */
  headless?: boolean;
  /** Default 1400×900; null = the window's own size (a visible demo). */
  viewport?: { width: number; height: number } | null;
  /** The zone (TZ) of every browser process: the tests' zone unless given; null = the machine's. */
  timeZone?: string | null;
  /** Default: a fresh profile in the temp dir, deleted on close. */
  userDataDir?: string;
  /** Flags besides the extension, headless and BASE_ARGS ones (default ISOLATED_ARGS). */
  args?: readonly string[];
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** The extension's service worker (null without the extension). */
  worker: Worker | null;
  /** The extension's id, from its worker's URL (null without the extension). */
  extensionId: string | null;
  /** Closes the browser and deletes the profile it made (a given userDataDir is kept). */
  close(): Promise<void>;
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const extension = options.extension === undefined ? extensionDir() : options.extension;
  if (extension && !existsSync(path.join(extension, 'manifest.json'))) throw new Error(`No built extension in ${extension}: run \`npx wxt build\` first.`);
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium or set CHROMIUM_PATH (never a downloaded browser).`);
  const ownDir = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'csm-guide-e2e-')));
  const timeZone = options.timeZone === undefined ? TEST_ZONE : options.timeZone;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    // Headless comes from --headless=new in the args: Playwright's own headless flag would pick
    // a mode without extension support on some Chromium builds.
    headless: false,
    args: [
      ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
      ...(options.headless === false ? [] : ['--headless=new']),
      ...(options.args ?? ISOLATED_ARGS),
      ...BASE_ARGS,
    ],
    viewport: options.viewport === undefined ? { width: 1400, height: 900 } : options.viewport,
    ...(timeZone ? { env: { ...browserEnv(), TZ: timeZone } } : {}),
  });
  // A run pinned at an instant (CSM_TEST_NOW) shows it in every page's own world too; the
  // extension's scripts carry the shift in their pinned build (support/clock.ts).
  if (clockOffset() !== 0) await context.addInitScript({ content: clockShiftSource(clockOffset()) });
  const close = async () => {
    await context.close();
    if (ownDir) await rm(userDataDir, { recursive: true, force: true });
  };
  try {
    await routeFixtures(context);
    const worker = extension ? await serviceWorker(context) : null;
    return { context, worker, extensionId: worker ? new URL(worker.url()).host : null, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The extension's service worker, once it has started. */
export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
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
