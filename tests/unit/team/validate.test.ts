import { createHash } from 'node:crypto';
import vm from 'node:vm';
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { progressEventSchema } from '@/lib/core/progress/events';
import { CSM_ROLE, DESIGN_DOC_VERSION, LEAD_ROLE, teamDesignDoc, VALIDATE_DOC_UPDATE } from '@/tools/team/design-doc';

// Evaluated in a fresh context, as CouchDB does: the string must stand alone (no closures over TS).
type Validate = (newDoc: unknown, oldDoc: unknown, userCtx: unknown, secObj: unknown) => void;
const validate = vm.runInNewContext(`(${VALIDATE_DOC_UPDATE})`) as Validate;

const ACCOUNT = '001AB000003xYzQAAU';
const csm = { db: 'csm-guide-team', name: 'maria', roles: [CSM_ROLE] };
const lead = { db: 'csm-guide-team', name: 'lee', roles: [LEAD_ROLE] };
const security = { members: { names: [], roles: [CSM_ROLE, LEAD_ROLE] }, admins: { names: [], roles: [] } };

/** An event; its id names its owner (`owner` in `over` moves the id with it unless `_id` is given too). */
const itemEvent = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  _id: `ev/${ACCOUNT}/@${typeof over['owner'] === 'string' ? over['owner'] : 'maria'}/${typeof over['id'] === 'string' ? over['id'] : '2026-01-31T09:30:00.000Z-abc123'}`,
  id: '2026-01-31T09:30:00.000Z-abc123',
  accountId: ACCOUNT,
  by: 'Maria Lopez',
  at: '2026-01-31T09:30:00.000Z',
  owner: 'maria',
  type: 'item',
  ruleId: 'ONB-KICKOFF',
  done: true,
  ...over,
});

/** JSON round trip, as the documents reach CouchDB: fields set to undefined disappear. */
const json = (value: unknown): unknown => (value === null ? null : JSON.parse(JSON.stringify(value)));

/** The outcome a CSM sees: undefined when accepted, else the forbidden message. */
const outcome = (newDoc: unknown, userCtx: unknown = csm, oldDoc: unknown = null, secObj: unknown = security) => {
  try {
    validate(json(newDoc), json(oldDoc), json(userCtx), json(secObj));
    return undefined;
  } catch (error) {
    return error as Record<string, string>;
  }
};
const refusal = (...args: Parameters<typeof outcome>): string => {
  const result = outcome(...args);
  if (!result) throw new Error('expected the write to be refused');
  expect(Object.keys(result)).toEqual(['forbidden']);
  return result.forbidden ?? '';
};

describe('validate_doc_update source', () => {
  it('parses as ES5, the language of CouchDB’s JavaScript engine', () => {
    expect(() => parse(`(${VALIDATE_DOC_UPDATE})`, { ecmaVersion: 5 })).not.toThrow();
    // The guard itself works: modern syntax is rejected at ecmaVersion 5.
    expect(() => parse('(function () { const x = () => 1; })', { ecmaVersion: 5 })).toThrow();
  });

  it('has its version bumped whenever the design document changes', () => {
    const { csmGuideVersion: _version, ...content } = teamDesignDoc();
    const sha = createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
    // When this fails after an edit: bump DESIGN_DOC_VERSION, then record the new hash here.
    expect({ version: DESIGN_DOC_VERSION, sha }).toEqual({ version: '3', sha: 'caa57481cfb4badd' });
  });

  it('is what the design document carries', () => {
    expect(teamDesignDoc()).toEqual({
      _id: '_design/csm-guide',
      language: 'javascript',
      csmGuideVersion: DESIGN_DOC_VERSION,
      validate_doc_update: VALIDATE_DOC_UPDATE,
    });
  });
});

