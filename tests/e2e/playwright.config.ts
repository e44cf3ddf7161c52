/**
 * End-to-end tests: the built extension (.output/chrome-mv3) in Debian's Chromium, fixture pages
 * served on the real host names (see harness.ts). Run: npx wxt build && npx playwright test -c tests/e2e/playwright.config.ts
 *
 * Time and zone (support/clock.ts): Node and every browser run in America/Chicago;
 * CSM_TEST_NOW=<ISO instant> pins the run's clock for both (npm run test:e2e:instants).
 */
import { defineConfig } from '@playwright/test';
import { pinRunClock, TEST_ZONE } from './support/clock';

// Belt and braces: nothing in this project may fetch a browser.
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
// This file is loaded by the runner and by every worker: all of them in the tests' zone, on the run's clock.
process.env.TZ = TEST_ZONE;
pinRunClock();

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts$/,
  outputDir: './artifacts',
  globalSetup: './support/global-setup.ts',
  // Spec files are independent (each launches its own browser profile, nothing binds a port or
  // shares a directory): two at a time, one per core. Tests inside a file stay in order, as they
  // share that file's browser. CSM_E2E_WORKERS overrides (e.g. 1 to debug).
  workers: Number(process.env.CSM_E2E_WORKERS ?? 2),
  // No retries: a test that only passes on a second try is a failure to look at, not to hide.
  retries: 0,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
