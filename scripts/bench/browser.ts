/**
 * Chromium for the bench, launched by the e2e tests' launcher (same flags, same fixture routing
 * on the real host names), with or without the built extension, in the machine's zone.
 */
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_PATH, EXTENSION_DIR, ISOLATED_ARGS, launchBrowser, routeFixtures, type LaunchedBrowser } from '../../tests/e2e/support/launch';

/**
 * The built extension under test: .output/chrome-mv3, or a copy named by CSM_BENCH_EXTENSION
 * (to compare two builds, or to keep measuring while someone else rebuilds .output).
 */
export const BENCH_EXTENSION_DIR = process.env.CSM_BENCH_EXTENSION ? path.resolve(process.env.CSM_BENCH_EXTENSION) : EXTENSION_DIR;

/** A fresh persistent context (new profile), with the extension loaded or not. */
export const launch = ({ extension }: { extension: boolean }): Promise<LaunchedBrowser> =>
  launchBrowser({ extension: extension ? BENCH_EXTENSION_DIR : null, timeZone: null });

/** The context's first tab. */
export const firstPage = async (context: BrowserContext): Promise<Page> => context.pages()[0] ?? (await context.newPage());

/**
 * The browser started again on a kept profile, as a CSM's browser starts in the morning: the
 * launch flags of tests/e2e/support/launch.ts and its fixture routing, but nothing awaited
 * (not the extension's service worker: a real start does not wait for it either), so the
 * caller's first navigation is the browser's first.
 */
export async function launchKeptProfile(userDataDir: string): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: false,
    args: [
      `--disable-extensions-except=${BENCH_EXTENSION_DIR}`,
      `--load-extension=${BENCH_EXTENSION_DIR}`,
      '--headless=new',
      ...ISOLATED_ARGS,
      // launch.ts's BASE_ARGS: a profile that asks nothing and fetches nothing on its own.
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1400, height: 900 },
  });
  await routeFixtures(context);
  return { context, close: () => context.close() };
}

/** A kept profile with the extension, to be closed and started again by launchKeptProfile. */
export const launchWithProfile = (userDataDir: string): Promise<LaunchedBrowser> =>
  launchBrowser({ extension: BENCH_EXTENSION_DIR, timeZone: null, userDataDir });