describe('who may write', () => {
  it('lets a CSM and a lead record events in their own name', () => {
    expect(outcome(itemEvent())).toBeUndefined();
    expect(outcome(itemEvent({ owner: 'lee' }), lead)).toBeUndefined();
  });

  it('lets server admins and database admins do anything, deletes and edits included', () => {
    const anything = { _id: 'notes', text: 'free text' };
    expect(outcome(anything, { name: 'root', roles: ['_admin'] }, itemEvent())).toBeUndefined();
    const byName = { ...security, admins: { names: ['ops'], roles: [] } };
    expect(outcome({ ...anything, _deleted: true }, { name: 'ops', roles: [] }, anything, byName)).toBeUndefined();
    const byRole = { ...security, admins: { names: [], roles: ['team-admins'] } };
    expect(outcome(anything, { name: 'ann', roles: ['team-admins'] }, null, byRole)).toBeUndefined();
  });

  it('refuses anonymous users and users without a CSM Guide role', () => {
    expect(refusal(itemEvent(), { name: null, roles: [] })).toMatch(/sign in/i);
    expect(refusal(itemEvent({ owner: 'sam' }), { name: 'sam', roles: ['sales'] })).toMatch(/not on the CSM Guide team/);
  });

  it('refuses events recorded in someone else’s name: in the owner field or in the id', () => {
    expect(refusal(itemEvent({ owner: 'lee' }))).toMatch(/only record events in your own name/);
    expect(refusal(itemEvent({ _id: `ev/${ACCOUNT}/@lee/2026-01-31T09:30:00.000Z-abc123` }))).toMatch(/own name/);
    expect(refusal(itemEvent({ _id: `ev/${ACCOUNT}/@lee/2026-01-31T09:30:00.000Z-abc123`, owner: 'lee' }))).toMatch(/own name/);
    expect(refusal(itemEvent({ owner: undefined }))).toMatch(/own name/);
    // A lead reads everyone's events but still writes only their own.
    expect(refusal(itemEvent(), lead)).toMatch(/own name/);
  });
});

describe('events are append-only', () => {
  it('refuses deletes, also of a document that does not exist yet', () => {
    const existing = { ...itemEvent(), _rev: '1-a' };
    expect(refusal({ _id: itemEvent()['_id'], _rev: '2-b', _deleted: true }, csm, existing)).toMatch(/cannot be deleted/);
    expect(refusal({ ...itemEvent(), _deleted: true })).toMatch(/cannot be deleted/);
  });

  it('refuses a conflicting revision of a colleague’s event, as Apache CouchDB presents it', () => {
    // A replicated write (new_edits:false) whose revision history has no stored ancestor is kept as
    // a conflict, and CouchDB runs validation with oldDoc = null: only the id can stop it.
    const colleagues = itemEvent({ owner: 'sam', _rev: '5-zzz', _revisions: { start: 5, ids: ['zzz', 'y', 'x', 'w', 'v'] }, done: false });
    expect(refusal(colleagues, csm, null)).toMatch(/own name/);
    expect(refusal({ ...colleagues, owner: 'maria' }, csm, null)).toMatch(/own name/);
  });

  it('refuses events dated ahead of the server’s clock (one dated 9999 would win for ever)', () => {
    expect(refusal(itemEvent({ at: '9999-12-31T00:00:00.000Z' }))).toMatch(/future/);
    const soon = new Date(Date.now() + 60_000).toISOString();
    expect(outcome(itemEvent({ at: soon }))).toBeUndefined();
    const later = new Date(Date.now() + 10 * 60_000).toISOString();
    expect(refusal(itemEvent({ at: later }))).toMatch(/future/);
  });

  it('refuses edits of an existing event, even by its owner and even unchanged', () => {
    const existing = { ...itemEvent(), _rev: '1-a' };
    expect(refusal({ ...existing, _rev: '2-b', done: false }, csm, existing)).toMatch(/immutable/);
    expect(refusal({ ...existing, _rev: '2-b' }, csm, existing)).toMatch(/immutable/);
  });
});

