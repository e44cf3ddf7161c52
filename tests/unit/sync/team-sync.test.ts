/**
 * Team sync (lib/sync) against a real CouchDB-protocol server: pouchdb-server from
 * tests/support/couch-server.ts (or CSM_GUIDE_COUCHDB_URL, docs/team-sync.md). Each "browser" is
 * a local PouchDB over fake-indexeddb, its own storage areas and its own cookie jar: Node's fetch
 * keeps no cookies, so a small jar stands in for the browser's (sign-in and sign-out are real).
 */
import 'fake-indexeddb/auto';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openLocalDb, type EventDb } from '@/background/events/db';
import { toEventDoc } from '@/lib/events/doc';
import { createEventStore } from '@/background/events/event-store';
import { writeOutbox, type OutboxArea } from '@/lib/events/outbox';
import { createEventService, type EventService } from '@/background/events/service';
import type { Observation } from '@/lib/audit/merge';
import { emptyFacts, type AccountProfile, type ProfileFacts } from '@/lib/core/profile/schema';
import type { ProgressEvent } from '@/lib/core/progress/events';
import { acceptPulled } from '@/background/sync/pull-limits';
import { TEAM_SYNC_TOKEN_KEY } from '@/lib/sync/schema';
import { teamFetch, type Fetcher } from '@/lib/sync/session';
import { createTeamSync, type KeyArea, type TeamSync } from '@/background/sync/team-sync';
import { setupTeamDb, type Credentials } from '@/tools/team/setup';
import { startCouchServer, type CouchServer } from '../../support/couch-server';

// PouchDB's idb adapter reads navigator.userAgent (a service worker has it; Node 20 does not).
(globalThis as { navigator?: unknown }).navigator ??= { userAgent: 'node' };

const suffix = randomBytes(4).toString('hex');
const dbName = `csm-guide-sync-${suffix}`;
const maria: Credentials = { name: `maria-${suffix}`, password: 'maria-pw' };
const sam: Credentials = { name: `sam-${suffix}`, password: 'sam-pw' };
const lee: Credentials = { name: `lee-${suffix}`, password: 'lee-pw' };
const outsider: Credentials = { name: `outsider-${suffix}`, password: 'outsider-pw' };
const ACCOUNT = '001Hs00003ABCdeIAG';

