import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyImport } from '@/lib/audit/apply';
import { createBundle, serializeBundle } from '@/lib/audit/bundle';
import { BUNDLE_FORMAT } from '@/lib/audit/bundle-schema';
import { checksumOf } from '@/lib/audit/checksum';
import { previewMerge } from '@/lib/audit/merge';
import { readBundle, type ImportedBundle } from '@/lib/audit/read-bundle';
import { accountTimeline } from '@/lib/audit/timeline';
import { observed } from '@/lib/core/profile/merge';
import { deriveProgress, type ProgressEvent } from '@/lib/core/progress/events';
import type { AccountProfile } from '@/lib/core/profile/schema';
import { local, setup } from '../store/support';
import { ACCOUNT_A, ACCOUNT_B, ACCOUNT_C, NOW, PLAYBOOK, digital, profile, tick } from './support';

const JANE_TICK = tick(ACCOUNT_A, 'OB-PRESENTATION', true, 'Jane Doe', '2026-11-03T16:00:00.000Z', '2026-11-03T16:00:00.000Z-jane0001');
const LEE_UNTICK = tick(ACCOUNT_A, 'OB-PRESENTATION', false, 'Lee Park', '2026-11-05T16:00:00.000Z', '2026-11-05T16:00:00.000Z-lee00001');
const SAM_OLD_TICK = tick(ACCOUNT_A, 'OB-PRESENTATION', true, 'Sam Roe', '2026-11-01T16:00:00.000Z', '2026-11-01T16:00:00.000Z-sam00001');
const SAM_B = tick(ACCOUNT_B, 'OB-SAME-DAY-CALL', true, 'Sam Roe', '2026-11-16T16:00:00.000Z', '2026-11-16T16:00:00.000Z-sam00002');

/** A bundle as a colleague's browser exports it, read back as the import reads it. */
const fromColleague = async (name: string, events: ProgressEvent[], profiles: AccountProfile[] = []): Promise<ImportedBundle> => {
  const bundle = await createBundle({ events, profiles, exporter: { name }, now: NOW });
  const read = await readBundle(serializeBundle(bundle));
  if (!read.ok) throw new Error(read.message);
  return read.bundle;
};

/** A lead's dashboard: a store over the real background writer (fakeBrowser storage). */
const dashboard = async () => {
  const { tab, storedEvents } = setup();
  const store = tab();
  await store.ready;
  await store.getState().actions.watchAccounts('all');
  const state = () => store.getState();
  const preview = (bundles: ImportedBundle[]) => previewMerge({ events: state().events, profiles: state().profiles }, bundles, PLAYBOOK, NOW);
  const apply = async (bundles: ImportedBundle[]) => {
    const result = await applyImport(preview(bundles), state().actions);
    await store.idle();
    return result;
  };
  return { store, state, preview, apply, storedEvents };
};

