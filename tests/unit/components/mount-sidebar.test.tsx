// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountSidebar, type MountedSidebar, type SidebarViewProps } from '@/components/sidebar/mount-sidebar';
import { ACCOUNT_ID, NOW, ZONE, account, model } from './fixtures';
import './render';

const view = (overrides: Partial<SidebarViewProps> = {}): SidebarViewProps => ({
  model: model(),
  account: account(),
  pageLabel: 'New Case: Escalations',
  notices: [],
  collapsed: false,
  now: NOW,
  timeZone: ZONE,
  ...overrides,
});

let sidebar: MountedSidebar | null = null;
afterEach(() => {
  act(() => sidebar?.remove());
  sidebar = null;
});

let scripts = 0;
const mount = async (onIntent = vi.fn(), topOffset?: number, acceptUntrusted = true) => {
  // A fresh name each time: a second context with the same name would invalidate the first.
  const ctx = new ContentScriptContext(`sidebar-test-${++scripts}`, { noScriptStartedPostMessage: true } as never);
  // happy-dom's events are never trusted; the real-browser guard is tested below with it on.
  sidebar = await mountSidebar(ctx, { onIntent, acceptUntrusted, ...(topOffset === undefined ? {} : { topOffset }) });
  return { ctx, sidebar };
};

describe('mountSidebar', () => {
  it('adds <csm-guide> with an open shadow root holding the sidebar root, after the first update', async () => {
    const { sidebar } = await mount(vi.fn(), 88);
    const host = document.querySelector('csm-guide') as HTMLElement;
    expect(host).toBe(sidebar.host);
    expect(host.parentElement).toBe(document.body);
    expect(host.shadowRoot).not.toBeNull();
    expect(host.shadowRoot!.querySelector('[data-testid="csm-guide-sidebar"]')).toBeNull();

    act(() => sidebar.update(view()));
    const root = host.shadowRoot!.querySelector<HTMLElement>('[data-testid="csm-guide-sidebar"]')!;
    expect(root.getAttribute('data-page-kind')).toBe('sf.case.new');
    expect(root.getAttribute('data-account-id')).toBe(ACCOUNT_ID);
    expect(root.style.getPropertyValue('--csm-top')).toBe('88px');
    // Nothing leaks into the light DOM.
    expect(document.querySelector('[data-testid="csm-guide-sidebar"]')).toBeNull();

    act(() => sidebar.update(view({ pageLabel: 'Case 00001234' })));
    expect(host.shadowRoot!.querySelector('.csm-header__page')?.textContent).toBe('Case 00001234');
  });

  it('passes intents out and keeps key events inside the shadow root', async () => {
    const onIntent = vi.fn();
    const { sidebar } = await mount(onIntent);
    act(() => sidebar.update(view()));
    const shadow = sidebar.host.shadowRoot!;
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    const button = shadow.querySelector<HTMLElement>('[data-rule="OB-PREP-REVIEW"] [data-action="toggle-done"]')!;
    act(() => button.click());
    expect(onIntent).toHaveBeenCalledWith({ type: 'toggle-done', ruleId: 'OB-PREP-REVIEW', done: true });
    act(() => {
      button.dispatchEvent(new KeyboardEvent('keydown', { key: 'c', bubbles: true, composed: true }));
    });
    expect(pageKeys).not.toHaveBeenCalled();
    document.removeEventListener('keydown', pageKeys);
  });

  it("ignores a page script's synthetic clicks and keys on the sidebar's controls", async () => {
    const onIntent = vi.fn();
    const { sidebar } = await mount(onIntent, undefined, false);
    act(() => sidebar.update(view()));
    const button = sidebar.host.shadowRoot!.querySelector<HTMLElement>('[data-rule="OB-PREP-REVIEW"] [data-action="toggle-done"]')!;
    act(() => button.click());
    act(() => {
      button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    });
    expect(onIntent).not.toHaveBeenCalled();
  });

  it("ignores a page script's change and input events on the sidebar's selects and fields (issue 14)", async () => {
    const onIntent = vi.fn();
    const { sidebar } = await mount(onIntent, undefined, false);
    act(() => sidebar.update(view()));
    const branch = sidebar.host.shadowRoot!.querySelector<HTMLSelectElement>('.csm-branch select')!;
    act(() => {
      branch.value = 'unresponsive';
      branch.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      branch.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    });
    expect(onIntent).not.toHaveBeenCalled();
  });

  it('remove() unmounts and takes <csm-guide> off the page; so does invalidating the context', async () => {
    const { sidebar } = await mount();
    act(() => sidebar.update(view()));
    act(() => sidebar.remove());
    expect(document.querySelector('csm-guide')).toBeNull();

    const second = await mount();
    act(() => second.sidebar.update(view()));
    expect(document.querySelector('csm-guide')).not.toBeNull();
    act(() => second.ctx.abort());
    expect(document.querySelector('csm-guide')).toBeNull();
  });

  describe('the panel watch (host panels that come without a render)', () => {
    const frames = async (n = 3) => {
      for (let i = 0; i < n; i++) await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    };
    const dialog = () => {
      const el = document.createElement('div');
      el.setAttribute('role', 'dialog');
      return el;
    };

    it('looks again when a panel opens anywhere but inside the record being read', async () => {
      const record = document.createElement('div');
      const feed = document.createElement('ul');
      record.append(feed);
      document.body.append(record);
      const keepVisible = vi.fn((): Element[] => []);
      const ctx = new ContentScriptContext(`sidebar-test-${++scripts}`, { noScriptStartedPostMessage: true } as never);
      sidebar = await mountSidebar(ctx, { onIntent: vi.fn(), acceptUntrusted: true, keepVisible, panelSelector: '[role="dialog"]', panelFree: () => [record] });
      act(() => sidebar!.update(view()));
      keepVisible.mockClear();

      // Inside the record (a feed's rows, one of them a dialog's shape): nothing is asked.
      for (let i = 0; i < 5; i++) feed.append(document.createElement('li'));
      feed.append(dialog());
      await frames();
      expect(keepVisible).not.toHaveBeenCalled();

      // In the same batch as more rows of the record: the modal layer over the app is found.
      feed.append(document.createElement('li'));
      const layer = document.createElement('div');
      layer.append(dialog());
      document.body.append(layer);
      feed.append(document.createElement('li'));
      await frames();
      expect(keepVisible).toHaveBeenCalledTimes(1);
      record.remove();
      layer.remove();
    });
  });
});