let server: CouchServer;
const dbUrl = () => `${server.url}/${dbName}`;
const basic = ({ name, password }: Credentials) => `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;

/** What the server holds, read as admin. */
const serverDocs = async (): Promise<Array<{ _id: string; owner?: string }>> => {
  const response = await fetch(`${dbUrl()}/_all_docs?include_docs=true&startkey=%22ev%2F%22&endkey=%22ev%2F%EF%BF%BF%22`, {
    headers: { authorization: basic(server.admin) },
  });
  return ((await response.json()) as { rows: Array<{ doc: { _id: string; owner?: string } }> }).rows.map((row) => row.doc);
};

const memoryArea = (): KeyArea & OutboxArea => {
  const data = new Map<string, unknown>();
  return {
    async get(keys) {
      const list = keys === null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
    },
  };
};

/** A browser's cookie jar for one server, and a switch that makes the network fail like offline. */
const browserFetch = () => {
  let cookie: string | undefined;
  let offline = false;
  const requests: string[] = [];
  /** Runs before each request (a test holds or fails the change feed with it). */
  let before: ((url: string) => Promise<void> | void) | null = null;
  const fetcher: Fetcher = async (input, init = {}) => {
    if (offline) throw new TypeError('fetch failed');
    await before?.(typeof input === 'string' ? input : input.url);
    requests.push(`${init.method ?? 'GET'} ${typeof input === 'string' ? input : input.url}`);
    const headers = new Headers(init.headers);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(input, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      if (pair.slice(0, eq).trim() === 'AuthSession') cookie = pair.slice(eq + 1) ? pair : undefined;
    }
    return response;
  };
  return {
    fetcher,
    setOffline: (value: boolean) => void (offline = value),
    setBefore: (hook: ((url: string) => Promise<void> | void) | null) => void (before = hook),
    /** Every request sent, as `METHOD url`. */
    requests,
    /** The cookie expired or was removed (the browser forgot the session). */
    forget: () => void (cookie = undefined),
  };
};

let browsers = 0;
interface Browser {
  db: EventDb;
  sync: TeamSync;
  events: EventService;
  net: ReturnType<typeof browserFetch>;
  session: KeyArea;
  announced: ProgressEvent[];
  /** Account cards pulled from the team, as the writer would be asked to merge them. */
  observed: Observation[];
  /** This browser's profiles (the cards it sends are made from them). */
  profiles: Record<string, AccountProfile>;
  /** How often sync read the profiles. */
  reads: { profiles: number };
  /** Ticks recorded in this browser: through the outbox, as a tab records them (stamped with the session user). */
  record(events: ProgressEvent[]): Promise<void>;
}
const browser = (extra: { maxDocs?: number; pullPage?: number } = {}): Browser => {
  const db = openLocalDb(`sync-test-${process.pid}-${suffix}-${browsers++}`);
  const area = memoryArea();
  const session = memoryArea();
  const net = browserFetch();
  const announced: ProgressEvent[] = [];
  const observed: Observation[] = [];
  const profiles: Record<string, AccountProfile> = {};
  const reads = { profiles: 0 };
  let events!: EventService;
  const sync = createTeamSync({
    db,
    local: area,
    session,
    fetch: net.fetcher,
    observe: async (observations) => void observed.push(...observations),
    profiles: async () => {
      reads.profiles++;
      return profiles;
    },
    announce: async (added) => {
      announced.push(...added);
      await events.announce(added);
    },
    debounceMs: 60_000, // the tests call run() themselves
    ...extra,
  });
  events = createEventService({ store: createEventStore(db), area, owner: sync.owner, ownStored: (ids) => sync.ownStored(ids), onAdded: () => sync.schedule() });
  const record = async (list: ProgressEvent[]) => {
    await writeOutbox(area, list);
    await events.flush();
  };
  return { db, sync, events, net, session, announced, observed, profiles, reads, record };
};

let n = 0;
const tick = (ruleId = 'OB-PREP-REVIEW'): ProgressEvent => {
  const at = new Date(Date.UTC(2026, 10, 27, 15, 0, n)).toISOString();
  return { type: 'item', id: `${at}-${suffix}${(n++).toString(36)}`, accountId: ACCOUNT, by: 'Maria Lopez', at, ruleId, done: true };
};
const seen = '2026-11-20T15:00:00.000Z';
const known = (value: unknown) => ({ known: true, value, source: { kind: 'sf.account' }, observedAt: seen });
/** An account profile, as a browser keeps one for every account opened in it. */
const profileOf = (accountId: string, values: Record<string, unknown> = {}): AccountProfile => ({
  accountId,
  facts: { ...emptyFacts(), ...Object.fromEntries(Object.entries(values).map(([k, v]) => [k, known(v)])) } as ProfileFacts,
  updatedAt: seen,
});
const docId = (event: ProgressEvent, owner = maria.name) => `ev/${event.accountId}/@${encodeURIComponent(owner)}/${event.id}`;

const closedPort = (): Promise<number> =>
  new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  server = await startCouchServer();
  await setupTeamDb({ url: server.url, admin: server.admin, db: dbName, csms: [maria, sam], leads: [lee] });
  const id = `org.couchdb.user:${outsider.name}`;
  await fetch(`${server.url}/_users/${encodeURIComponent(id)}`, {
    method: 'PUT',
    headers: { authorization: basic(server.admin), 'content-type': 'application/json' },
    body: JSON.stringify({ _id: id, name: outsider.name, password: outsider.password, roles: [], type: 'user' }),
  });
}, 120_000);

afterAll(async () => {
  if (!server) return;
  if (server.external) await fetch(`${dbUrl()}`, { method: 'DELETE', headers: { authorization: basic(server.admin) } });
  await server.stop();
});

describe('team sync', () => {
  let m: Browser;
  let s: Browser;
  const early = tick();

  it('is off until set up: no owner, nothing sent, no error', async () => {
    m = browser();
    await m.record([early]);
    expect(await m.sync.owner()).toBeUndefined();
    const state = await m.sync.run();
    expect(state).toMatchObject({ configured: false, signedIn: false, lastError: null, lastSyncAt: null });
  });

  it('pushes the signed-in CSM’s own events; earlier events (no owner) stay on this browser', async () => {
    await m.sync.configure({ url: dbUrl(), user: maria.name });
    const signedIn = await m.sync.signIn(maria.password);
    expect(signedIn).toMatchObject({ configured: true, signedIn: true, user: maria.name, sessionUser: maria.name, lastError: null });
    const own = tick();
    await m.record([own]);
    expect((await m.db.get(docId(own))).owner).toBe(maria.name);
    expect((await m.sync.status()).pending).toBe(1);
    const state = await m.sync.run();
    expect(state).toMatchObject({ lastError: null, pending: 0, refused: [] });
    expect(state.lastSyncAt).not.toBeNull();
    const onServer = await serverDocs();
    expect(onServer.map((d) => d._id)).toEqual([docId(own)]);
    expect(onServer[0]!.owner).toBe(maria.name);
    expect(onServer.some((d) => d._id.endsWith(early.id))).toBe(false);
  });

  it('keeps imported events with their authors: never stamped with the importer, never pushed', async () => {
    const imported = { ...tick('OB-IMPORTED'), by: 'Sam Roe' };
    await m.events.append([imported]);
    expect((await m.db.get(`ev/${ACCOUNT}/${imported.id}`)).owner).toBeUndefined();
    expect((await m.sync.run()).pending).toBe(0);
    expect((await serverDocs()).some((d) => d._id.endsWith(imported.id))).toBe(false);
  });

  it('dates no tick recorded here after the background’s clock', async () => {
    const ahead = { ...tick('OB-AHEAD'), at: '9999-01-01T00:00:00.000Z' };
    await m.record([ahead]);
    const [stored] = (await m.events.forAccounts([ACCOUNT])).filter((e) => e.id === ahead.id);
    expect(Date.parse(stored!.at)).toBeLessThanOrEqual(Date.now());
    await m.sync.run();
  });

  it('pulls a colleague’s events and announces them to the open pages', async () => {
    s = browser();
    // Sam works the account too: it was opened in his browser (a CSM's browser pulls the accounts it works).
    s.profiles[ACCOUNT] = profileOf(ACCOUNT);
    await s.sync.configure({ url: dbUrl(), user: sam.name });
    const state = await s.sync.signIn(sam.password);
    expect(state).toMatchObject({ signedIn: true, lastError: null, lastPulled: 2 });
    expect(s.announced).toHaveLength(2);
    expect(s.announced[0]).toMatchObject({ accountId: ACCOUNT, by: 'Maria Lopez' });
    expect(await s.events.forAccounts([ACCOUNT])).toHaveLength(2);
    // Who recorded them, as the ids prove it (the server checked each id against the session).
    expect(Object.values(await s.events.authors([ACCOUNT]))).toEqual([{ owner: maria.name }, { owner: maria.name }]);
    // Sam's tick goes up, Maria's next sync brings it down.
    await s.record([tick('OB-CALL')]);
    await s.sync.run();
    m.announced.length = 0;
    expect(await m.sync.run()).toMatchObject({ lastPulled: 1 });
    expect(m.announced.map((e) => (e as { ruleId: string }).ruleId)).toEqual(['OB-CALL']);
  });

  it('records what the server refuses, with its reason, and keeps it waiting until the cause is fixed', async () => {
    // Written straight into the local database: Maria's own name, but a free-text field the team must not get.
    const forged = tick('OB-FORGED');
    await m.db.put({ ...toEventDoc(forged, maria.name), note: 'patient called back' });
    // In another CSM's name: not sent while Maria is signed in (only her events are pushed).
    const foreign = tick('OB-FOREIGN');
    await m.db.put(toEventDoc(foreign, sam.name));
    // The push sends what the store marked as own and unsent (background/sync/unpushed.ts), as it marks each own event it stores.
    await m.sync.ownStored([docId(forged)]);
    const state = await m.sync.run();
    expect(state.lastError).toBeNull();
    expect(state.refused).toEqual([
      expect.objectContaining({ eventId: forged.id, accountId: ACCOUNT, docId: docId(forged), reason: expect.stringMatching(/"note" is not synced/) }),
    ]);
    // Refused is still waiting: counted, and offered again at the next sync.
    expect(state.pending).toBe(1);
    const again = await m.sync.run();
    expect(again).toMatchObject({ pending: 1, refused: [expect.objectContaining({ eventId: forged.id })] });
    const ids = (await serverDocs()).map((d) => d._id);
    for (const event of [forged, foreign]) expect(ids.some((id) => id.endsWith(event.id))).toBe(false);
  });

  it('stops with a clear message when the session is not the user named in Settings', async () => {
    await m.sync.configure({ url: dbUrl(), user: sam.name });
    const before = await serverDocs();
    const state = await m.sync.run();
    expect(state.lastError).toMatchObject({ kind: 'mismatch', message: expect.stringContaining(`signed in to the team server as “${maria.name}”`) });
    expect(await serverDocs()).toEqual(before);
    await m.sync.configure({ url: dbUrl(), user: maria.name });
    expect((await m.sync.run()).lastError).toBeNull();
  });

  it('replaying changes nothing: same documents on the server, same refusals, a stored event stays one', async () => {
    const before = await serverDocs();
    const again = await m.sync.run();
    expect(await serverDocs()).toEqual(before);
    expect(again.refused).toHaveLength(1);
    expect(again.lastPulled).toBe(0);
    const [first] = await m.events.forAccounts([ACCOUNT]);
    expect(await m.events.append([first!])).toEqual({ added: 0 });
  });

  it('sends a refused event once the cause is fixed', async () => {
    const forged = (await m.sync.status()).refused[0]!;
    const doc = (await m.db.get(forged.docId!)) as Record<string, unknown>;
    delete doc['note'];
    await m.db.put(doc);
    const state = await m.sync.run();
    expect(state).toMatchObject({ lastError: null, refused: [], pending: 0 });
    expect((await serverDocs()).some((d) => d._id === forged.docId)).toBe(true);
  });

  it('reports offline, keeps the events pending, and sends them when the server answers again', async () => {
    m.net.setOffline(true);
    const later = tick('OB-OFFLINE');
    await m.record([later]);
    const offline = await m.sync.run();
    expect(offline.lastError).toMatchObject({ kind: 'offline' });
    expect(offline.pending).toBe(1);
    m.net.setOffline(false);
    const back = await m.sync.run();
    expect(back).toMatchObject({ lastError: null, pending: 0 });
    expect((await serverDocs()).some((d) => d._id === docId(later))).toBe(true);
  });

  it('reports a server nobody answers on as offline, also at sign-in', async () => {
    const b = browser();
    await b.sync.configure({ url: `http://127.0.0.1:${await closedPort()}/${dbName}`, user: maria.name });
    const state = await b.sync.signIn(maria.password);
    expect(state).toMatchObject({ signedIn: false, lastError: { kind: 'offline' } });
  });

  it('after sign-out, and when the session ends, says signed out instead of syncing', async () => {
    const out = await s.sync.signOut();
    expect(out).toMatchObject({ signedIn: false, lastError: null });
    expect(await s.sync.run()).toMatchObject({ lastError: { kind: 'signed-out' } });

    // Maria's browser loses the cookie (expired): the server answers 401 and says she is anonymous.
    m.net.forget();
    await m.record([tick('OB-AFTER')]);
    const state = await m.sync.run();
    expect(state).toMatchObject({ signedIn: false, pending: 1, lastError: { kind: 'signed-out' } });
    expect((await m.sync.signIn(maria.password)).pending).toBe(0);
  });

  it('tells a wrong password and an account outside the team apart', async () => {
    const b = browser();
    await b.sync.configure({ url: dbUrl(), user: outsider.name });
    expect(await b.sync.signIn('wrong')).toMatchObject({ signedIn: false, lastError: { kind: 'unauthorized', message: expect.stringMatching(/password/) } });
    const state = await b.sync.signIn(outsider.password);
    // pouchdb-server answers 401 where CouchDB answers 403.
    expect(['unauthorized', 'forbidden']).toContain(state.lastError?.kind);
  });

  it('keeps replication checkpoints on this browser: nothing is read from or written to _local on the server', async () => {
    // _local documents skip validate_doc_update: a member could move a teammate's checkpoint.
    expect(m.net.requests.length).toBeGreaterThan(0);
    expect(m.net.requests.filter((r) => r.includes('/_local'))).toEqual([]);
  });

  it('a lead pulls the whole team', async () => {
    const l = browser();
    await l.sync.configure({ url: dbUrl(), user: lee.name });
    await l.sync.signIn(lee.password);
    const owners = new Set(l.announced.map((e) => e.id));
    expect(owners.size).toBe((await serverDocs()).length);
  });
});

