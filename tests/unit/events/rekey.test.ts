/**
 * The one-time re-keying of own ticks recorded under the id without the user (background/events/rekey.ts),
 * on a local PouchDB over fake-indexeddb, as the background holds it.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openLocalDb, type EventDb } from '@/background/events/db';
import { eventDocId, toEventDoc } from '@/lib/events/doc';
import { createEventStore } from '@/background/events/event-store';
import { rekeyOwnEvents } from '@/background/events/rekey';
import type { ProgressEvent } from '@/lib/core/progress/events';

(globalThis as { navigator?: unknown }).navigator ??= { userAgent: 'node' };

const ACCOUNT = '001Hs00003ABCdeIAG';
let dbs = 0;
const fresh = (): EventDb => openLocalDb(`rekey-test-${process.pid}-${dbs++}`);
let n = 0;
const tick = (ruleId = 'OB-PREP-REVIEW'): ProgressEvent => {
  const at = new Date(Date.UTC(2026, 10, 27, 15, 0, n)).toISOString();
  return { type: 'item', id: `${at}-r${(n++).toString(36)}`, accountId: ACCOUNT, by: 'Maria Lopez', at, ruleId, done: true };
};
/** How an older version stored a tick recorded while signed in: its owner, but no user in the id. */
const oldForm = (event: ProgressEvent, owner: string) => ({ ...event, _id: eventDocId(event), owner });
const ids = async (db: EventDb) => (await db.allDocs()).rows.map((row) => row.id).sort();

describe('re-keying own ticks stored under the id without the user', () => {
  it('gives each own, unpushed old-form tick the id with the user, keeping the event; leaves everything else alone', async () => {
    const db = fresh();
    const pushed = tick('OB-PUSHED');
    await db.put(oldForm(pushed, 'maria'));
    const checkpoint = (await db.info()).update_seq;
    const waiting = tick('OB-WAITING');
    const imported = tick('OB-IMPORTED');
    const colleague = tick('OB-SAM');
    const current = tick('OB-NEW');
    await db.bulkDocs([oldForm(waiting, 'maria'), toEventDoc(imported), oldForm(colleague, 'sam'), toEventDoc(current, 'maria')]);

    const rekeyed = await rekeyOwnEvents(db, { user: 'maria', since: checkpoint });
    expect([...rekeyed]).toEqual([[eventDocId(waiting), eventDocId(waiting, 'maria')]]);
    expect(await ids(db)).toEqual(
      [eventDocId(pushed), eventDocId(imported), eventDocId(colleague), eventDocId(waiting, 'maria'), eventDocId(current, 'maria')].sort(),
    );
    const moved = await db.get(eventDocId(waiting, 'maria'));
    expect(moved).toMatchObject({ ...waiting, owner: 'maria' });
    // The store reads it once, and the id now proves who recorded it.
    const store = createEventStore(db);
    expect((await store.forAccounts([ACCOUNT])).filter((e) => e.id === waiting.id)).toEqual([waiting]);
    expect((await store.authors([ACCOUNT]))[waiting.id]).toEqual({ owner: 'maria' });
  });

  it('takes refused ids from before the checkpoint too, and skips what the server already holds', async () => {
    const db = fresh();
    const refused = tick('OB-REFUSED');
    const onServer = tick('OB-ON-SERVER');
    await db.bulkDocs([oldForm(refused, 'maria'), oldForm(onServer, 'maria')]);
    const checkpoint = (await db.info()).update_seq;
    const rekeyed = await rekeyOwnEvents(db, {
      user: 'maria',
      since: checkpoint,
      also: [eventDocId(refused), eventDocId(onServer)],
      held: async (revs) => {
        expect(Object.keys(revs).sort()).toEqual([eventDocId(refused), eventDocId(onServer)].sort());
        return new Set([eventDocId(onServer)]);
      },
    });
    expect([...rekeyed.keys()]).toEqual([eventDocId(refused)]);
    expect(await ids(db)).toEqual([eventDocId(onServer), eventDocId(refused, 'maria')].sort());
  });

  it('is idempotent, and finishes the job after a stop between writing the new id and removing the old one', async () => {
    const db = fresh();
    const a = tick('OB-A');
    const b = tick('OB-B');
    await db.bulkDocs([oldForm(a, 'maria'), oldForm(b, 'maria')]);
    // A worker that stopped midway: a's new document written, its old one not yet removed.
    await db.put(toEventDoc(a, 'maria'));
    const first = await rekeyOwnEvents(db, { user: 'maria' });
    expect([...first.keys()].sort()).toEqual([eventDocId(a), eventDocId(b)].sort());
    const after = await ids(db);
    expect(after).toEqual([eventDocId(a, 'maria'), eventDocId(b, 'maria')].sort());
    expect((await rekeyOwnEvents(db, { user: 'maria' })).size).toBe(0);
    expect(await ids(db)).toEqual(after);
    expect(await createEventStore(db).forAccounts([ACCOUNT])).toHaveLength(2);
  });

  it('finds an own old-form tick behind a long change feed (read a page at a time)', async () => {
    const db = fresh();
    await db.bulkDocs(Array.from({ length: 1_500 }, () => toEventDoc(tick('OB-TEAM'), 'sam')));
    const late = tick('OB-LATE');
    await db.put(oldForm(late, 'maria'));
    expect([...(await rekeyOwnEvents(db, { user: 'maria' })).values()]).toEqual([eventDocId(late, 'maria')]);
  });
});
