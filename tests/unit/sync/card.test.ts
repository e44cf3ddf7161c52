import { describe, expect, it } from 'vitest';
import { cardAddsNews, cardDocSchema, cardFactsOf, cardObservation, CARD_FACTS, foldCards, type CardDoc } from '@/background/sync/card';
import { pulledRefusal } from '@/background/sync/pull-limits';
import { emptyFacts, type AccountProfile, type ProfileFacts } from '@/lib/core/profile/schema';

const ACCOUNT = '001Hs00003ABCdeIAG';
const seen = '2026-11-20T15:00:00.000Z';
const known = (value: unknown, observedAt = seen) => ({ known: true, value, source: { kind: 'sf.account' }, observedAt });
const profile = (values: Record<string, unknown>): AccountProfile => ({
  accountId: ACCOUNT,
  facts: { ...emptyFacts(), ...Object.fromEntries(Object.entries(values).map(([k, v]) => [k, known(v)])) } as ProfileFacts,
  updatedAt: seen,
});
const card = (facts: CardDoc['facts'], at = '2026-11-21T15:00:00.000Z', owner = 'maria'): CardDoc => ({
  _id: `card/${ACCOUNT}/@${owner}/${at}-x`,
  kind: 'card',
  id: `${at}-x`,
  accountId: ACCOUNT,
  owner,
  at,
  facts,
});

describe('account cards', () => {
  it('carry the audit facts and leave everything else on the CSM’s browser', () => {
    const facts = cardFactsOf(
      profile({ accountName: 'Lakeside', csm: 'Maria Lopez', mrr: 1200, userCount: 3, primaryContactDomain: 'x.example', rsm: 'R', onboardingCompleted: null }),
    );
    expect(Object.keys(facts).sort()).toEqual(['accountName', 'csm', 'onboardingCompleted']);
    expect(CARD_FACTS).not.toContain('mrr');
    expect(facts.onboardingCompleted).toEqual({ value: null, observedAt: seen });
  });

  it('are news only when a value differs from what the cards here say', () => {
    const facts = cardFactsOf(profile({ accountName: 'Lakeside', csm: 'Maria Lopez' }));
    const known = foldCards([card({ accountName: { value: 'Lakeside', observedAt: seen }, csm: { value: 'Maria Lopez', observedAt: seen } })]).get(ACCOUNT);
    expect(cardAddsNews(facts, known)).toBe(false);
    expect(cardAddsNews(facts, undefined)).toBe(true);
    expect(cardAddsNews(cardFactsOf(profile({ accountName: 'Lakeside', csm: 'Sam Roe' })), known)).toBe(true);
  });

  it('fold to the newest observation per fact', () => {
    const folded = foldCards([
      card({ csm: { value: 'Sam Roe', observedAt: '2026-11-22T15:00:00.000Z' } }, '2026-11-22T15:00:00.000Z', 'sam'),
      card({ csm: { value: 'Maria Lopez', observedAt: seen }, accountName: { value: 'Lakeside', observedAt: seen } }),
    ]).get(ACCOUNT);
    expect(folded).toEqual({ csm: { value: 'Sam Roe', observedAt: '2026-11-22T15:00:00.000Z' }, accountName: { value: 'Lakeside', observedAt: seen } });
  });

  it('become profile observations with the time each fact was seen', () => {
    const observation = cardObservation(card({ csm: { value: 'Maria Lopez', observedAt: seen } }));
    expect(observation).toEqual({ accountId: ACCOUNT, facts: { csm: { known: true, value: 'Maria Lopez', source: { kind: 'sf.account' }, observedAt: seen } } });
  });

  it('are checked on pull: their id, their shape, their dates', () => {
    const now = Date.parse('2026-11-21T15:00:00.000Z');
    const good = card({ csm: { value: 'Maria Lopez', observedAt: seen } });
    expect(cardDocSchema.safeParse(good).success).toBe(true);
    expect(pulledRefusal({ ...good, _rev: '1-a', _revisions: { start: 1, ids: ['a'] } }, now)).toBeNull();
    expect(pulledRefusal({ ...good, owner: 'sam' }, now)).toMatch(/account card/);
    expect(pulledRefusal({ ...good, facts: { mrr: { value: 1, observedAt: seen } } }, now)).toMatch(/account card/);
    expect(pulledRefusal(card({ csm: { value: 'x', observedAt: '9999-01-01T00:00:00.000Z' } }), now)).toMatch(/future/);
    expect(pulledRefusal({ ...good, facts: { accountName: { value: 'x'.repeat(5000), observedAt: seen } } }, now)).toMatch(/larger/);
    expect(pulledRefusal({ _id: '_design/x' }, now)).toMatch(/not an event or an account card/);
  });
});

describe('event documents', () => {
  const event = { type: 'item' as const, id: '2026-11-20T15:00:00.000Z-a', accountId: ACCOUNT, by: 'Maria Lopez', at: seen, ruleId: 'OB-ROSTERS', done: true };
  it('name their user in the id when signed for, and only that form proves the author', async () => {
    const { authorshipOf, fromEventDoc, toEventDoc } = await import('@/lib/events/doc');
    const owned = toEventDoc(event, 'maria');
    expect(owned._id).toBe(`ev/${ACCOUNT}/@maria/${event.id}`);
    expect(fromEventDoc(owned)).toEqual(event);
    expect(authorshipOf(owned)).toEqual({ owner: 'maria' });
    expect(authorshipOf({ ...owned, _conflicts: ['2-b'] })).toEqual({ owner: 'maria', tampered: true });
    // Recorded before the user was part of the id: still read (no progress disappears), author not proven.
    const legacy = { ...event, _id: `ev/${ACCOUNT}/${event.id}`, owner: 'maria' };
    expect(fromEventDoc(legacy)).toEqual(event);
    expect(authorshipOf(legacy)).toEqual({ owner: null, unproven: true });
    // Never through team sync (sync off, an import): no claim, nothing to prove.
    expect(authorshipOf(toEventDoc(event))).toBeNull();
    // An id naming someone else than the owner field is nobody's event.
    expect(fromEventDoc({ ...owned, owner: 'sam' })).toBeNull();
  });
});
