/**
 * The team audit page (dashboard.html) in the built extension: a lead imports two CSMs' bundles
 * written by the test, filters and searches the table, opens an account, exports CSV and a
 * bundle, and is told why a tampered or newer file cannot be imported.
 */
import { readFile, writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createBundle, serializeBundle } from '../../lib/audit/bundle';
import { parseCsv } from '../../lib/audit/csv';
import { emptyFacts, type AccountProfile, type ProfileFactKey, type ProfileFacts } from '../../lib/core/profile/schema';
import type { ProgressEvent } from '../../lib/core/progress/events';
import { expect, test } from './harness';
import { addBusinessDays, addDays, isoDay, isWeekend, testNow, zonedInstant } from './support/clock';
import { saveScreenshot } from './support/screenshots';
import { BUILTIN_RULE_COUNT } from './support/rules';

// ---- Seed data: dates relative to the day the test runs, so "overdue" stays true. ----
// Days are the CSMs' calendar days (the browser's zone, support/clock.ts), as the dashboard counts them.
const today = isoDay(0);
const dayAgo = (n: number) => addDays(today, -n);
/** `hour` o'clock (Central) on `day`. */
const atDay = (day: string, hour = 15) => zonedInstant(day, hour).toISOString();
/** `hour` o'clock `n` days ago; today's stamps are a few minutes ago instead, never in the future. */
const at = (n: number, hour = 15) => (n === 0 ? new Date(testNow().getTime() - (18 - hour) * 60_000).toISOString() : atDay(dayAgo(n), hour));
/**
 * The day Riverbend stopped answering: two business days before the last business day (so it is
 * in the 10-business-day log, which has no weekend rows, whatever weekday the test runs on).
 */
const riverbendSince = addBusinessDays(isWeekend(today) ? today : addDays(today, 1), -3);
const ORG = 'acme.my.salesforce.com';

interface Seed {
  id: string;
  name: string;
  csm: string;
  segment: 'Digital' | 'Core' | 'Strategic';
  tier: 'Basic' | 'Standard' | 'Premium';
  assigned: number;
  extra?: Partial<Record<ProfileFactKey, unknown>>;
}

const profileOf = (seed: Seed): AccountProfile => {
  const facts = emptyFacts() as Record<ProfileFactKey, unknown>;
  const values: Partial<Record<ProfileFactKey, unknown>> = {
    accountName: seed.name,
    csm: seed.csm,
    csmLeader: 'Lee Park',
    segmentation: seed.segment,
    serviceLevel: seed.tier,
    products: ['Learning', 'Compliance'],
    subtypes: [],
    assignmentDate: dayAgo(seed.assigned),
    ...seed.extra,
  };
  for (const [key, value] of Object.entries(values))
    facts[key as ProfileFactKey] = { known: true, value, source: { kind: 'sf.account' }, observedAt: at(seed.assigned - 1) };
  return { accountId: seed.id, orgHost: ORG, facts: facts as ProfileFacts, updatedAt: at(seed.assigned - 1) };
};

let seq = 0;
const tick = (accountId: string, ruleId: string, by: string, daysAgo: number, done = true): ProgressEvent => ({
  type: 'item',
  id: `${at(daysAgo)}-e2e${String(seq++).padStart(5, '0')}`,
  accountId,
  by,
  at: at(daysAgo),
  ruleId,
  done,
});

const JANE: Seed[] = [
  { id: '001Hs00003KxQ2aIAF', name: 'Lakeside Family Clinic', csm: 'Jane Doe', segment: 'Digital', tier: 'Basic', assigned: 24 },
  { id: '001Hs00003LkP7bIAF', name: 'Harbor Dental Group', csm: 'Jane Doe', segment: 'Digital', tier: 'Standard', assigned: 3 },
  { id: '001Hs00003MnR8cIAF', name: 'Pinecrest Pediatrics', csm: 'Jane Doe', segment: 'Digital', tier: 'Basic', assigned: 40, extra: { obCallCompletedDate: dayAgo(33) } },
  { id: '001Hs00003NpS9dIAF', name: 'Riverbend Urgent Care', csm: 'Jane Doe', segment: 'Digital', tier: 'Standard', assigned: 12 },
];
const SAM: Seed[] = [
  { id: '001Hs00003PqT1eIAF', name: 'Summit Orthopedics', csm: 'Sam Roe', segment: 'Core', tier: 'Premium', assigned: 30, extra: { obCallCompletedDate: dayAgo(20), onboardingCompleted: true } },
  { id: '001Hs00003QrU2fIAF', name: 'Meadowbrook Senior Living', csm: 'Sam Roe', segment: 'Core', tier: 'Standard', assigned: 16 },
  { id: '001Hs00003RsV3gIAF', name: 'Northgate Surgical Center', csm: 'Sam Roe', segment: 'Core', tier: 'Premium', assigned: 8 },
  { id: '001Hs00003StW4hIAF', name: 'Bayview Behavioral Health', csm: 'Kim Lee', segment: 'Strategic', tier: 'Premium', assigned: 45, extra: { obCallCompletedDate: dayAgo(38), onboardingCompleted: true } },
  { id: '001Hs00003TuX5iIAF', name: 'Cedar Hills Home Health', csm: 'Kim Lee', segment: 'Strategic', tier: 'Standard', assigned: 5 },
];
const [lakeside, harbor, pinecrest, riverbend] = JANE.map((s) => s.id) as [string, string, string, string];
const [summit, meadowbrook] = SAM.map((s) => s.id) as [string, string];

