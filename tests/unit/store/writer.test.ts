import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUILTIN_PLAYBOOK } from '@/lib/core/playbook/builtin';
import { observed } from '@/lib/core/profile/merge';
import type { ProgressEvent } from '@/lib/core/progress/events';
import { ACCOUNT_A, local, ownSender, RECIPIENTS, setup, sync, tabSender, ZONE } from './support';

const event = (id: string, done = true): ProgressEvent => ({
  type: 'item',
  id,
  accountId: ACCOUNT_A,
  by: 'Maria Lopez',
  at: '2026-11-27T10:00:00.000Z',
  ruleId: 'OB-SAME-DAY-CALL',
  done,
});
const page = { kind: 'sf.opportunity' as const, recordId: '006Hs00001ABCdeIAG' };

describe('the background writer', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('appends events idempotently: the same event twice is stored once', async () => {
    const { writer, storedEvents } = setup();
    const e = event('2026-11-27T10:00:00.000Z-aaaa');
    expect(await writer.handle({ type: 'progress/append', events: [e, e] }, ownSender())).toEqual({ ok: true, added: 1 });
    expect(await writer.handle({ type: 'progress/append', events: [e] }, ownSender())).toEqual({ ok: true, added: 0 });
    expect(await storedEvents()).toEqual([e]);
    // The v1 array is no longer written.
    expect(await local('events')).toBeUndefined();
  });

  it('ignores, with no response at all, a sender from another extension or none', async () => {
    const { writer, storedEvents } = setup();
    const message = { type: 'progress/append', events: [event('x-1')] };
    expect(writer.handle(message, { id: 'some-other-extension-id' })).toBeUndefined();
    expect(writer.handle(message, {})).toBeUndefined();
    expect(writer.handle(message, undefined)).toBeUndefined();
    const sendResponse = vi.fn();
    expect(writer.listener(message, { id: 'some-other-extension-id' }, sendResponse)).toBeUndefined();
    await writer.enqueue(async () => undefined);
    expect(sendResponse).not.toHaveBeenCalled();
    expect(await storedEvents()).toEqual([]);
  });

  it('answers a content script only on a served site, and only for what a CSM does on that page (issue 14)', async () => {
    const { writer, storedEvents } = setup();
    const ui = { type: 'ui/set', patch: { sidebarCollapsed: true } };
    // A content script in a frame on another host (or over http) gets no answer at all.
    expect(writer.handle(ui, tabSender('https://evil.example/'))).toBeUndefined();
    expect(writer.handle(ui, tabSender('http://acme.lightning.force.com/lightning/r/Account/x/view'))).toBeUndefined();
    expect(writer.handle(ui, { id: fakeBrowser.runtime.id, url: 'https://acme.lightning.force.com/' })).toBeUndefined();
    // On a served site: tab-scoped messages work…
    expect(await writer.handle(ui, tabSender())).toEqual({ ok: true });
    expect(await writer.handle(ui, tabSender('https://mail.google.com/mail/u/0/#inbox'))).toEqual({ ok: true });
    expect(await writer.handle({ type: 'events/flush' }, tabSender('https://web.outreach.io/prospects/1'))).toEqual({ ok: true, added: 0 });
    // …and settings, playbook, imports, the whole log and team sync are refused, with a reason.
    const refused: unknown[] = [
      { type: 'settings/set', patch: { initials: 'XX' } },
      { type: 'playbook/set', playbook: null },
      { type: 'progress/append', events: [event('x-1')] },
      { type: 'events/page', after: null, limit: 10 },
      { type: 'profiles/observe', observations: [{ accountId: ACCOUNT_A, facts: {} }] },
      { type: 'sync/configure', url: 'https://couch.example.com/team', user: 'maria' },
      { type: 'sync/now' },
    ];
    for (const message of refused)
      expect(await writer.handle(message, tabSender()), JSON.stringify(message)).toMatchObject({ ok: false, error: expect.stringMatching(/own pages/) });
    expect(await storedEvents()).toEqual([]);
    expect(await local('settings')).toBeUndefined();
    // The same messages from an extension page are carried out.
    expect(await writer.handle({ type: 'settings/set', patch: { initials: 'XX' } }, ownSender())).toEqual({ ok: true });
    expect(await writer.handle({ type: 'progress/append', events: [event('x-1')] }, ownSender())).toEqual({ ok: true, added: 1 });
  });

  it('ignores malformed messages with no response and writes nothing', async () => {
    const { writer } = setup();
    const malformed: unknown[] = [
      null,
      'progress/append',
      { type: 'progress/delete-all' },
      { type: 'progress/append' },
      { type: 'progress/append', events: [] },
      { type: 'progress/append', events: [{ ...event('x'), accountId: '001' }] },
      { type: 'progress/append', events: [event('x')], extra: true },
      { type: 'ui/set', patch: { sidebarCollapsed: 'yes' } },
      { type: 'settings/set', patch: { initials: '<script>' } },
      { type: 'profile/observe', accountId: ACCOUNT_A, facts: { ssn: observed('1', page, '2026-11-27T10:00:00.000Z') } },
    ];
    for (const message of malformed) expect(writer.handle(message, ownSender())).toBeUndefined();
    expect(await fakeBrowser.storage.local.get()).toEqual({});
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
  });

  it('answers through runtime.onMessage in sendResponse style', async () => {
    const { writer } = setup();
    const sendResponse = vi.fn();
    expect(writer.listener({ type: 'ui/set', patch: { side: { site: 'gmail', side: 'left' } } }, ownSender(), sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true }));
    expect(await local('ui')).toEqual({ sidebarCollapsed: false, sidebarSides: { gmail: 'left' } });
  });

  it('keeps the sidebar side per site and its width; a null side goes back to the default (issue 13)', async () => {
    const { writer } = setup();
    await writer.handle({ type: 'ui/set', patch: { side: { site: 'gmail', side: 'left' }, sidebarWidth: 420 } }, tabSender('https://mail.google.com/mail/u/0/'));
    await writer.handle({ type: 'ui/set', patch: { side: { site: 'outreach', side: 'left' } } }, tabSender('https://web.outreach.io/'));
    expect(await local('ui')).toEqual({ sidebarCollapsed: false, sidebarSides: { gmail: 'left', outreach: 'left' }, sidebarWidth: 420 });
    await writer.handle({ type: 'ui/set', patch: { side: { site: 'gmail', side: null } } }, tabSender('https://mail.google.com/mail/u/0/'));
    expect(await local('ui')).toEqual({ sidebarCollapsed: false, sidebarSides: { outreach: 'left' }, sidebarWidth: 420 });
    // Out of range: not a message the background takes.
    expect(writer.handle({ type: 'ui/set', patch: { sidebarWidth: 5000 } }, ownSender())).toBeUndefined();
  });

  it('serialises writes: 300 concurrent appends from anywhere lose nothing', async () => {
    const { writer, storedEvents } = setup();
    const ids = Array.from({ length: 300 }, (_, i) => `2026-11-27T10:00:00.000Z-${i}`);
    const responses = await Promise.all(ids.map((id) => writer.handle({ type: 'progress/append', events: [event(id)] }, ownSender())));
    expect(responses.every((r) => r?.ok)).toBe(true);
    expect((await storedEvents()).map((e) => e.id).sort()).toEqual([...ids].sort());
  });

  it('merges observed facts into the profile: newer wins, older is ignored, unchanged writes nothing', async () => {
    const { writer } = setup({ now: () => '2026-11-27T12:00:00.000Z' });
    const first = { serviceLevel: observed('Premium', page, '2026-11-27T10:00:00.000Z') } as const;
    expect(
      await writer.handle({ type: 'profile/observe', accountId: ACCOUNT_A, orgHost: 'acme.my.salesforce.com', facts: first }, ownSender()),
    ).toEqual({ ok: true, changed: true });
    const older = { serviceLevel: observed('Basic', page, '2026-11-26T10:00:00.000Z') } as const;
    expect(await writer.handle({ type: 'profile/observe', accountId: ACCOUNT_A, facts: older }, ownSender())).toEqual({
      ok: true,
      changed: false,
    });
    const newer = { serviceLevel: observed('Standard', page, '2026-11-27T11:00:00.000Z') } as const;
    await writer.handle({ type: 'profile/observe', accountId: ACCOUNT_A, facts: newer }, ownSender());
    const profiles = (await local('profiles')) as Record<string, { orgHost: string; facts: Record<string, unknown>; updatedAt: string }>;
    expect(profiles[ACCOUNT_A]?.orgHost).toBe('acme.my.salesforce.com');
    expect(profiles[ACCOUNT_A]?.facts.serviceLevel).toEqual(newer.serviceLevel);
    expect(profiles[ACCOUNT_A]?.updatedAt).toBe('2026-11-27T12:00:00.000Z');
    expect(await writer.handle({ type: 'profile/observe', accountId: ACCOUNT_A, facts: {} }, ownSender())).toEqual({
      ok: true,
      changed: false,
    });
  });

  it('observes many accounts in one write (a dashboard import), counting only the changed ones', async () => {
    const { writer } = setup({ now: () => '2026-11-27T12:00:00.000Z' });
    const premium = { serviceLevel: observed('Premium', page, '2026-11-27T10:00:00.000Z') } as const;
    await writer.handle({ type: 'profile/observe', accountId: ACCOUNT_A, facts: premium }, ownSender());
    const ids = Array.from({ length: 250 }, (_, i) => `001Hs00003B${String(i).padStart(4, '0')}IAA`);
    const response = await writer.handle(
      {
        type: 'profiles/observe',
        observations: [
          { accountId: ACCOUNT_A, facts: premium },
          ...ids.map((accountId) => ({ accountId, orgHost: 'acme.my.salesforce.com', facts: premium })),
        ],
      },
      ownSender(),
    );
    expect(response).toEqual({ ok: true, changed: 250 });
    const profiles = (await local('profiles')) as Record<string, { orgHost?: string; facts: Record<string, unknown> }>;
    expect(Object.keys(profiles)).toHaveLength(251);
    expect(profiles[ids[249]!]).toMatchObject({ orgHost: 'acme.my.salesforce.com', facts: { serviceLevel: premium.serviceLevel } });
  });

  it('remembers the CSM’s choice per thread: undefined keeps, null clears, nothing left forgets', async () => {
    const { writer } = setup();
    const at = '2026-11-27T10:00:00.000Z';
    const recipients = RECIPIENTS;
    await writer.handle({ type: 'threads/set', key: 'thread-f:1789', accountId: ACCOUNT_A, recipients, at }, ownSender());
    await writer.handle({ type: 'threads/set', key: 'thread-f:1789', kind: 'welcome', recipients, at }, ownSender());
    expect(await local('threads')).toEqual({ 'thread-f:1789': { accountId: ACCOUNT_A, kind: 'welcome', recipients, at } });
    await writer.handle({ type: 'threads/set', key: 'thread-f:1789', accountId: null, recipients, at }, ownSender());
    expect(await local('threads')).toEqual({ 'thread-f:1789': { kind: 'welcome', recipients, at } });
    await writer.handle({ type: 'threads/set', key: 'thread-f:1789', kind: null, recipients, at }, ownSender());
    expect(await local('threads')).toEqual({});
  });

  it('a choice for other recipients is replaced whole, never merged', async () => {
    const { writer } = setup();
    const at = '2026-11-27T10:00:00.000Z';
    const other = 'f'.repeat(64);
    await writer.handle({ type: 'threads/set', key: 'thread-f:1789', kind: 'welcome', recipients: RECIPIENTS, at }, ownSender());
    await writer.handle({ type: 'threads/set', key: 'thread-f:1789', accountId: ACCOUNT_A, recipients: other, at }, ownSender());
    expect(await local('threads')).toEqual({ 'thread-f:1789': { accountId: ACCOUNT_A, recipients: other, at } });
  });

  it('keeps thread choices bounded: on a write, choices older than 90 days go, then the oldest beyond 500', async () => {
    const now = Date.parse('2026-11-27T15:00:00.000Z');
    const daysAgo = (days: number, ms = 0) => new Date(now - days * 86_400_000 + ms).toISOString();
    const seeded: Record<string, unknown> = {};
    const recipients = RECIPIENTS;
    for (let i = 0; i < 100; i++) seeded[`thread-f:old${i}`] = { accountId: ACCOUNT_A, recipients, at: daysAgo(91 + i) };
    for (let i = 0; i < 550; i++) seeded[`thread-f:recent${i}`] = { accountId: ACCOUNT_A, recipients, at: daysAgo(60, i) };
    await fakeBrowser.storage.local.set({ threads: seeded, threads$: { v: 2 } });
    const { writer } = setup();
    const set = { type: 'threads/set', key: 'thread-f:new', kind: 'welcome', recipients, at: daysAgo(0) } as const;
    expect(await writer.handle(set, ownSender())).toEqual({ ok: true });
    const stored = (await local('threads')) as Record<string, { at: string }>;
    const keys = Object.keys(stored);
    expect(keys).toHaveLength(500);
    expect(keys).toContain('thread-f:new');
    expect(keys.filter((k) => k.startsWith('thread-f:old'))).toEqual([]);
    // The newest 499 of the recent ones stay; the 51 oldest of them went.
    expect(keys).toContain('thread-f:recent549');
    expect(keys).toContain('thread-f:recent51');
    expect(keys).not.toContain('thread-f:recent50');
  });

  it('saves settings patches over the defaults with this browser’s zone', async () => {
    const { writer } = setup();
    await writer.handle({ type: 'settings/set', patch: { userName: 'Maria Lopez', initials: 'ML' } }, ownSender());
    await writer.handle({ type: 'settings/set', patch: { disabledRules: ['UNR-DAILY-10'] } }, ownSender());
    expect(await sync('settings')).toMatchObject({
      userName: 'Maria Lopez',
      initials: 'ML',
      timeZone: ZONE,
      disabledRules: ['UNR-DAILY-10'],
    });
  });

  it('stores a playbook only when it validates, and null goes back to the built-in one', async () => {
    const { writer } = setup({ now: () => '2026-11-27T12:00:00.000Z' });
    const broken = { ...BUILTIN_PLAYBOOK, rules: [{ ...BUILTIN_PLAYBOOK.rules[0], check: { evaluator: 'nope' } }] };
    const refused = await writer.handle({ type: 'playbook/set', playbook: broken }, ownSender());
    expect(refused).toMatchObject({ ok: false, details: [expect.stringContaining('unknown evaluator "nope"')] });
    expect(await local('playbook')).toBeUndefined();

    const accepted = await writer.handle({ type: 'playbook/set', playbook: BUILTIN_PLAYBOOK, source: 'sops.json' }, ownSender());
    expect(accepted).toEqual({ ok: true, warnings: expect.any(Array) });
    expect(await local('playbook')).toMatchObject({ importedAt: '2026-11-27T12:00:00.000Z', source: 'sops.json' });

    await writer.handle({ type: 'playbook/set', playbook: null }, ownSender());
    expect(await local('playbook')).toBeUndefined();
  });
});
