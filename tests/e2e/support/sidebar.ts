/**
 * The sidebar's test hooks (the sidebar's test hooks): the `<csm-guide>` host, its root
 * `[data-testid=csm-guide-sidebar]` with `data-page-kind`/`data-account-id`, rules by `data-rule`
 * with `data-state`, actions by `data-action`, notices by `data-notice`. Playwright locators pierce
 * the open shadow root.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { ItemState } from '../../../lib/core/model/vocab';

export const sidebar = (page: Page): Locator => page.locator('csm-guide [data-testid="csm-guide-sidebar"]');
export const rule = (page: Page, ruleId: string): Locator => sidebar(page).locator(`[data-rule="${ruleId}"]`);
/** The item's own message (not its details or help). */
export const ruleMessage = (page: Page, ruleId: string): Locator => rule(page, ruleId).locator('.csm-item__message');
export const action = (page: Page, ruleId: string, verb: string): Locator => rule(page, ruleId).locator(`[data-action="${verb}"]`);
export const notice = (page: Page, id: string): Locator => sidebar(page).locator(`[data-notice="${id}"]`);

/** The sidebar shows `kind` (and, when given, the account) — waits for it. */
export async function expectPage(page: Page, kind: string, accountId?: string): Promise<void> {
  await expect(sidebar(page)).toHaveAttribute('data-page-kind', kind);
  if (accountId) await expect(sidebar(page)).toHaveAttribute('data-account-id', accountId);
}

/** A rule shows `state`; `says` must be in its message (a flag names its field). */
export async function expectRule(page: Page, ruleId: string, state: ItemState | RegExp, says?: string | RegExp): Promise<void> {
  await expect(rule(page, ruleId)).toHaveAttribute('data-state', state);
  if (says !== undefined) await expect(ruleMessage(page, ruleId)).toContainText(says);
}

/** What has focus inside the sidebar's shadow root (null when focus left it). */
export const focusedInGuide = (page: Page): Promise<string | null> =>
  page.evaluate(() => {
    const el = document.querySelector('csm-guide')?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    if (!el) return null;
    return el.getAttribute('data-action') ?? el.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.textContent?.trim() ?? el.localName;
  });

/** How many `<csm-guide>` hosts the page has (exactly one, never duplicated by re-renders). */
export const hostCount = (page: Page): Promise<number> => page.locator('csm-guide').count();

/**
 * Picks an option of one of the sidebar's selects as a person does, with the keyboard: opens the
 * list, moves to the option and presses Enter — one trusted `input` and `change`. Playwright's
 * `selectOption` sets the value from script, and the sidebar ignores script-made events: a page
 * could send the same ones (issue 14). Callers assert the outcome (the select is controlled: it
 * shows the choice once it is stored).
 */
export async function chooseOption(select: Locator, option: string | { label: string }): Promise<void> {
  const { from, to } = await select.evaluate((el, wanted) => {
    const options = [...(el as HTMLSelectElement).options];
    const index = options.findIndex((o) => (typeof wanted === 'string' ? o.value === wanted : o.label === wanted.label || o.textContent?.trim() === wanted.label));
    return { from: (el as HTMLSelectElement).selectedIndex, to: index };
  }, option);
  if (to < 0) throw new Error(`no option ${JSON.stringify(option)} in the select`);
  if (to === from) return;
  const keyboard = select.page().keyboard;
  await select.focus();
  await select.press('Alt+ArrowDown');
  for (let i = from; i !== to; i += to > from ? 1 : -1) await keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
  await keyboard.press('Enter');
}