const janeEvents: ProgressEvent[] = [
  tick(lakeside, 'OB-PRESENTATION', 'Jane Doe', 22),
  tick(lakeside, 'DG-KYC-COPY', 'Jane Doe', 21),
  tick(harbor, 'OB-SAME-DAY-CALL', 'Jane Doe', 3),
  // The call logged in Outreach the same day (OUT-LOG-TOUCHES), as the SOP asks: nothing overdue.
  tick(harbor, `OUT-LOG-TOUCHES:call:${dayAgo(3)}`, 'Jane Doe', 3),
  tick(harbor, 'DG-CADENCE:welcome-email', 'Jane Doe', 3),
  tick(pinecrest, 'OB-PRESENTATION', 'Jane Doe', 36),
  tick(pinecrest, 'OB-RECAP-EMAIL', 'Jane Doe', 33),
  tick(riverbend, 'OB-PRESENTATION', 'Jane Doe', 10),
  // Riverbend stopped answering a few business days ago: the 10-day log has started.
  { type: 'branch', id: `${atDay(riverbendSince)}-e2ebranch`, accountId: riverbend, by: 'Jane Doe', at: atDay(riverbendSince), branch: 'unresponsive', since: riverbendSince },
  { type: 'contact', id: `${atDay(riverbendSince, 16)}-e2ec1`, accountId: riverbend, by: 'Jane Doe', at: atDay(riverbendSince, 16), day: riverbendSince, channel: 'email', done: true },
  { type: 'contact', id: `${atDay(riverbendSince, 17)}-e2ec2`, accountId: riverbend, by: 'Jane Doe', at: atDay(riverbendSince, 17), day: riverbendSince, channel: 'call', done: true },
];
// Sam's export carries one of Jane's events too (he helped on Lakeside): the import keeps it once.
const samEvents: ProgressEvent[] = [
  janeEvents[0]!,
  tick(lakeside, 'OB-PRESENTATION', 'Sam Roe', 2, false),
  tick(summit, 'OB-PRESENTATION', 'Sam Roe', 28),
  tick(summit, 'OB-RECAP-EMAIL', 'Sam Roe', 20),
  tick(summit, 'OB-RSM-DISCOVERY', 'Sam Roe', 29),
  tick(meadowbrook, 'OB-SAME-DAY-CALL', 'Sam Roe', 16),
  tick(SAM[3]!.id, 'OB-PRESENTATION', 'Kim Lee', 44),
  tick(SAM[3]!.id, 'OB-RECAP-EMAIL', 'Kim Lee', 38),
];

const writeBundles = async (outputPath: (name: string) => string): Promise<[string, string]> => {
  const jane = await createBundle({ events: janeEvents, profiles: JANE.map(profileOf), exporter: { name: 'Jane Doe', initials: 'JD', app: 'CSM Guide e2e' }, now: at(0, 12) });
  const sam = await createBundle({ events: samEvents, profiles: SAM.map(profileOf), exporter: { name: 'Sam Roe', initials: 'SR', app: 'CSM Guide e2e' }, now: at(0, 13) });
  const files: [string, string] = [outputPath('csm-guide-export-jd.json'), outputPath('csm-guide-export-sr.json')];
  await writeFile(files[0], serializeBundle(jane));
  await writeFile(files[1], serializeBundle(sam));
  return files;
};

const openDashboard = async (page: Page, extensionId: string) => {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await expect(page.getByRole('heading', { level: 1, name: 'Team audit' })).toBeVisible();
  await expect(page.getByTestId('audit-count')).not.toHaveText('Loading…');
};