describe('account cards', () => {
  const OTHER = '001Hs00003CardsIAA';
  const serverCards = async () => {
    const response = await fetch(`${dbUrl()}/_all_docs?include_docs=true&startkey=%22card%2F%22&endkey=%22card%2F%EF%BF%BF%22`, {
      headers: { authorization: basic(server.admin) },
    });
    return ((await response.json()) as { rows: Array<{ doc: Record<string, unknown> }> }).rows.map((row) => row.doc);
  };

  it('go up with what a lead audits and nothing more, and teach the lead’s browser', async () => {
    const m = browser();
    m.profiles[OTHER] = profileOf(OTHER, {
      accountName: 'Lakeside Clinic',
      csm: 'Maria Lopez',
      segmentation: 'Digital',
      serviceLevel: 'Premium',
      subtypes: ['SMB'],
      assignmentDate: '2026-11-02',
      products: ['Learning'],
      mrr: 1200,
      userCount: 40,
      csmLeader: 'Lee Park',
      primaryContactDomain: 'lakeside.example',
    });
    await m.sync.configure({ url: dbUrl(), user: maria.name });
    expect(await m.sync.signIn(maria.password)).toMatchObject({ lastError: null });
    const cards = (await serverCards()).filter((c) => c['accountId'] === OTHER);
    expect(cards).toHaveLength(1);
    expect(cards[0]!['_id']).toMatch(new RegExp(`^card/${OTHER}/@${maria.name}/`));
    expect(Object.keys(cards[0]!['facts'] as object).sort()).toEqual(
      ['accountName', 'assignmentDate', 'csm', 'products', 'segmentation', 'serviceLevel', 'subtypes'].sort(),
    );
    expect(JSON.stringify(cards[0])).not.toMatch(/1200|lakeside\.example|Lee Park/);

    // Nothing new to say: no second card, also after a page was seen again.
    m.sync.profilesChanged();
    m.profiles[OTHER] = { ...m.profiles[OTHER]!, facts: { ...m.profiles[OTHER]!.facts, csm: { ...known('Maria Lopez'), observedAt: '2026-11-21T15:00:00.000Z' } as never } };
    await m.sync.run();
    expect((await serverCards()).filter((c) => c['accountId'] === OTHER)).toHaveLength(1);

    const l = browser();
    await l.sync.configure({ url: dbUrl(), user: lee.name });
    await l.sync.signIn(lee.password);
    const taught = l.observed.filter((o) => o.accountId === OTHER);
    expect(taught).toHaveLength(1);
    expect(taught[0]!.facts.accountName).toMatchObject({ known: true, value: 'Lakeside Clinic', observedAt: seen });
    expect(taught[0]!.facts.csm).toMatchObject({ known: true, value: 'Maria Lopez' });
    expect(taught[0]!.facts.mrr).toBeUndefined();

    // The lead's browser merged it; with the same values it does not send the card back as the lead's.
    l.profiles[OTHER] = profileOf(OTHER, { accountName: 'Lakeside Clinic', csm: 'Maria Lopez' });
    l.sync.profilesChanged();
    await l.sync.run();
    expect((await serverCards()).filter((c) => c['accountId'] === OTHER)).toHaveLength(1);

    // A new value is news: a new card.
    m.profiles[OTHER] = profileOf(OTHER, { accountName: 'Lakeside Clinic', csm: 'Sam Roe' });
    m.sync.profilesChanged();
    await m.sync.run();
    expect((await serverCards()).filter((c) => c['accountId'] === OTHER)).toHaveLength(2);
  });
});

