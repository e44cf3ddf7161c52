// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MountedSidebar, SidebarViewProps } from '@/components/sidebar/mount-sidebar';
import { runSite } from '@/app/run-site';
import type { PageFacts } from '@/lib/core/facts/page-facts';
import type { AdapterSettings, SiteAdapter } from '@/lib/sites/types';
import { setup } from '../store/support';
import { pageOf, SUNRISE } from './support';

let scripts = 0;
const context = () => new ContentScriptContext(`run-site-test-${++scripts}`, { noScriptStartedPostMessage: true } as never);

/** An adapter whose page and readiness the test controls; it matches only the default onboarding object. */
const fakeAdapter = () => {
  const state = { ready: true, collected: [] as AdapterSettings[] };
  const adapter: SiteAdapter = {
    id: 'salesforce',
    detect: (_url, settings) => (settings.onboardingObject === 'Customer_Onboarding__c' ? { kind: 'sf.account', recordId: SUNRISE } : null),
    observeRoots: (doc) => [doc.body],
    collect: (_doc, _url, _match, settings): PageFacts[] => {
      state.collected.push(settings);
      return [pageOf('sf.account', { accountId: SUNRISE, ready: state.ready })];
    },
    fill: () => ({ ok: true, message: 'Filled.' }),
  };
  return { adapter, state };
};