describe('importing bundles: preview, then apply through the store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('is idempotent: importing the same bundle twice changes nothing the second time', async () => {
    const d = await dashboard();
    const bundle = await fromColleague('Jane Doe', [JANE_TICK, SAM_B], [digital(ACCOUNT_A, 'Lakeside Clinic', 'Jane Doe', '2026-11-02')]);
    const first = d.preview([bundle]);
    expect(first.unchanged).toBe(false);
    expect(first.newEvents).toEqual([JANE_TICK, SAM_B]);
    expect(first.accounts.map((a) => [a.accountId, a.isNew, a.newEvents, a.items.map((i) => `${i.ruleId}:${i.after.done}`), a.facts.length])).toEqual([
      [ACCOUNT_A, true, 1, ['OB-PRESENTATION:true'], 8],
      [ACCOUNT_B, true, 1, ['OB-SAME-DAY-CALL:true'], 0],
    ]);
    expect(first.accounts[0]!.orgHost).toBe('acme.my.salesforce.com');

    expect(await d.apply([bundle])).toEqual({ eventsAdded: 2, profilesChanged: 1, errors: [] });
    const storedEvents = await d.storedEvents();
    const storedProfiles = await local('profiles');
    expect(d.state().profiles[ACCOUNT_A]).toMatchObject({ orgHost: 'acme.my.salesforce.com', facts: { accountName: { known: true, value: 'Lakeside Clinic' } } });

    const again = d.preview([bundle]);
    expect(again).toMatchObject({ unchanged: true, newEvents: [], observations: [], accounts: [], knownEvents: 2, conflicts: [] });
    expect(await d.apply([bundle])).toEqual({ eventsAdded: 0, profilesChanged: 0, errors: [] });
    expect(await d.storedEvents()).toEqual(storedEvents);
    expect(await local('profiles')).toEqual(storedProfiles);
  });

  it('two files sharing events: the union, each event once', async () => {
    const d = await dashboard();
    const one = await fromColleague('Jane Doe', [JANE_TICK, SAM_B]);
    const two = await fromColleague('Sam Roe', [SAM_B, LEE_UNTICK]);
    const preview = d.preview([one, two]);
    expect(preview.newEvents.map((e) => e.id)).toEqual([JANE_TICK.id, SAM_B.id, LEE_UNTICK.id]);
    expect(preview.knownEvents).toBe(1);
    await d.apply([one, two]);
    expect((await d.storedEvents()).map((e) => e.id).sort()).toEqual([JANE_TICK.id, LEE_UNTICK.id, SAM_B.id].sort());
  });

  it('conflicting edits: per account and rule the latest event wins, and the history keeps every edit', async () => {
    const d = await dashboard();
    await d.state().actions.appendEvents([JANE_TICK]);
    await d.store.idle();

    const lead = await fromColleague('Lee Park', [LEE_UNTICK]);
    const later = d.preview([lead]);
    expect(later.accounts[0]!.items).toEqual([
      {
        ruleId: 'OB-PRESENTATION',
        title: 'Onboarding presentation',
        before: { by: 'Jane Doe', at: JANE_TICK.at, done: true },
        after: { by: 'Lee Park', at: LEE_UNTICK.at, done: false },
      },
    ]);
    // An older edit from another CSM joins the history but does not change the current state.
    const sam = await fromColleague('Sam Roe', [SAM_OLD_TICK]);
    const older = d.preview([sam]);
    expect(older.newEvents).toEqual([SAM_OLD_TICK]);
    expect(older.accounts[0]!.items).toEqual([]);

    // In either order, the result is the same.
    await d.apply([sam, lead]);
    const progress = deriveProgress(d.state().events, ACCOUNT_A);
    expect(progress.items['OB-PRESENTATION']).toEqual({ by: 'Lee Park', at: LEE_UNTICK.at, done: false });
    expect(accountTimeline(d.state().events, ACCOUNT_A, PLAYBOOK).map((e) => [e.by, e.current])).toEqual([
      ['Lee Park', true],
      ['Jane Doe', false],
      ['Sam Roe', false],
    ]);
  });

  it('an event id already used by a different event keeps the copy here and says so', async () => {
    const d = await dashboard();
    await d.state().actions.appendEvents([JANE_TICK]);
    await d.store.idle();
    const forged = await fromColleague('Mallory', [{ ...JANE_TICK, done: false }]);
    expect(d.preview([forged])).toMatchObject({ unchanged: true, conflicts: [JANE_TICK.id], knownEvents: 1 });
  });

  it('many reused event ids are previewed without a list lookup per id (that froze the page for tens of seconds)', () => {
    const n = 50_000;
    const here = Array.from({ length: n }, (_, i) => tick(ACCOUNT_A, 'OB-PRESENTATION', true, 'Jane Doe', '2026-11-03T16:00:00.000Z', `reused-${i}`));
    const forged: ImportedBundle = {
      exporter: { name: 'Mallory' },
      exportedAt: NOW,
      events: [...here, ...here].map((event) => ({ ...event, done: false })),
      profiles: [],
      fileVersion: 2,
      checksum: '0'.repeat(64),
    };
    // Counted, not timed (timings belong to npm run bench): a scan of the conflicts list per
    // reused id is the quadratic path that froze the page.
    const scans = vi.spyOn(Array.prototype, 'includes');
    const preview = previewMerge({ events: here, profiles: {} }, [forged], PLAYBOOK, NOW);
    const calls = scans.mock.calls.length;
    scans.mockRestore();
    expect(calls).toBeLessThan(n / 10);
    expect(preview).toMatchObject({ unchanged: true, knownEvents: 2 * n });
    expect(preview.conflicts).toHaveLength(n);
    expect(preview.conflicts[n - 1]).toBe(`reused-${n - 1}`);
  });

  it('profiles: a newer observation wins, an older or unknown one never erases, a known org host stays', async () => {
    const d = await dashboard();
    const here = profile(ACCOUNT_C, { accountName: 'Zenith Health', csm: 'Jane Doe', segmentation: 'Core' }, { observedAt: '2026-11-20T15:00:00.000Z' });
    const known = Object.fromEntries(Object.entries(here.facts).filter(([, fact]) => fact.known));
    expect(await d.state().actions.observeFacts(ACCOUNT_C, known, 'zenith.my.salesforce.com')).toEqual({ ok: true, changed: true });
    await d.store.idle();

    const theirs = profile(
      ACCOUNT_C,
      { accountName: 'Zenith Health Group', csm: 'Sam Roe', segmentation: 'Digital' },
      { observedAt: '2026-11-10T15:00:00.000Z', orgHost: 'other.my.salesforce.com' },
    );
    theirs.facts.csm = observed('Sam Roe', { kind: 'sf.account' }, '2026-11-25T15:00:00.000Z');
    const preview = d.preview([await fromColleague('Sam Roe', [], [theirs])]);
    expect(preview.accounts).toHaveLength(1);
    expect(preview.accounts[0]!.facts).toEqual([{ fact: 'csm', name: 'Customer Success Manager', before: 'Jane Doe', after: 'Sam Roe' }]);
    expect(preview.accounts[0]!.orgHost).toBeNull();
    await d.apply([await fromColleague('Sam Roe', [], [theirs])]);
    const after = d.state().profiles[ACCOUNT_C]!;
    expect([after.orgHost, after.facts.accountName, after.facts.csm, after.facts.segmentation].map((f) => (typeof f === 'object' && f && 'value' in f ? f.value : f))).toEqual([
      'zenith.my.salesforce.com',
      'Zenith Health',
      'Sam Roe',
      'Core',
    ]);
  });

  it('a profile with a bad org host is left out and named; the other 999 of the batch are imported', async () => {
    const d = await dashboard();
    const ids = Array.from({ length: 1_000 }, (_, i) => `001Hs00003${String(i).padStart(5, '0')}AAA`);
    const profiles = ids.map((id, i) =>
      profile(id, { accountName: `Clinic ${i}` }, { orgHost: i === 500 ? 'evil.com#.my.salesforce.com' : 'acme.my.salesforce.com' }),
    );
    const bundle = await fromColleague('Mallory', [SAM_B], profiles);
    const preview = d.preview([bundle]);
    expect(preview.refused).toEqual([
      'Clinic 500 (001Hs0000300500AAA): its Salesforce org "evil.com#.my.salesforce.com" is not a host name, so this profile is left out (its checklist events are still imported).',
    ]);
    expect(preview.observations).toHaveLength(999);
    expect(await d.apply([bundle])).toEqual({ eventsAdded: 1, profilesChanged: 999, errors: [] });
    expect(Object.keys(d.state().profiles)).toHaveLength(999);
    expect(d.state().profiles[ids[500]!]).toBeUndefined();
    expect(d.state().profiles[ids[501]!]).toMatchObject({ orgHost: 'acme.my.salesforce.com', facts: { accountName: { value: 'Clinic 501' } } });
  });

  it('apply sends only observations the background accepts and names the others', async () => {
    const d = await dashboard();
    const good = { accountId: ACCOUNT_A, facts: { accountName: observed('Lakeside Clinic', { kind: 'sf.account' }, NOW) } };
    const bad = { accountId: ACCOUNT_B, orgHost: 'not a host', facts: {} };
    expect(await applyImport({ newEvents: [], observations: [good, bad] }, d.state().actions)).toEqual({
      eventsAdded: 0,
      profilesChanged: 1,
      errors: [`Profile ${ACCOUNT_B} was not imported: orgHost: not a host name`],
    });
  });

  it('an older (v1, log-only) file is migrated and merged like any other', async () => {
    const d = await dashboard();
    const v1 = { format: BUNDLE_FORMAT, schemaVersion: 1, exporter: 'Sam Roe', exportedAt: '2026-11-20T12:00:00.000Z', events: [SAM_B] };
    const read = await readBundle(JSON.stringify({ ...v1, sha256: await checksumOf(v1) }));
    if (!read.ok) throw new Error(read.message);
    expect(read.bundle.fileVersion).toBe(1);
    expect(await d.apply([read.bundle])).toEqual({ eventsAdded: 1, profilesChanged: 0, errors: [] });
    expect(d.preview([read.bundle]).unchanged).toBe(true);
    expect(deriveProgress(d.state().events, ACCOUNT_B).items['OB-SAME-DAY-CALL']).toMatchObject({ by: 'Sam Roe', done: true });
  });
});