describe('limits on pull', () => {
  const put = (doc: Record<string, unknown>) =>
    fetch(`${dbUrl()}/${encodeURIComponent(String(doc['_id']))}`, {
      method: 'PUT',
      headers: { authorization: basic(server.admin), 'content-type': 'application/json' },
      body: JSON.stringify(doc),
    });

  it('keeps nothing that is not an event or card this version reads, too large, or dated ahead; counts it as skipped', async () => {
    // A server admin bypasses validation: this is what a hostile or broken server could send.
    const future = { ...tick('OB-FUTURE'), at: '9999-01-01T00:00:00.000Z' };
    await put({ ...toEventDoc(future, sam.name) });
    const big = tick('OB-BIG');
    await put({ ...toEventDoc(big, sam.name), by: 'x'.repeat(5000) });
    await put({ _id: `ev/${ACCOUNT}/@${sam.name}/garbage`, hello: 'world' });
    const l = browser();
    await l.sync.configure({ url: dbUrl(), user: lee.name });
    const state = await l.sync.signIn(lee.password);
    expect(state.lastError).toBeNull();
    expect(state.lastSkipped).toBeGreaterThanOrEqual(3);
    const here = (await l.events.forAccounts([ACCOUNT])).map((e) => e.id);
    expect(here).not.toContain(future.id);
    expect(here).not.toContain(big.id);
    expect(here.length).toBeGreaterThan(0);
  });

  it('stops at the cap with an error the CSM sees', async () => {
    const l = browser({ maxDocs: 2 });
    await l.sync.configure({ url: dbUrl(), user: lee.name });
    const state = await l.sync.signIn(lee.password);
    expect(state.lastError).toMatchObject({ kind: 'limit', message: expect.stringMatching(/Stopped pulling/) });
  });
});

