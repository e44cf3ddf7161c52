/**
 * Helpers for the Gmail and Outreach end-to-end specs: accounts seeded into the extension's
 * storage (in the stored shape, through its service worker), the sidebar's test hooks, and a
 * watch on page errors. Host markup stays in the fixtures (gmail-sim.js) and the adapters; these
 * helpers only name the sidebar's test hooks and the fixture files.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { Product, Segment, ServiceLevel, Subtype } from '../../../lib/core/model/vocab';
import type { PageKind } from '../../../lib/core/model/page-kind';
import type { AccountProfile, ProfileFactKey, ProfileFacts } from '../../../lib/core/profile/schema';
import { GMAIL_FIXTURE_URLS } from '../../fixtures/gmail/urls';
import { OUTREACH_FIXTURE_URLS } from '../../fixtures/outreach/urls';
import { serviceWorker } from './launch';

// ── Accounts ─────────────────────────────────────────────────────────────────────────────────────

/** The accounts the fixtures write to (ids are fake but well-formed 18-character Account IDs). */
export const SUNRISE = {
  accountId: '001Hs00003KxQ2aIAF',
  name: 'Sunrise Family Clinic',
  contact: 'jane.doe@sunrisefamilyclinic.com',
} as const;
export const LAKESIDE = {
  accountId: '001Hs00003LkP7bIAF',
  name: 'Lakeside Dental',
  contact: 'sam.ortiz@lakesidedental.com',
} as const;

export interface ProfileSeed {
  accountId: string;
  name?: string;
  /** Primary contact email (what recipients are matched against). */
  contact?: string;
  /** Service level; `null` = read and empty; left out = never seen (unknown). */
  level?: ServiceLevel | null;
  products?: Product[];
  segment?: Segment;
  subtypes?: Subtype[];
  userCount?: number;
  mrr?: number;
  /** YYYY-MM-DD. */
  assignmentDate?: string;
  obCallCompletedDate?: string;
}

const OBSERVED_AT = '2026-11-20T15:00:00.000Z';

/**
 * An account profile in the stored shape (lib/core/profile/schema.ts): each given fact known, with
 * the Salesforce page it is learned on as its source; every other fact unknown.
 */
export function buildProfile(seed: ProfileSeed): AccountProfile {
  const facts: Partial<Record<ProfileFactKey, unknown>> = {};
  const known = (key: ProfileFactKey, value: unknown, kind: PageKind) => {
    if (value !== undefined) facts[key] = { known: true, value, source: { kind, recordId: seed.accountId }, observedAt: OBSERVED_AT };
  };
  known('accountName', seed.name, 'sf.account');
  known('primaryContactEmail', seed.contact, 'sf.opportunity');
  known('serviceLevel', seed.level, 'sf.opportunity');
  known('products', seed.products, 'sf.opportunity');
  known('segmentation', seed.segment, 'sf.account');
  known('subtypes', seed.subtypes, 'sf.account');
  known('userCount', seed.userCount, 'sf.opportunity');
  known('mrr', seed.mrr, 'sf.opportunity');
  known('assignmentDate', seed.assignmentDate, 'sf.onboarding');
  known('obCallCompletedDate', seed.obCallCompletedDate, 'sf.onboarding');
  return { accountId: seed.accountId, facts: facts as ProfileFacts, updatedAt: OBSERVED_AT };
}

/** The tier/product combinations OB-ROSTERS distinguishes, as profile seeds for one account. */
export const sunriseWith = (level: ServiceLevel | undefined, products: Product[], extra: Partial<ProfileSeed> = {}): ProfileSeed => ({
  accountId: SUNRISE.accountId,
  name: SUNRISE.name,
  contact: SUNRISE.contact,
  ...(level ? { level } : {}),
  products,
  segment: 'Digital',
  subtypes: [],
  ...extra,
});

/**
 * Writes `local:profiles` (and clears `local:threads`) the way the background's writer stores
 * them: WXT keeps the value under the bare key and its version under `<key>$`.
 */
export async function seedProfiles(context: BrowserContext, seeds: ProfileSeed[]): Promise<void> {
  const profiles = Object.fromEntries(seeds.map((s) => [s.accountId, buildProfile(s)]));
  const worker = await serviceWorker(context);
  await worker.evaluate(async (value) => {
    const chrome = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome;
    await chrome.storage.local.set({ profiles: value, profiles$: { v: 1 }, threads: {}, threads$: { v: 1 } });
  }, profiles);
}

