/**
 * `npm run demo`: opens Debian's Chromium with the built extension on the bundled offline copies
 * of the Salesforce, Gmail, Outreach and pre-signup pages, served on their real host names (the
 * same routing the end-to-end tests use), so a newcomer sees CSM Guide work in one command.
 *
 * Tabs open in the order a CSM meets one clinic (scripts/demo-tour.ts): Account → Opportunity →
 * Customer Onboarding (the sidebar learns the account's profile on the way), then the new
 * Escalation case, the pre-signup form, and the clinic's emails in Gmail and Outreach, recognised
 * from what Salesforce taught. Close the browser window to end the demo.
 *
 *   npm run demo                    # a visible window (needs a display)
 *   npm run demo -- --screenshots   # headless: saves one PNG per page to docs/screenshots/demo/
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_PATH, EXTENSION_DIR, launchBrowser, ROOT } from '../tests/e2e/support/launch';
import { DEMO_ACCOUNT_ID, TOUR } from './demo-tour';

const screenshots = process.argv.includes('--screenshots');
const headless = screenshots || !process.env.DISPLAY;

const fail = (message: string): never => {
  console.error(`demo: ${message}`);
  process.exit(1);
};

if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) fail('no built extension: run `npm run build` (npm run demo does it for you).');
if (!existsSync(CHROMIUM_PATH)) fail(`Chromium not found at ${CHROMIUM_PATH}: \`sudo apt-get install -y chromium\` or set CHROMIUM_PATH.`);
if (!screenshots && !process.env.DISPLAY) console.log('demo: no display found, running headless with screenshots instead.');

// The e2e tests' launcher, as a person would see it: the machine's zone, a window of its own size
// when there is a display, and the sandbox on unless running as root (Chromium refuses it then).
const browser = await launchBrowser({
  extension: EXTENSION_DIR,
  headless,
  viewport: headless ? { width: 1400, height: 900 } : null,
  timeZone: null,
  args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
});
const { context } = browser;

const outDir = path.join(ROOT, 'docs/screenshots/demo');
if (headless) mkdirSync(outDir, { recursive: true });
for (const [index, stop] of TOUR.entries()) {
  const page = index === 0 ? (context.pages()[0] ?? (await context.newPage())) : await context.newPage();
  await page.goto(stop.url);
  const sidebar = page.locator('csm-guide [data-testid="csm-guide-sidebar"]');
  const shown = await sidebar
    .waitFor({ timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
  // The email pages should know the clinic from what the Salesforce pages taught.
  const known =
    shown && stop.recognised
      ? await sidebar
          .and(page.locator(`[data-account-id="${DEMO_ACCOUNT_ID}"]`))
          .waitFor({ timeout: 10_000 })
          .then(() => ' · Sunrise Family Clinic')
          .catch(() => ' · account not recognised')
      : '';
  console.log(`${shown ? '✓' : '·'} ${stop.name.padEnd(12)} ${stop.url}${shown ? known : '  (no sidebar: no fixture page or nothing to check here)'}`);
  if (headless) await page.screenshot({ path: path.join(outDir, `${stop.name}.png`) });
}

if (headless) {
  console.log(`Screenshots in ${path.relative(process.cwd(), outDir)}/`);
} else {
  console.log('Close the browser window to end the demo.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
}
await browser.close();