describe('streamed pull', () => {
  /** Every event document on the server a pull keeps (what a browser should end up holding). */
  const keptOnServer = async (): Promise<string[]> => (await serverDocs()).filter((doc) => acceptPulled(doc, Date.now())).map((doc) => doc._id);
  const localEventIds = async (db: EventDb): Promise<string[]> =>
    (await db.allDocs({ startkey: 'ev/', endkey: 'ev/\uffff' })).rows.map((row) => row.id);

  it('brings the history in pages, each announced and checkpointed as it arrives; a pull cut short resumes there, without duplicates', async () => {
    const l = browser({ pullPage: 2 });
    await l.sync.configure({ url: dbUrl(), user: lee.name });
    // The connection drops after the second page of the change feed (as a stopped worker's would).
    let pages = 0;
    l.net.setBefore((url) => {
      if (url.includes('/_changes') && ++pages > 2) throw new TypeError('fetch failed');
    });
    const cut = await l.sync.signIn(lee.password);
    expect(cut.lastError).toMatchObject({ kind: 'offline' });
    expect(cut.pull).toBeNull();
    // What came before the cut was stored and announced already (not held until the pull's end).
    const firstAnnounced = l.announced.length;
    expect(firstAnnounced).toBeGreaterThan(0);
    expect((await localEventIds(l.db)).length).toBe(firstAnnounced);
    expect(firstAnnounced).toBeLessThanOrEqual(4);

    l.net.setBefore(null);
    l.net.requests.length = 0;
    const done = await l.sync.run();
    expect(done).toMatchObject({ lastError: null, pull: null });
    // Resumed from the stored checkpoint, not from the start of the feed.
    const firstFeed = l.net.requests.find((r) => r.includes('/_changes'))!;
    expect(new URL(firstFeed.split(' ')[1]!).searchParams.get('since')).not.toBe('0');
    const announcedIds = l.announced.map((e) => e.id);
    expect(new Set(announcedIds).size).toBe(announcedIds.length);
    expect((await localEventIds(l.db)).sort()).toEqual((await keptOnServer()).sort());
  });

  it('sends a tick made while a pull runs, before the pull ends', async () => {
    const l = browser({ pullPage: 2 });
    await l.sync.configure({ url: dbUrl(), user: sam.name });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    l.net.setBefore((url) => (url.includes('/_changes') ? held : undefined));
    const signedIn = await l.sync.signIn(sam.password);
    // The pull is still waiting for its first page: the page shows it coming.
    expect(signedIn.pull).toMatchObject({ first: true, received: 0 });
    const during = tick('OB-DURING-PULL');
    await l.record([during]);
    expect((await l.sync.status()).pending).toBe(1);
    const pushed = await l.sync.run({ waitMs: 0 });
    expect(pushed.pending).toBe(0);
    expect((await serverDocs()).map((d) => d._id)).toContain(docId(during, sam.name));
    expect((await l.sync.status()).pull).not.toBeNull();
    release();
    expect(await l.sync.run()).toMatchObject({ lastError: null, pull: null });
  });

  it('counts and finds waiting ticks without reading the local log', async () => {
    const l = browser();
    await l.sync.configure({ url: dbUrl(), user: maria.name });
    await l.sync.signIn(maria.password);
    const changes = vi.spyOn(l.db, 'changes');
    const own = tick('OB-INDEXED');
    await l.record([own]);
    expect((await l.sync.status()).pending).toBe(1);
    expect(await l.sync.run()).toMatchObject({ lastError: null, pending: 0 });
    expect((await serverDocs()).map((d) => d._id)).toContain(docId(own));
    expect(changes).not.toHaveBeenCalled();
  });
});