describe('only events, only their fields', () => {
  it('refuses documents that are not events', () => {
    expect(refusal({ _id: 'notes', owner: 'maria' })).toMatch(/Only progress events/);
    expect(refusal(itemEvent({ _id: `ev/${ACCOUNT}/` }))).toMatch(/Only progress events/);
    // The form without a user (an event recorded with team sync off) is not accepted any more.
    expect(refusal(itemEvent({ _id: `ev/${ACCOUNT}/2026-01-31T09:30:00.000Z-abc123` }))).toMatch(/Only progress events/);
    expect(refusal(itemEvent({ _id: 'ev/001AB000003xYzQ/x', id: 'x' }))).toMatch(/Only progress events/);
    expect(refusal(itemEvent({ _id: `evt/${ACCOUNT}/x`, id: 'x' }))).toMatch(/Only progress events/);
  });

  it('refuses an id whose account or event segment disagrees with the fields', () => {
    expect(refusal(itemEvent({ accountId: '001AB000003xYzQAAV' }))).toMatch(/another account/);
    expect(refusal(itemEvent({ _id: `ev/${ACCOUNT}/@maria/x`, id: 'other' }))).toMatch(/does not match the event id/);
  });

  it('refuses any field beyond the event’s own: no free text, no attachments', () => {
    expect(refusal(itemEvent({ note: 'called, she was upset' }))).toMatch(/Field "note" is not synced/);
    expect(refusal(itemEvent({ day: '2026-01-31' }))).toMatch(/Field "day"/);
    expect(refusal(itemEvent({ _attachments: { 'a.txt': { data: 'aGk=' } } }))).toMatch(/Field "_attachments"/);
    expect(refusal(itemEvent({ branch: null }))).toMatch(/Field "branch"/);
  });

  it('accepts CouchDB’s own bookkeeping fields on a new revision', () => {
    expect(outcome(itemEvent({ _rev: '1-abc', _revisions: { start: 1, ids: ['abc'] } }))).toBeUndefined();
  });

  it('refuses unknown types', () => {
    expect(refusal(itemEvent({ type: 'note' }))).toMatch(/Unknown event type/);
    expect(refusal(itemEvent({ type: undefined }))).toMatch(/Unknown event type/);
  });

  it('checks the common fields', () => {
    expect(refusal(itemEvent({ by: 'x'.repeat(121) }))).toMatch(/at most 120/);
    expect(refusal(itemEvent({ by: 7 }))).toMatch(/at most 120/);
    expect(outcome(itemEvent({ by: '' }))).toBeUndefined();
    const longId = 'x'.repeat(81);
    expect(refusal(itemEvent({ id: longId }))).toMatch(/1 to 80/);
    for (const at of ['2026-01-31', '2026-01-31T09:30Z', '2026-02-30T09:30:00Z', '2026-01-31T24:00:00Z', '2026-01-31T09:30:00', 'yesterday', 20260131]) {
      expect(refusal(itemEvent({ at })), String(at)).toMatch(/ISO date-time/);
    }
    for (const at of ['2026-01-31T09:30:00Z', '2026-01-31T09:30:00.123456Z', '2026-01-31T09:30:00+02:00', '2024-02-29T23:59:59-05:30']) {
      expect(outcome(itemEvent({ at })), at).toBeUndefined();
    }
  });

  it('checks item events', () => {
    expect(refusal(itemEvent({ ruleId: '' }))).toMatch(/rule id/);
    expect(refusal(itemEvent({ ruleId: 'R'.repeat(61) }))).toMatch(/rule id/);
    expect(refusal(itemEvent({ done: 'yes' }))).toMatch(/done must be/);
    expect(refusal(itemEvent({ done: undefined }))).toMatch(/done must be/);
  });

  it('checks contact events', () => {
    const contact = (over: Record<string, unknown> = {}) =>
      itemEvent({ type: 'contact', ruleId: undefined, day: '2026-01-30', channel: 'call', done: false, ...over });
    expect(outcome(contact())).toBeUndefined();
    expect(refusal(contact({ day: '2026-02-30' }))).toMatch(/contact day/);
    expect(refusal(contact({ channel: 'sms' }))).toMatch(/channel/);
    expect(refusal(contact({ done: null }))).toMatch(/done must be/);
  });

  it('checks branch events', () => {
    const branch = (over: Record<string, unknown> = {}) =>
      itemEvent({ type: 'branch', ruleId: undefined, done: undefined, branch: 'unresponsive', since: '2026-01-30', ...over });
    expect(outcome(branch())).toBeUndefined();
    expect(outcome(branch({ branch: null, since: undefined }))).toBeUndefined();
    expect(refusal(branch({ branch: 'closed' }))).toMatch(/unresponsive, escalation or null/);
    expect(refusal(branch({ branch: undefined }))).toMatch(/unresponsive, escalation or null/);
    expect(refusal(branch({ since: '30/01/2026' }))).toMatch(/since must be/);
  });

  it('accepts exactly what the extension’s event schema accepts, plus owner', () => {
    // Guards against the two drifting: every valid event must sync once `owner` is added.
    const events = [
      { type: 'item', ruleId: 'ONB-KICKOFF', done: false },
      { type: 'contact', day: '2026-01-30', channel: 'email', done: true },
      { type: 'branch', branch: 'escalation', since: '2026-01-30' },
      { type: 'branch', branch: null },
    ].map((fields) => ({ id: 'e1', accountId: ACCOUNT, by: 'Maria Lopez', at: '2026-01-31T09:30:00+01:00', ...fields }));
    for (const event of events) {
      expect(progressEventSchema.safeParse(event).success).toBe(true);
      expect(outcome({ _id: `ev/${ACCOUNT}/@maria/e1`, owner: 'maria', ...event }), JSON.stringify(event)).toBeUndefined();
    }
  });
});