/** What the background stored as the CSM's choices per thread (`local:threads`). */
export async function storedThreads(context: BrowserContext): Promise<Record<string, { accountId?: string; kind?: string }>> {
  const worker = await serviceWorker(context);
  return worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome;
    return ((await chrome.storage.local.get('threads')).threads ?? {}) as Record<string, { accountId?: string; kind?: string }>;
  });
}

// ── Pages ────────────────────────────────────────────────────────────────────────────────────────

/** The catalogue URL a Gmail or Outreach fixture file is served at. */
export function urlOf(file: string): string {
  const row = [...GMAIL_FIXTURE_URLS, ...OUTREACH_FIXTURE_URLS].find((r) => r.file === file);
  if (!row) throw new Error(`no catalogue row serves ${file}`);
  return row.url;
}

export { watchErrors } from './errors';

// ── Sidebar hooks (the sidebar's test hooks) ──────────────────────────────────────────

export { sidebar as sidebarOf, rule as ruleOf, action as actionOf } from './sidebar';
import { sidebar as sidebarOf } from './sidebar';
export const messageOf = (rule: Locator): Locator => rule.locator('.csm-item__message');
/** The compose picker's select boxes, by their visible labels. */
export const accountPicker = (page: Page): Locator => sidebarOf(page).getByLabel('Account this email is for');
export const emailKindPicker = (page: Page): Locator => sidebarOf(page).getByLabel(/^This email is/);

// ── Acting on the fixture pages as a CSM would (roles and accessible names only) ───────────────

/** A Gmail compose by its region name (the subject, "New Message" or "Reply"). */
export const gmailCompose = (page: Page, name: string | RegExp): Locator => page.getByRole('region', { name, exact: true });
export const messageBody = (compose: Locator): Locator => compose.getByRole('textbox', { name: 'Message Body' });

/** A Gmail attachment chip, by the file name its accessible name announces. */
export const gmailAttachment = (compose: Locator, file: string): Locator => compose.locator(`[aria-label^="Attachment: ${file}."]`);

/** Removes a Gmail attachment chip with its "Remove attachment" button, as a CSM clicks it. */
export async function removeGmailAttachment(compose: Locator, file: string): Promise<void> {
  await gmailAttachment(compose, file).getByRole('button', { name: 'Remove attachment' }).click();
}

/** Attaches files through Gmail's "Attach files" button and the system file chooser. */
export async function attachGmailFiles(page: Page, compose: Locator, files: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await compose.getByRole('button', { name: 'Attach files' }).click();
  await (await chooser).setFiles(files.map((name) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4 ${name}`) })));
}

/** Puts the caret at the end of the line (a block of the body) holding `text`. */
export async function caretAfter(page: Page, body: Locator, text: string): Promise<void> {
  await body.getByText(text, { exact: true }).click();
  await page.keyboard.press('End');
}

/** Puts the caret at the start of the line (a block of the body) holding `text`. */
export async function caretBefore(page: Page, body: Locator, text: string): Promise<void> {
  await body.getByText(text, { exact: true }).click();
  await page.keyboard.press('Home');
}

/**
 * Selects the body's lines from the block holding `first` to the block holding `last` (as a
 * drag over them would; lines may wrap or run under the sidebar, so no coordinates), then
 * deletes them with Backspace, through the editor's own handling and undo history.
 */
export async function deleteLines(page: Page, body: Locator, first: string, last = first): Promise<void> {
  await body.evaluate(
    (editor, [from, to]) => {
      const blocks = Array.from(editor.querySelectorAll('div, li'));
      const innermost = (text: string) => {
        const holding = blocks.filter((b) => (b.textContent ?? '').includes(text));
        const found = holding.find((b) => !holding.some((other) => other !== b && b.contains(other)));
        if (!found) throw new Error(`no line holds "${text}"`);
        return found;
      };
      (editor as HTMLElement).focus();
      const end = innermost(to);
      window.getSelection()!.setBaseAndExtent(innermost(from), 0, end, end.childNodes.length);
    },
    [first, last] as const,
  );
  await page.keyboard.press('Backspace');
}

/** The text a body shows, line by line (what the CSM reads). */
export const bodyText = (body: Locator): Promise<string> => body.evaluate((el) => (el as HTMLElement).innerText);