describe('SSO tokens', () => {
  it('are sent as Authorization: Bearer with the cookie jar still in use', async () => {
    const seen: Array<{ auth: string | null; credentials?: RequestCredentials }> = [];
    const record: Fetcher = async (_input, init = {}) => {
      seen.push({ auth: new Headers(init.headers).get('authorization'), credentials: init.credentials });
      return new Response('{}', { status: 200 });
    };
    let token: string | undefined;
    const f = teamFetch(record, () => token);
    await f('https://couch.example.com/_session');
    token = 'eyJhbGciOi.payload.sig';
    await f('https://couch.example.com/csm-guide-team', { headers: { Accept: 'application/json' } });
    expect(seen).toEqual([
      { auth: null, credentials: 'include' },
      { auth: 'Bearer eyJhbGciOi.payload.sig', credentials: 'include' },
    ]);
  });

  it('are kept in session storage only, and the server says whose they are', async () => {
    const b = browser();
    await b.sync.configure({ url: dbUrl(), user: maria.name });
    const state = await b.sync.setToken('a.b.c');
    // The test server has no JWT: to it the token is nobody, and the CSM is told so.
    expect(state.lastError).toMatchObject({ kind: 'signed-out', message: expect.stringMatching(/token/) });
    expect((await b.session.get(TEAM_SYNC_TOKEN_KEY))[TEAM_SYNC_TOKEN_KEY]).toBe('a.b.c');
    expect((await b.sync.signOut()).signedIn).toBe(false);
    expect((await b.session.get(TEAM_SYNC_TOKEN_KEY))[TEAM_SYNC_TOKEN_KEY]).toBeUndefined();
  });
});