/** A sidebar loader whose mounts resolve when the test says so. */
const deferredSidebars = () => {
  type FakeSidebar = MountedSidebar & { props: SidebarViewProps[]; update: Mock<(p: SidebarViewProps) => void>; remove: Mock<() => void> };
  const mounts: Array<{ sidebar: FakeSidebar; resolve: () => void }> = [];
  const loadSidebar = async () => ({
    mountSidebar: () =>
      new Promise<MountedSidebar>((resolve) => {
        const props: SidebarViewProps[] = [];
        const sidebar: FakeSidebar = {
          props,
          update: vi.fn((p: SidebarViewProps) => void props.push(p)),
          remove: vi.fn(() => undefined),
          host: document.createElement('csm-guide'),
        };
        mounts.push({ sidebar, resolve: () => resolve(sidebar) });
      }),
  });
  return { mounts, loadSidebar: loadSidebar as never };
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('runSite', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.replaceChildren();
  });

  const start = async (layoutWaitMs?: number) => {
    const { tab } = setup();
    const store = tab();
    await store.ready;
    const { adapter, state } = fakeAdapter();
    const sidebars = deferredSidebars();
    const runtime = runSite(context(), adapter, store, {
      loadSidebar: sidebars.loadSidebar,
      openOptions: () => undefined,
      copy: async () => undefined,
      ...(layoutWaitMs ? { layoutWaitMs } : {}),
    });
    await settle();
    return { store, state, runtime, ...sidebars };
  };

  it('a mount that lands after the page stopped matching is dropped: never two sidebars', async () => {
    const { store, mounts } = await start();
    expect(mounts).toHaveLength(1);
    // The page stops matching (another onboarding object), then matches again: a second mount starts.
    await store.getState().actions.saveSettings({ onboardingObject: 'Other__c' });
    await store.idle();
    await store.getState().actions.saveSettings({ onboardingObject: 'Customer_Onboarding__c' });
    await store.idle();
    await settle();
    expect(mounts).toHaveLength(2);

    mounts[0]!.resolve();
    mounts[1]!.resolve();
    await settle();
    expect(mounts[0]!.sidebar.remove).toHaveBeenCalled();
    expect(mounts[0]!.sidebar.update).not.toHaveBeenCalled();
    expect(mounts[1]!.sidebar.remove).not.toHaveBeenCalled();
    expect(mounts[1]!.sidebar.props.at(-1)?.model.pageKind).toBe('sf.account');
  });

  it('store changes that change nothing shown do not re-render the sidebar', async () => {
    const { store, mounts } = await start();
    mounts[0]!.resolve();
    // Once the account's ticks have arrived (until then its manual items take no clicks).
    await store.idle();
    await settle();
    const updates = mounts[0]!.sidebar.update.mock.calls.length;
    expect(updates).toBeGreaterThan(0);
    expect(mounts[0]!.sidebar.props.at(-1)?.progressLoading).toBeUndefined();
    await store.getState().actions.setThreadChoice('thread-1', { kind: 'welcome' }, 'a'.repeat(64));
    await store.idle();
    expect(store.getState().threads['thread-1']).toBeDefined();
    expect(mounts[0]!.sidebar.update.mock.calls.length).toBe(updates);
    // A tick on this account does change it.
    await store.getState().actions.toggleItem(SUNRISE, 'OB-PREP-REVIEW', true);
    await store.idle();
    expect(mounts[0]!.sidebar.update.mock.calls.length).toBeGreaterThan(updates);
  });

  it('the site switched off while the page is open: the sidebar goes, nothing is read; switched on again, it comes back', async () => {
    const { store, state, mounts, runtime } = await start();
    mounts[0]!.resolve();
    await settle();
    expect(runtime.view?.props.model.pageKind).toBe('sf.account');

    await store.getState().actions.saveSettings({ sites: { salesforce: false } });
    await store.idle();
    await settle();
    expect(mounts[0]!.sidebar.remove).toHaveBeenCalled();
    expect(runtime.view).toBeNull();
    const reads = state.collected.length;
    document.body.append(document.createElement('p')); // the page keeps changing: not read
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(state.collected.length).toBe(reads);

    await store.getState().actions.saveSettings({ sites: { salesforce: true } });
    await store.idle();
    await settle();
    expect(mounts).toHaveLength(2);
    mounts[1]!.resolve();
    await settle();
    expect(runtime.view?.props.model.pageKind).toBe('sf.account');
  });

  it('a policy that switches the site off after the page started without one (Chrome answered late): the sidebar goes', async () => {
    const { tab } = setup();
    let applyPolicy: (policy: unknown) => void = () => undefined;
    const store = tab({ managedLater: new Promise((resolve) => (applyPolicy = resolve)) });
    await store.ready;
    const { adapter } = fakeAdapter();
    const sidebars = deferredSidebars();
    const runtime = runSite(context(), adapter, store, { loadSidebar: sidebars.loadSidebar, openOptions: () => undefined, copy: async () => undefined });
    await settle();
    sidebars.mounts[0]!.resolve();
    await settle();
    expect(runtime.view).not.toBeNull();

    applyPolicy({ sites: { salesforce: false } });
    await vi.waitFor(() => expect(sidebars.mounts[0]!.sidebar.remove).toHaveBeenCalled());
    expect(runtime.view).toBeNull();
  });

  it('new labels in settings make the open page be read again with them', async () => {
    const { store, state } = await start();
    const before = state.collected.length;
    await store.getState().actions.saveSettings({ labels: { 'ob.callScheduledFor': 'OB Call Scheduled' } });
    await store.idle();
    expect(state.collected.length).toBeGreaterThan(before);
    expect(state.collected.at(-1)?.labels).toEqual({ 'ob.callScheduledFor': 'OB Call Scheduled' });
  });

  it('a layout that never renders: "waiting", then the timeout notice; a late layout still replaces both', async () => {
    const { state, mounts, runtime } = await (async () => {
      // Not ready from the first read on.
      const { tab } = setup();
      const store = tab();
      await store.ready;
      const fake = fakeAdapter();
      fake.state.ready = false;
      const sidebars = deferredSidebars();
      const rt = runSite(context(), fake.adapter, store, { loadSidebar: sidebars.loadSidebar, openOptions: () => undefined, copy: async () => undefined, layoutWaitMs: 30 });
      await settle();
      return { state: fake.state, mounts: sidebars.mounts, runtime: rt };
    })();
    mounts[0]!.resolve();
    await settle();
    expect(runtime.view?.props.notices.map((n) => n.id)).toEqual(['waiting']);

    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(runtime.view?.props.notices.map((n) => n.id)).toEqual(['layout-timeout']);
    expect(mounts[0]!.sidebar.props.at(-1)?.notices.map((n) => n.id)).toEqual(['layout-timeout']);

    state.ready = true;
    document.body.append(document.createElement('div')); // the layout arrives
    await vi.waitFor(() => expect(runtime.view?.page.ready).toBe(true));
    expect(runtime.view?.props.notices.map((n) => n.id)).not.toContain('layout-timeout');
  });
});
