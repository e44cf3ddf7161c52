// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fieldId } from '@/components/options/form-model';
import { TeamSyncSection } from '@/components/options/TeamSyncSection';
import type { Message } from '@/lib/messages/protocol';
import { emptySyncState } from '@/lib/sync/schema';
import { cleanup, click, render, type } from '../components/render';

afterEach(cleanup);
beforeEach(() => {
  fakeBrowser.reset();
});

const URL_OK = 'https://couch.example.com/csm-guide-team';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJtYXJpYSJ9.c2lnbmF0dXJl';

/** The options section over a background that records what it was asked and answers ok. */
const open = async () => {
  const sent: Message[] = [];
  const transport = async (message: Message) => {
    sent.push(message);
    return { ok: true, state: { ...emptySyncState(), configured: true } };
  };
  const asked: string[] = [];
  const view = render(<TeamSyncSection transport={transport} requestOrigin={async (pattern) => (asked.push(pattern), true)} />);
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  const input = (path: string) => view.$(`#${fieldId(path)}`) as HTMLInputElement;
  const press = async (action: string) => {
    click(view.$(`[data-action="${action}"]`));
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  };
  return { ...view, sent, asked, input, press };
};

describe('team sync with an SSO token', () => {
  it('refuses something that is not a token, says why at the field, and sends nothing', async () => {
    const page = await open();
    type(page.input('teamSync.url'), URL_OK);
    type(page.input('teamSync.user'), 'maria');
    type(page.input('teamSync.token'), 'my password');
    await page.press('team-use-token');
    expect(page.$(`#${fieldId('teamSync.token')}-error`)?.textContent).toMatch(/Paste the whole token/);
    expect(page.input('teamSync.token').getAttribute('aria-invalid')).toBe('true');
    expect(page.input('teamSync.token').value).toBe('my password');
    expect(page.sent.filter((m) => m.type !== 'sync/status')).toEqual([]);
  });

  it('asks for the origin, saves the URL and user, hands the token to the background and clears the field', async () => {
    const page = await open();
    type(page.input('teamSync.url'), URL_OK);
    type(page.input('teamSync.user'), 'maria');
    type(page.input('teamSync.token'), JWT);
    await page.press('team-use-token');
    expect(page.asked).toEqual(['https://couch.example.com/*']);
    expect(page.sent.filter((m) => m.type !== 'sync/status')).toEqual([
      { type: 'sync/configure', url: URL_OK, user: 'maria' },
      { type: 'sync/token', token: JWT },
    ]);
    expect(page.input('teamSync.token').value).toBe('');
    expect(page.$('[data-testid="team-sync-status"]')?.textContent).toMatch(/until the browser closes/);
    await page.press('team-forget-token');
    expect(page.sent.at(-1)).toEqual({ type: 'sync/token', token: null });
  });
});