describe('upgrade', () => {
  it('after an upgrade, sends the ticks an older version stored without the user in the id (re-keyed once, content kept)', async () => {
    const u = browser();
    const before = tick('OB-BEFORE-UPGRADE');
    // As the older version stored a tick recorded while signed in: owner set, no user in the id.
    await u.db.put({ ...before, _id: `ev/${ACCOUNT}/${before.id}`, owner: sam.name });
    await u.sync.configure({ url: dbUrl(), user: sam.name });
    const state = await u.sync.signIn(sam.password);
    // Sam's ticks from his other browser come down too: they are on the server, so nothing waits.
    expect(state).toMatchObject({ lastError: null, refused: [], pending: 0 });
    expect(state.lastPulled).toBeGreaterThan(0);
    const onServer = (await serverDocs()).find((d) => d._id === docId(before, sam.name));
    expect(onServer).toMatchObject({ ...before, owner: sam.name });
    expect((await serverDocs()).some((d) => d._id === `ev/${ACCOUNT}/${before.id}`)).toBe(false);
    expect((await u.events.forAccounts([ACCOUNT])).filter((e) => e.id === before.id)).toEqual([before]);
    // Once per user: nothing is re-keyed again.
    expect(await u.sync.run()).toMatchObject({ lastError: null, pending: 0 });
  });
});

