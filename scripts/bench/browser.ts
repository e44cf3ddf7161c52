/**
 * Chromium for the bench, launched exactly as the e2e harness launches it (same flags, same
 * fixture routing on the real host names), with or without the built extension.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, EXTENSION_DIR, routeFixtures } from '../../tests/e2e/harness';

/**
 * The built extension under test: .output/chrome-mv3, or a copy named by CSM_BENCH_EXTENSION
 * (to compare two builds, or to keep measuring while someone else rebuilds .output).
 */
export const BENCH_EXTENSION_DIR = process.env.CSM_BENCH_EXTENSION ? path.resolve(process.env.CSM_BENCH_EXTENSION) : EXTENSION_DIR;

export interface BenchBrowser {
  context: BrowserContext;
  /** The extension's service worker (null without the extension). */
  worker: Worker | null;
  close(): Promise<void>;
}

const EXTENSION_FLAGS = ['--disable-extensions-except=', '--load-extension='];

/** A fresh persistent context (new profile), with the extension loaded or not. */
export async function launch({ extension }: { extension: boolean }): Promise<BenchBrowser> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), `csm-guide-bench-${extension ? 'ext' : 'bare'}-`));
  const args = extension
    ? CHROMIUM_ARGS.map((arg) => arg.replace(EXTENSION_DIR, BENCH_EXTENSION_DIR))
    : CHROMIUM_ARGS.filter((arg) => !EXTENSION_FLAGS.some((flag) => arg.startsWith(flag)));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: false, // --headless=new is in the args (see harness.ts)
    args,
    viewport: { width: 1400, height: 900 },
  });
  await routeFixtures(context);
  const worker = extension
    ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 })))
    : null;
  return {
    context,
    worker,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The context's first tab. */
export const firstPage = async (context: BrowserContext): Promise<Page> => context.pages()[0] ?? (await context.newPage());
