/**
 * End-to-end tests: the built extension (.output/chrome-mv3) in Debian's Chromium, fixture pages
 * served on the real host names (see harness.ts). Run: npx wxt build && npx playwright test -c tests/e2e/playwright.config.ts
 */
import { defineConfig } from '@playwright/test';

// Belt and braces: nothing in this project may fetch a browser.
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts$/,
  outputDir: './artifacts',
  workers: 1,
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