describe('what each role pulls', () => {
  // Accounts of their own, so the other tests' documents do not blur what is counted here.
  const WORKED = '001Hs00003BookWIAA';
  const OPENED_LATER = '001Hs00003BookOIAA';
  const ELSEWHERE = '001Hs00003BookEIAA';
  const on = (accountId: string, ruleId: string): ProgressEvent => ({ ...tick(ruleId), accountId });
  const eventIdsOf = async (db: EventDb, accountId: string): Promise<string[]> =>
    (await db.allDocs({ startkey: `ev/${accountId}/`, endkey: `ev/${accountId}/\uffff` })).rows.map((row) => row.id).sort();
  const serverIdsOf = async (accountId: string): Promise<string[]> =>
    (await serverDocs()).map((doc) => doc._id).filter((id) => id.startsWith(`ev/${accountId}/`)).sort();
  const feedRequests = (b: Browser) => b.net.requests.filter((r) => r.includes('/_changes'));

  let colleague: Browser;
  beforeAll(async () => {
    // Maria works all three accounts; what Sam's browser takes of them depends on his book.
    colleague = browser();
    await colleague.sync.configure({ url: dbUrl(), user: maria.name });
    await colleague.sync.signIn(maria.password);
    await colleague.record([on(WORKED, 'OB-BOOK-1'), on(OPENED_LATER, 'OB-BOOK-2'), on(OPENED_LATER, 'OB-BOOK-2B'), on(ELSEWHERE, 'OB-BOOK-3')]);
    expect(await colleague.sync.run()).toMatchObject({ lastError: null, pending: 0 });
  });

  it('a CSM’s browser takes the accounts they work, filtered on the server, not the whole team', async () => {
    const b = browser();
    b.profiles[WORKED] = profileOf(WORKED);
    await b.sync.configure({ url: dbUrl(), user: sam.name });
    const state = await b.sync.signIn(sam.password);
    expect(state).toMatchObject({ lastError: null, pull: null, scope: 'book' });
    expect(await eventIdsOf(b.db, WORKED)).toEqual(await serverIdsOf(WORKED));
    expect(await eventIdsOf(b.db, OPENED_LATER)).toEqual([]);
    expect(await eventIdsOf(b.db, ELSEWHERE)).toEqual([]);
    // The server did the filtering (CouchDB's selector on the change feed), not this browser.
    expect(feedRequests(b).length).toBeGreaterThan(0);
    for (const request of feedRequests(b)) expect(request).toMatch(/^POST .*filter=_selector/);
    const all = (await serverDocs()).length;
    expect(b.announced.length).toBeLessThan(all);
  });

  it('an account the CSM opens is fetched whole at the next sync, and followed from then on', async () => {
    // One document per request: the account's history comes in several pages.
    const b = browser({ pullPage: 1 });
    b.profiles[WORKED] = profileOf(WORKED);
    await b.sync.configure({ url: dbUrl(), user: sam.name });
    await b.sync.signIn(sam.password);
    expect(await eventIdsOf(b.db, OPENED_LATER)).toEqual([]);
    // Nothing opened since: a pull does not read the profiles again (a CSM's may be thousands).
    const readsBefore = b.reads.profiles;
    await b.sync.run();
    expect(b.reads.profiles).toBe(readsBefore);

    b.profiles[OPENED_LATER] = profileOf(OPENED_LATER);
    b.sync.profilesChanged();
    expect(await b.sync.run()).toMatchObject({ lastError: null });
    expect(await eventIdsOf(b.db, OPENED_LATER)).toEqual(await serverIdsOf(OPENED_LATER));
    expect(b.net.requests.some((r) => r.includes('/_all_docs') && r.includes(encodeURIComponent(`"ev/${OPENED_LATER}/"`)))).toBe(true);

    // From then on the feed brings its news, and still nothing of accounts outside the book.
    await colleague.record([on(OPENED_LATER, 'OB-BOOK-4'), on(ELSEWHERE, 'OB-BOOK-5')]);
    await colleague.sync.run();
    b.announced.length = 0;
    await b.sync.run();
    expect(b.announced.map((e) => (e as { ruleId: string }).ruleId)).toEqual(['OB-BOOK-4']);
    expect(await eventIdsOf(b.db, ELSEWHERE)).toEqual([]);
  });

  it('a CSM on a new browser gets their own events back, and the history of the accounts those name', async () => {
    // Sam ticked on ELSEWHERE in another browser; this one has never opened it.
    const other = browser();
    await other.sync.configure({ url: dbUrl(), user: sam.name });
    await other.sync.signIn(sam.password);
    const own = on(ELSEWHERE, 'OB-BOOK-OWN');
    await other.record([own]);
    expect(await other.sync.run()).toMatchObject({ lastError: null, pending: 0 });

    const fresh = browser();
    await fresh.sync.configure({ url: dbUrl(), user: sam.name });
    expect(await fresh.sync.signIn(sam.password)).toMatchObject({ lastError: null });
    const here = await eventIdsOf(fresh.db, ELSEWHERE);
    expect(here).toContain(docId(own, sam.name));
    // Maria's events on that account came too: Sam works it.
    expect(here).toEqual(await serverIdsOf(ELSEWHERE));
    // His own events came with the feed and were not downloaded again with the account: each once.
    const announcedIds = fresh.announced.map((event) => event.id);
    expect(new Set(announcedIds).size).toBe(announcedIds.length);
    expect(fresh.net.requests.some((r) => r.startsWith('POST') && r.includes('/_all_docs'))).toBe(true);
  });

  it('where a lead pulled the team, a CSM signing in after follows the accounts opened in that browser', async () => {
    const b = browser();
    b.profiles[WORKED] = profileOf(WORKED);
    await b.sync.configure({ url: dbUrl(), user: lee.name });
    expect(await b.sync.signIn(lee.password)).toMatchObject({ lastError: null, scope: 'team' });
    await b.sync.signOut();
    await b.sync.configure({ url: dbUrl(), user: sam.name });
    expect(await b.sync.signIn(sam.password)).toMatchObject({ lastError: null, scope: 'book' });
    await colleague.record([on(WORKED, 'OB-BOOK-AFTER-LEAD'), on(OPENED_LATER, 'OB-BOOK-NOT-HIS')]);
    await colleague.sync.run();
    b.announced.length = 0;
    await b.sync.run();
    expect(b.announced.map((e) => (e as { ruleId: string }).ruleId)).toEqual(['OB-BOOK-AFTER-LEAD']);
  });

  it('a lead’s browser takes the whole team, also where a CSM signed in before', async () => {
    const b = browser();
    b.profiles[WORKED] = profileOf(WORKED);
    await b.sync.configure({ url: dbUrl(), user: sam.name });
    await b.sync.signIn(sam.password);
    expect(await eventIdsOf(b.db, OPENED_LATER)).toEqual([]);
    await b.sync.signOut();

    await b.sync.configure({ url: dbUrl(), user: lee.name });
    b.net.requests.length = 0;
    expect(await b.sync.signIn(lee.password)).toMatchObject({ lastError: null, pull: null, scope: 'team' });
    for (const request of feedRequests(b)) expect(request).not.toMatch(/filter=_selector/);
    // The lead's pull started over from the feed's start: every account is here.
    expect(new URL(feedRequests(b)[0]!.split(' ')[1]!).searchParams.get('since')).toBe('0');
    for (const account of [WORKED, OPENED_LATER, ELSEWHERE]) expect(await eventIdsOf(b.db, account)).toEqual(await serverIdsOf(account));
  });
});
