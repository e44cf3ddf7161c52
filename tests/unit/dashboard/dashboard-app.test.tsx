// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { ROW_HEIGHT } from '@/components/dashboard/AuditTable';
import type { AccountProfile } from '@/lib/core/profile/schema';
import { setup } from '../store/support';
import { cleanup, click, render, select, type } from '../components/render';
import { NOW, branch, digital, tick } from '../audit/support';
import { act } from 'react';

afterEach(cleanup);
beforeEach(() => {
  fakeBrowser.reset();
});

/** `count` Digital accounts split across three CSMs; every third one assigned long ago (overdue). */
const accounts = (count: number): AccountProfile[] =>
  Array.from({ length: count }, (_, i) => {
    const id = `001Hs0000${String(i).padStart(6, '0')}AAA`;
    return digital(id, `Clinic ${String(i).padStart(4, '0')}`, ['Jane Doe', 'Sam Roe', 'Kim Lee'][i % 3]!, i % 3 === 0 ? '2026-10-01' : '2026-11-27');
  });

/**
 * Storage as the background left it: the profiles and one tick. Written straight to (fake)
 * storage, since sending 2,000 profile messages one by one is not what this test is about.
 */
const seeded = async (profiles: AccountProfile[]) => {
  await fakeBrowser.storage.local.set({ profiles: Object.fromEntries(profiles.map((p) => [p.accountId, p])) });
  const { tab, events } = setup();
  await events.append([tick(profiles[1]!.accountId, 'OB-PRESENTATION', true, 'Sam Roe', '2026-11-27T14:00:00.000Z')]);
  const store = tab();
  await store.ready;
  return store;
};

const view = async (profiles: AccountProfile[]) => {
  const store = await seeded(profiles);
  const rendered = render(<DashboardApp store={store} clock={() => NOW} app="CSM Guide test" optionsUrl="options.html" />);
  await act(async () => {
    await store.idle();
  });
  return rendered;
};

describe('the team audit page', () => {
  it('shows every account with its CSM, segment, tier, stage and completion', async () => {
    const { $, $$ } = await view(accounts(6));
    expect($('[data-testid="audit-count"]')!.textContent).toBe('6 accounts shown of 6.');
    const table = $('[data-testid="audit-table"]')!;
    expect(table.getAttribute('aria-rowcount')).toBe('7');
    const row = $('tr[data-account-id="001Hs0000000001AAA"]')!;
    expect([...row.querySelectorAll('th, td')].map((c) => c.textContent)).toEqual([
      'Clinic 0001Salesforce ID 001Hs0000000001AAASalesforce record of Clinic 0001 (opens in a new tab)',
      'Sam Roe',
      'Digital',
      'Standard',
      'Onboarding',
      expect.stringMatching(/^\d+%\d+ of \d+$/),
      'None',
      expect.any(String),
      expect.stringMatching(/Sam Roe$/),
    ]);
    expect($$('[data-csm]').map((g) => g.getAttribute('data-csm'))).toEqual(['Jane Doe', 'Kim Lee', 'Sam Roe']);
  });

  it('an account whose data cannot be audited is named in an alert; the other accounts stay on the page', async () => {
    const profiles = accounts(3);
    const store = await seeded(profiles);
    // Only a bug could get such an event past the schemas; the page must survive it all the same.
    const bad = branch(profiles[2]!.accountId, 'unresponsive', '2026-02-30', 'Kim Lee', '2026-11-20T15:00:00.000Z');
    const { $, $$ } = render(<DashboardApp store={store} clock={() => NOW} app="CSM Guide test" optionsUrl="options.html" />);
    await act(async () => {
      await store.idle();
    });
    act(() => store.setState({ events: [...store.getState().events, bad] }));
    expect($('[data-testid="audit-failed"]')!.getAttribute('role')).toBe('alert');
    expect($('[data-testid="audit-failed"]')!.textContent).toBe(
      `1 account could not be audited and is left out:${profiles[2]!.accountId}: Not a YYYY-MM-DD date: "2026-02-30"`,
    );
    expect($$('tr[data-account-id]').map((row) => row.getAttribute('data-account-id')).sort()).toEqual([profiles[0]!.accountId, profiles[1]!.accountId]);
    expect($('[data-action="export-csv"]')).not.toBeNull();
  });

  it('filters, searches and sorts; the sorted column says which way', async () => {
    const { $, $$ } = await view(accounts(6));
    const ids = () => $$('tr.audit-row').map((tr) => tr.getAttribute('data-account-id'));
    select($('select[data-filter="csm"]'), 'Jane Doe');
    await act(async () => undefined);
    expect(ids()).toEqual(['001Hs0000000000AAA', '001Hs0000000003AAA']);
    select($('select[data-filter="csm"]'), '');
    type($('input[data-filter="search"]'), 'clinic 0004');
    await act(async () => undefined);
    expect(ids()).toEqual(['001Hs0000000004AAA']);
    type($('input[data-filter="search"]'), '');
    await act(async () => undefined);
    click($('button[data-sort="name"]'));
    await act(async () => undefined);
    expect($('button[data-sort="name"]')!.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    expect(ids()[0]).toBe('001Hs0000000000AAA');
    click($('button[data-sort="name"]'));
    await act(async () => undefined);
    expect($('button[data-sort="name"]')!.closest('th')!.getAttribute('aria-sort')).toBe('descending');
    expect(ids()[0]).toBe('001Hs0000000005AAA');
  });

  it('with 2,000 accounts renders only a window of rows, and says how many there are', async () => {
    const { $, $$ } = await view(accounts(2000));
    expect($('[data-testid="audit-count"]')!.textContent).toBe('2,000 accounts shown of 2,000.');
    expect($('[data-testid="audit-table"]')!.getAttribute('aria-rowcount')).toBe('2001');
    const rendered = $$('tr.audit-row');
    expect(rendered.length).toBeGreaterThan(10);
    expect(rendered.length).toBeLessThan(40);
    expect(rendered.map((tr) => tr.getAttribute('aria-rowindex')).slice(0, 2)).toEqual(['2', '3']);
    const spacer = $$('tr.audit-spacer');
    expect(spacer).toHaveLength(1);
    expect(spacer[0]!.style.height).toBe(`${(2000 - rendered.length) * ROW_HEIGHT}px`);
  }, 30_000);
});