const importFiles = async (page: Page, files: string[]) => {
  await page.getByRole('button', { name: 'Import bundles…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import bundles' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(/Export files from your team/).setInputFiles(files);
  return dialog;
};

const rows = (page: Page) => page.locator('[data-testid="audit-table"] tbody tr.audit-row');
const seriousViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test('a lead imports two bundles, filters and searches the table, and audits an account', async ({ page, extensionId }, testInfo) => {
  // Three times the usual budget: two imports, three axe scans and a full-page screenshot (about
  // 20 s on 2 idle cores, 40 s beside another job).
  test.slow();
  const files = await writeBundles((name) => testInfo.outputPath(name));
  await openDashboard(page, extensionId);
  await expect(page.getByTestId('audit-count')).toHaveText(/No accounts yet/);

  const dialog = await importFiles(page, files);
  await expect(dialog.locator('[data-file="csm-guide-export-jd.json"]')).toContainText('11 checklist events, 4 account profiles, exported by Jane Doe (JD)');
  await expect(dialog.locator('[data-file="csm-guide-export-sr.json"]')).toContainText('8 checklist events, 5 account profiles, exported by Sam Roe (SR)');
  await expect(dialog.getByTestId('import-summary')).toHaveText(
    '18 new checklist events on 7 accounts, 9 accounts new to this browser, 77 profile facts updated; 1 event already here.',
  );
  // The later untick by Sam wins over Jane's tick on Lakeside; the preview says so.
  await expect(dialog.locator(`tr[data-account-id="${lakeside}"]`)).toContainText('Onboarding presentation (OB-PRESENTATION): not checked → not done (Sam Roe');
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Apply import' }).click();
  await expect(dialog.getByTestId('import-result')).toHaveText('Imported 18 checklist changes and updated 9 account profiles.');
  await expect(dialog.getByTestId('import-summary')).toHaveText('Nothing new: everything in these files is already here.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Import bundles…' })).toBeFocused();

  await expect(page.getByTestId('audit-count')).toHaveText('9 accounts shown of 9.');
  await expect(rows(page)).toHaveCount(9);
  await expect(page.locator('[data-testid="csm-chart"] [data-csm]')).toHaveCount(3);

  // Filters: CSM, stage, segment, overdue only; then search by name and by a 15-character ID.
  await page.getByLabel('CSM', { exact: true }).selectOption('Jane Doe');
  await expect(page.getByTestId('audit-count')).toHaveText('4 accounts shown of 9.');
  await page.getByLabel('Overdue only').check();
  // Read once the table shows the filter (rows read right after the click could still be the
  // four before it: seen once in CI at a pinned instant).
  const shownIds = () => rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-account-id')));
  await expect.poll(shownIds).not.toContain(harbor);
  expect(await shownIds()).toContain(lakeside);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByTestId('audit-count')).toHaveText('9 accounts shown of 9.');
  await page.getByLabel('Segment').selectOption('Strategic');
  await expect(rows(page)).toHaveCount(2);
  await page.getByLabel('Segment').selectOption('');
  await page.getByLabel('Stage').selectOption('unresponsive');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toHaveAttribute('data-account-id', riverbend);
  await page.getByLabel('Stage').selectOption('');
  await page.getByLabel('Search').fill('harbor');
  await expect(rows(page)).toHaveCount(1);
  await page.getByLabel('Search').fill(summit.slice(0, 15));
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toHaveAttribute('data-account-id', summit);
  await page.getByLabel('Search').fill('');

  // Sort by name: the header says how the column is sorted.
  await page.getByRole('button', { name: /^Account/ }).click();
  await expect(page.locator('th[aria-sort="ascending"]')).toContainText('Account');
  await expect(rows(page).first()).toHaveAttribute('data-account-id', SAM[3]!.id); // Bayview

  // An account's detail: who did what when, the 10-day log, the Salesforce link; Escape returns focus.
  const open = page.locator(`tr[data-account-id="${riverbend}"] [data-action="open-account"]`);
  await open.click();
  const detail = page.getByRole('dialog', { name: 'Riverbend Urgent Care' });
  await expect(detail).toBeVisible();
  await expect(detail.getByRole('link', { name: /Open Riverbend Urgent Care in Salesforce/ })).toHaveAttribute(
    'href',
    `https://${ORG}/lightning/r/Account/${riverbend}/view`,
  );
  await expect(detail.getByRole('heading', { name: '10-day contact log' })).toBeVisible();
  await expect(detail.locator(`tr[data-day="${riverbendSince}"]`)).toContainText('Jane Doe');
  await expect(detail.getByTestId('timeline').locator('li')).toHaveCount(4);
  await expect(detail.getByTestId('timeline')).toContainText('Set the account to Unresponsive');
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();
  await expect(open).toBeFocused();

  // Lakeside's timeline keeps both edits: Jane's tick (replaced) and Sam's later untick.
  await page.locator(`tr[data-account-id="${lakeside}"] [data-action="open-account"]`).click();
  const lakesideDetail = page.getByRole('dialog', { name: 'Lakeside Family Clinic' });
  await expect(lakesideDetail.locator('.detail-timeline__old')).toContainText('Jane Doe');
  await expect(lakesideDetail.locator('tr[data-rule="OB-PRESENTATION"]')).toHaveAttribute('data-state', 'todo');
  await lakesideDetail.getByRole('button', { name: 'Close' }).click();

  expect(await seriousViolations(page)).toEqual([]);
  await saveScreenshot(page, 'dashboard.png', { fullPage: true });
});

