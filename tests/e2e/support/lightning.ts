/**
 * The Salesforce and pre-signup fixture pages at their real URLs (tests/fixtures/urls.ts), with
 * the Lightning simulator's test overrides (tests/fixtures/salesforce/sim-overrides.js):
 * `?sim-set=<Label>:<value>` before rendering, `setField` afterwards, dates relative to today.
 */
import { expect, type Page } from '@playwright/test';
import { FIXTURE_URLS } from '../../fixtures/urls';

const rowUrl = (file: string, urlPart = ''): string => {
  const row = FIXTURE_URLS.find((r) => r.file === file && r.url.includes(urlPart));
  if (!row) throw new Error(`no catalogue row serves ${file} ${urlPart}`);
  return row.url;
};

/** Catalogue URLs by what they show. */
export const URLS = {
  account: rowUrl('salesforce/account.html'),
  accountLakeside: rowUrl('salesforce/account-lakeside.html'),
  opportunity: rowUrl('salesforce/opportunity.html'),
  opportunityNative: rowUrl('salesforce/opportunity-native.html'),
  onboarding: rowUrl('salesforce/onboarding.html'),
  onboardingLate: rowUrl('salesforce/onboarding-late.html'),
  onboardingRenamed: rowUrl('salesforce/onboarding-renamed.html'),
  escalationCase: rowUrl('salesforce/case-escalation.html'),
  newEscalation: rowUrl('salesforce/case-new.html', 'recordTypeId=012Hs000000Esc1'),
  newCustomerSuccess: rowUrl('salesforce/case-new.html', 'recordTypeId=012Hs000000CuS2'),
  newCaseChooser: rowUrl('salesforce/case-new.html', 'new?count=1'),
  caseEdit: rowUrl('salesforce/case-edit.html'),
  presignup: rowUrl('medtrainer/presignup.html'),
} as const;

/** The ids the fixtures use (tests/fixtures/salesforce/records.js). */
export const SUNRISE_ID = '001Hs00003KxQ2aIAF';
export const LAKESIDE_ID = '001Hs00003LkP7bIAF';

export interface SimOptions {
  /** Field label → value as Lightning shows it ({today-3} tokens allowed; '' = empty). */
  set?: Record<string, string>;
  shadow?: 'synthetic' | 'native';
  delay?: number;
}

/** A catalogue URL with simulator overrides in its query (the fixture server ignores the query). */
export function sim(url: string, options: SimOptions = {}): string {
  const out = new URL(url);
  for (const [label, value] of Object.entries(options.set ?? {})) out.searchParams.append('sim-set', `${label}:${value}`);
  if (options.shadow) out.searchParams.set('sim-shadow', options.shadow);
  if (options.delay !== undefined) out.searchParams.set('sim-delay', String(options.delay));
  return out.href;
}

/** Opens a Lightning fixture and waits until the simulator rendered it (no sim-set typo allowed). */
export async function openLightning(page: Page, url: string, options: SimOptions = {}): Promise<void> {
  await page.goto(sim(url, options));
  await expect(page.locator('body')).toHaveAttribute('data-sim-state', 'ready');
  expect(await page.locator('body').getAttribute('data-sim-error')).toBeNull();
}

/**
 * Changes a field the way Lightning re-renders it after an inline edit was saved (in a form:
 * after the user picked a value). Runs in the page's own world, where the simulator lives.
 */
export async function setField(page: Page, label: string, value: string): Promise<void> {
  const found = await page.evaluate(
    ([l, v]) => (window as unknown as { __lightningSim: { setField(l: string, v: string): boolean } }).__lightningSim.setField(l!, v!),
    [label, value],
  );
  expect(found, `the page shows a field labelled "${label}"`).toBe(true);
}

/** How often the fixture's Save button was clicked (the extension must never click it). */
export const saveClicks = async (page: Page): Promise<number> => Number((await page.locator('body').getAttribute('data-sim-save-clicks')) ?? 0);

// Calendar days in the tests' zone (the browser's), on the run's clock: see clock.ts.
export { addBusinessDays, dueDay, isoDay, isWeekend, shownDay } from './clock';