describe('account cards', () => {
  const card = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
    _id: `card/${ACCOUNT}/@maria/2026-01-31T09:30:00.000Z-abc123`,
    kind: 'card',
    id: '2026-01-31T09:30:00.000Z-abc123',
    accountId: ACCOUNT,
    owner: 'maria',
    at: '2026-01-31T09:30:00.000Z',
    facts: {
      accountName: { value: 'Lakeside Clinic', observedAt: '2026-01-30T09:30:00.000Z' },
      csm: { value: 'Maria Lopez', observedAt: '2026-01-30T09:30:00.000Z' },
      segmentation: { value: 'Digital', observedAt: '2026-01-30T09:30:00.000Z' },
      serviceLevel: { value: null, observedAt: '2026-01-30T09:30:00.000Z' },
      subtypes: { value: ['SMB'], observedAt: '2026-01-30T09:30:00.000Z' },
      assignmentDate: { value: '2026-01-29', observedAt: '2026-01-30T09:30:00.000Z' },
      products: { value: ['Learning', 'Compliance'], observedAt: '2026-01-30T09:30:00.000Z' },
      obCallCompletedDate: { value: null, observedAt: '2026-01-30T09:30:00.000Z' },
      onboardingCompleted: { value: false, observedAt: '2026-01-30T09:30:00.000Z' },
    },
    ...over,
  });

  it('lets a member record a card in their own name, and nobody else', () => {
    expect(outcome(card())).toBeUndefined();
    expect(refusal(card({ owner: 'lee' }))).toMatch(/own name/);
    expect(refusal(card({ _id: `card/${ACCOUNT}/@lee/${card()['id']}`, owner: 'lee' }))).toMatch(/own name/);
    expect(refusal(card(), lead)).toMatch(/own name/);
  });

  it('carries only the facts a lead audits: no MRR, no contact, no notes', () => {
    const facts = card()['facts'] as Record<string, unknown>;
    expect(refusal(card({ facts: { ...facts, mrr: { value: 1200, observedAt: '2026-01-30T09:30:00.000Z' } } }))).toMatch(/"mrr" is not synced/);
    expect(refusal(card({ facts: { ...facts, primaryContactEmail: { value: 'a@b.c', observedAt: '2026-01-30T09:30:00.000Z' } } }))).toMatch(
      /not synced/,
    );
    expect(refusal(card({ note: 'x' }))).toMatch(/Field "note" is not synced/);
    expect(refusal(card({ facts: { ...facts, csm: { value: 'x', observedAt: '2026-01-30T09:30:00.000Z', note: 'y' } } }))).toMatch(/only value and observedAt/);
    expect(refusal(card({ facts: { ...facts, segmentation: { value: 'Gold', observedAt: '2026-01-30T09:30:00.000Z' } } }))).toMatch(/may not carry/);
  });

  it('refuses cards dated ahead of the server clock', () => {
    expect(refusal(card({ at: '9999-01-01T00:00:00.000Z' }))).toMatch(/future/);
    const facts = card()['facts'] as Record<string, unknown>;
    expect(refusal(card({ facts: { ...facts, csm: { value: 'x', observedAt: '9999-01-01T00:00:00.000Z' } } }))).toMatch(/future/);
  });

  it('are immutable like events', () => {
    const existing = { ...card(), _rev: '1-a' };
    expect(refusal({ ...existing, _rev: '2-b' }, csm, existing)).toMatch(/immutable/);
  });
});
