// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createPageSession } from '@/app/page-session';
import type { PageFacts } from '@/lib/core/facts/page-facts';
import type { AdapterSettings, SiteAdapter } from '@/lib/sites/types';
import { pageOf, SUNRISE } from './support';

let scripts = 0;
const context = () => new ContentScriptContext(`page-session-test-${++scripts}`, { noScriptStartedPostMessage: true } as never);
const SETTINGS = { labels: {}, onboardingObject: 'Customer_Onboarding__c' } as unknown as AdapterSettings;

/** An adapter whose pages the test sets; composes are `<div data-compose=id>` elements. */
const adapterWith = (initial: PageFacts[], matches = true) => {
  const state = { pages: initial, reads: 0 };
  const adapter: SiteAdapter = {
    id: 'gmail',
    detect: () => (matches ? { kind: 'gmail.compose' } : null),
    observeRoots: (doc) => [doc.body],
    collect: () => {
      state.reads += 1;
      return state.pages;
    },
    composeIdAt: (_doc, node) => (node instanceof Element ? node.closest('[data-compose]')?.getAttribute('data-compose') ?? null : null),
    fill: () => ({ ok: true, message: 'Filled.' }),
  };
  return { adapter, state };
};

const composePage = (composeId: string): PageFacts => ({
  ...pageOf('gmail.compose', { url: 'https://mail.google.com/mail/u/0/#inbox' }),
  host: 'mail.google.com',
  compose: { composeId } as NonNullable<PageFacts['compose']>,
});

const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('createPageSession', () => {
  beforeEach(() => document.body.replaceChildren());

  it('reads the page at start and reports new facts; a read that finds the same facts reports nothing', async () => {
    const { adapter, state } = adapterWith([pageOf('sf.account', { accountId: SUNRISE })]);
    const onFacts = vi.fn();
    const session = createPageSession(context(), adapter, { settings: () => SETTINGS, onFacts, onView: vi.fn() });
    session.start('https://acme.lightning.force.com/lightning/r/Account/001/view');
    expect(onFacts).toHaveBeenCalledTimes(1);
    expect(session.snapshot.pages[0]?.accountId).toBe(SUNRISE);

    document.body.append(document.createElement('p')); // a mutation, same facts
    await vi.waitFor(() => expect(state.reads).toBeGreaterThan(1));
    expect(onFacts).toHaveBeenCalledTimes(1);

    state.pages = [pageOf('sf.account', { accountId: SUNRISE, fields: { 'account.name': { status: 'value', value: 'Sunrise' } } as never })];
    document.body.append(document.createElement('p'));
    await vi.waitFor(() => expect(onFacts).toHaveBeenCalledTimes(2));
  });

  it('a read that hands back the very objects of the one before: nothing to compare, roots and visibility not asked again', async () => {
    const { adapter, state } = adapterWith([pageOf('sf.account', { accountId: SUNRISE })]);
    const observeRoots = vi.spyOn(adapter, 'observeRoots');
    const visibilityTargets = vi.fn(() => ({ attributes: [], children: [] }));
    adapter.visibilityTargets = visibilityTargets;
    const onFacts = vi.fn();
    const session = createPageSession(context(), adapter, { settings: () => SETTINGS, onFacts, onView: vi.fn() });
    session.start('https://acme.lightning.force.com/lightning/r/Account/001/view');
    expect([observeRoots.mock.calls.length, visibilityTargets.mock.calls.length, onFacts.mock.calls.length]).toEqual([1, 1, 1]);

    document.body.append(document.createElement('p'));
    await vi.waitFor(() => expect(state.reads).toBe(2));
    expect([observeRoots.mock.calls.length, visibilityTargets.mock.calls.length, onFacts.mock.calls.length]).toEqual([1, 1, 1]);

    // Equal facts in new objects are still compared (and followed), and reported only when they differ.
    state.pages = [pageOf('sf.account', { accountId: SUNRISE })];
    document.body.append(document.createElement('p'));
    await vi.waitFor(() => expect(state.reads).toBe(3));
    expect([observeRoots.mock.calls.length, visibilityTargets.mock.calls.length, onFacts.mock.calls.length]).toEqual([2, 2, 1]);
  });

  it('a URL the adapter does not guide: no page, and the owner is told so it can remove the sidebar', () => {
    const { adapter } = adapterWith([], false);
    const onView = vi.fn();
    const session = createPageSession(context(), adapter, { settings: () => SETTINGS, onFacts: vi.fn(), onView });
    session.start('https://mail.google.com/mail/u/0/#settings');
    expect(session.snapshot.match).toBeNull();
    expect(onView).toHaveBeenCalledTimes(1);
  });

  it('follows the compose the caret moves into', () => {
    const a = document.createElement('div');
    a.dataset.compose = 'c1';
    const b = document.createElement('div');
    b.dataset.compose = 'c2';
    const input = document.createElement('textarea');
    b.append(input);
    document.body.append(a, b);
    const { adapter } = adapterWith([composePage('c1'), composePage('c2')]);
    const onView = vi.fn();
    const session = createPageSession(context(), adapter, { settings: () => SETTINGS, onFacts: vi.fn(), onView });
    session.start('https://mail.google.com/mail/u/0/#inbox');
    expect(session.snapshot.focusedId).toBeNull();
    input.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(session.snapshot.focusedId).toBe('c2');
    expect(onView).toHaveBeenCalledTimes(1);
  });

  it('a layout that never becomes ready is reported once the wait runs out', async () => {
    const { adapter } = adapterWith([pageOf('sf.account', { ready: false })]);
    const onView = vi.fn();
    const session = createPageSession(context(), adapter, { settings: () => SETTINGS, onFacts: vi.fn(), onView, layoutWaitMs: 20 });
    session.start('https://acme.lightning.force.com/lightning/r/Account/001/view');
    expect(session.snapshot.layoutTimedOut).toBe(false);
    await nextFrame();
    expect(session.snapshot.layoutTimedOut).toBe(true);
    expect(onView).toHaveBeenCalledTimes(1);
  });

  it('a new start reads again with the settings of that moment', () => {
    const { adapter } = adapterWith([pageOf('sf.account')]);
    const seen: AdapterSettings[] = [];
    const collect = adapter.collect;
    adapter.collect = (doc, url, match, settings) => (seen.push(settings), collect(doc, url, match, settings));
    let settings = SETTINGS;
    const session = createPageSession(context(), adapter, { settings: () => settings, onFacts: vi.fn(), onView: vi.fn() });
    session.start('https://acme.lightning.force.com/lightning/r/Account/001/view');
    settings = { ...SETTINGS, onboardingObject: 'Other__c' } as AdapterSettings;
    session.start('https://acme.lightning.force.com/lightning/r/Account/001/view');
    expect(seen.map((s) => s.onboardingObject)).toEqual(['Customer_Onboarding__c', 'Other__c']);
  });
});
