/**
 * Chromium for the bench, launched by the e2e tests' launcher (same flags, same fixture routing
 * on the real host names), with or without the built extension, in the machine's zone.
 */
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { EXTENSION_DIR, launchBrowser, type LaunchedBrowser } from '../../tests/e2e/support/launch';

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
