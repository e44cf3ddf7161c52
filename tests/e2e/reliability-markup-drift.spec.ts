/**
 * Host markup drift is reported, never thrown. Salesforce admins rename labels, layouts drop
 * fields, and Lightning replaces nodes while the extension is reading them. Each case ends with
 * the sidebar saying what it "can't read" (or still showing the record), and no exception or
 * console error in the tab — page world or the extension's world — or in the service worker.
 * (Gmail drift: gmail-drift.spec.ts.)
 */
import { expect, test, type Page } from '@playwright/test';
import { launchSession, noticeOf, openRecord, ruleOf, sidebarOf, SUNRISE_ID, URLS, watchErrors, type Session } from './reliability-support';

test.describe.configure({ mode: 'serial' });

let s: Session;
test.beforeAll(async () => {
  s = await launchSession();
});
test.afterAll(async () => {
  await s?.close();
});

/** Removes the layout items with these labels, in either shadow mode (runs in the page). */
const removeFields = (page: Page, labels: string[]) =>
  page.evaluate((wanted) => {
    const walk = (root: ParentNode, out: Element[] = []): Element[] => {
      for (const el of Array.from(root.children)) {
        out.push(el);
        if (el.shadowRoot) walk(el.shadowRoot, out);
        walk(el, out);
      }
      return out;
    };
    let removed = 0;
    for (const el of walk(document.body))
      if (el.localName === 'records-record-layout-item' && wanted.includes(el.getAttribute('field-label') ?? '')) {
        el.remove();
        removed++;
      }
    return removed;
  }, labels);

test('renamed labels: the sidebar names the labels it cannot find, and nothing throws', async () => {
  const page = await s.context.newPage();
  const errors = watchErrors(page);
  await openRecord(page, URLS.onboardingRenamed);
  await expect(noticeOf(page, 'unreadable:ob.callScheduledFor')).toContainText(`Can't read "Onboarding Call Scheduled For"`);
  await expect(noticeOf(page, 'unreadable:ob.emailSentDate')).toContainText(`Can't read "Onboarding email sent date"`);
  expect(errors).toEqual([]);
  await page.close();
});

for (const shadow of ['synthetic', 'native'] as const) {
  test(`fields missing from the layout (${shadow} shadow): "can't read" in the sidebar, nothing thrown`, async () => {
    const page = await s.context.newPage();
    const errors = watchErrors(page);
    await openRecord(page, `${URLS.opportunity}?sim-shadow=${shadow}`);
    await expect(sidebarOf(page)).toHaveAttribute('data-account-id', SUNRISE_ID);
    await expect(noticeOf(page, 'unreadable:opp.serviceLevel')).toHaveCount(0);

    expect(await removeFields(page, ['Service Level', 'Products', 'Billing Start Date'])).toBeGreaterThanOrEqual(3);
    await expect(noticeOf(page, 'unreadable:opp.serviceLevel')).toContainText(`Can't read "Service Level"`);
    await expect(ruleOf(page, 'CSO-SERVICE-LEVEL')).toContainText(`Can't read "Service Level"`);
    expect(errors).toEqual([]);
    await page.close();
  });

  test(`nodes replaced while the extension reads (${shadow} shadow): no exception, the record still read`, async () => {
    const page = await s.context.newPage();
    const errors = watchErrors(page);
    await openRecord(page, `${URLS.opportunity}?sim-shadow=${shadow}`);
    await expect(sidebarOf(page)).toHaveAttribute('data-account-id', SUNRISE_ID);

    // 120 frames of Lightning-style re-rendering: items replaced after "inline edits", a whole
    // layout item detached and put back, and a label attribute renamed under the reader.
    const edits = await page.evaluate(async () => {
      type Sim = { setField(label: string, value: string): boolean };
      const sim = (window as unknown as { __lightningSim: Sim }).__lightningSim;
      const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      const walk = (root: ParentNode, out: Element[] = []): Element[] => {
        for (const el of Array.from(root.children)) {
          out.push(el);
          if (el.shadowRoot) walk(el.shadowRoot, out);
          walk(el, out);
        }
        return out;
      };
      const edits: Array<[string, string]> = [
        ['Stage', 'Closed Won'],
        ['Service Level', 'Premium'],
        ['Service Level', 'Standard'],
        ['Close Date', '{today-2}'],
        ['Billing Start Date', '{today+5}'],
        ['Products', 'Learning;Compliance'],
      ];
      let applied = 0;
      for (let i = 0; i < 120; i++) {
        await frame();
        const [label, value] = edits[i % edits.length]!;
        if (sim.setField(label, value)) applied++;
        const items = walk(document.body).filter((el) => el.localName === 'records-record-layout-item');
        const item = items[i % items.length];
        if (item && i % 10 === 3) {
          const parent = item.parentNode!;
          const next = item.nextSibling;
          item.remove();
          await Promise.resolve(); // the reader's MutationObserver runs with the item gone
          parent.insertBefore(item, next);
        }
        if (item && i % 10 === 7) {
          const label = item.getAttribute('field-label') ?? '';
          item.setAttribute('field-label', `${label} (old)`);
          await frame();
          item.setAttribute('field-label', label);
        }
      }
      sim.setField('Service Level', 'Premium');
      return applied;
    });
    expect(edits).toBe(120);

    // After the churn the sidebar shows the record as it now is.
    await expect(sidebarOf(page)).toHaveAttribute('data-page-kind', 'sf.opportunity');
    await expect(sidebarOf(page)).toHaveAttribute('data-account-id', SUNRISE_ID);
    await expect(noticeOf(page, 'unreadable:opp.serviceLevel')).toHaveCount(0);
    await expect(page.locator('csm-guide')).toHaveCount(1);
    expect(errors).toEqual([]);
    await page.close();
  });
}