test('exports the shown accounts as CSV and everything as a bundle that imports back as nothing new', async ({ page, extensionId }, testInfo) => {
  const files = await writeBundles((name) => testInfo.outputPath(name));
  await openDashboard(page, extensionId);
  const dialog = await importFiles(page, files);
  await dialog.getByRole('button', { name: 'Apply import' }).click();
  await expect(dialog.getByTestId('import-result')).toHaveText(/^Imported 18/);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByLabel('CSM', { exact: true }).selectOption('Sam Roe');
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Export CSV \(3 accounts shown\)/ }).click()]);
  expect(csvDownload.suggestedFilename()).toMatch(/^csm-guide-audit-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile(await csvDownload.path())).toString('utf8');
  expect(csv.startsWith('\uFEFFAccount ID,Account name,CSM,')).toBe(true);
  const [header, ...records] = parseCsv(csv.slice(1));
  expect(header).toHaveLength(17 + BUILTIN_RULE_COUNT);
  expect(records.map((r) => r[2])).toEqual(['Sam Roe', 'Sam Roe', 'Sam Roe']);
  const summitRow = records.find((r) => r[0] === summit)!;
  expect(summitRow[1]).toBe('Summit Orthopedics');
  expect(summitRow[header!.indexOf('OB-PRESENTATION')]).toBe('done');
  expect(summitRow[header!.indexOf('Salesforce record')]).toBe(`https://${ORG}/lightning/r/Account/${summit}/view`);
  // Imported from bundles, never through team sync: the typed name, said to be only that.
  expect(summitRow[header!.indexOf('Last activity author')]).toBe('display name only (not through team sync)');
  expect(summitRow[header!.indexOf('Last activity by')]).toBe(summitRow[header!.indexOf('Last activity display name')]);

  const [bundleDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export bundle (JSON)' }).click()]);
  expect(bundleDownload.suggestedFilename()).toMatch(/^csm-guide-export-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = testInfo.outputPath('exported.json');
  await bundleDownload.saveAs(exported);
  const bundle = JSON.parse(await readFile(exported, 'utf8'));
  expect(bundle).toMatchObject({ format: 'csm-guide-bundle', schemaVersion: 2, checksum: { algorithm: 'SHA-256' } });
  expect(bundle.content.events).toHaveLength(18);
  expect(bundle.content.profiles).toHaveLength(9);

  const again = await importFiles(page, [exported]);
  await expect(again.getByTestId('import-summary')).toHaveText('Nothing new: everything in this file is already here.');
  await expect(again.getByRole('button', { name: 'Apply import' })).toHaveAttribute('aria-disabled', 'true');
});

test('a tampered, a truncated and a newer-format file are refused, each with its reason', async ({ page, extensionId }, testInfo) => {
  const [janeFile] = await writeBundles((name) => testInfo.outputPath(name));
  const text = await readFile(janeFile, 'utf8');
  const tampered = testInfo.outputPath('tampered.json');
  await writeFile(tampered, text.replace('"Lakeside Family Clinic"', '"Lakeside Family Clinic (edited)"'));
  const truncated = testInfo.outputPath('truncated.json');
  await writeFile(truncated, text.slice(0, Math.floor(text.length / 2)));
  const newer = testInfo.outputPath('newer.json');
  await writeFile(newer, JSON.stringify({ ...JSON.parse(text), schemaVersion: 9 }));

  await openDashboard(page, extensionId);
  const dialog = await importFiles(page, [tampered, truncated, newer]);
  await expect(dialog.locator('[data-file="tampered.json"]')).toContainText('The checksum does not match: the file was changed or cut short after it was exported.');
  await expect(dialog.locator('[data-file="truncated.json"]')).toContainText('This file is not complete JSON');
  await expect(dialog.locator('[data-file="newer.json"]')).toContainText('exported by a newer CSM Guide (export format version 9');
  await expect(dialog.getByTestId('import-preview')).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
});
