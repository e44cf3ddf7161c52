// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { nearlyFullText, StoreNotices } from '@/components/common/StoreNotices';
import { setup } from '../store/support';
import { cleanup, click, render } from './render';

afterEach(cleanup);
beforeEach(() => {
  fakeBrowser.reset();
});

const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

describe('store notices on the extension pages (issue 14, item 8)', () => {
  it('shows data set aside, with Dismiss, as the sidebar does', async () => {
    await fakeBrowser.storage.local.set({
      quarantine: [{ id: 'q1', key: 'local:threads', at: '2026-11-27T10:00:00.000Z', reason: 'unreadable', version: 1, issues: ['x'], value: 1 }],
      quarantine$: { v: 1 },
    });
    const { tab } = setup();
    const store = tab();
    await store.ready;
    const view = render(<StoreNotices store={store} />);
    await settle();
    expect(view.$('[data-notice="set-aside"]')?.textContent).toContain('could not be read and was set aside');
    click(view.$('[data-notice="set-aside"] button'));
    await store.idle();
    await settle();
    expect(view.$('[data-notice="set-aside"]')).toBeNull();
    store.destroy();
  });

  it('warns before storage is full, and says nothing while there is room', async () => {
    const { tab } = setup();
    const store = tab();
    await store.ready;
    const view = render(<StoreNotices store={store} estimate={async () => ({ usage: 950_000_000, quota: 1_000_000_000 })} />);
    await settle();
    expect(view.$('[data-notice="nearly-full"] p')?.textContent).toBe(nearlyFullText({ usage: 950_000_000, quota: 1_000_000_000 }));
    expect(nearlyFullText({ usage: 950_000_000, quota: 1_000_000_000 })).toMatch(/1,000 MB .* 950 MB is taken/);
    expect(nearlyFullText({ usage: 100, quota: 1_000 })).toBeNull();
    expect(nearlyFullText({})).toBeNull();
    store.destroy();
  });
});
