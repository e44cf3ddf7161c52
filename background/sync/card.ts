import { z } from '../../lib/core/zod';
import { isoInstant } from '../../lib/core/dates/schemas';
import type { Observation } from '../../lib/audit/merge';
import { userSegment } from '../../lib/events/doc';
import { FACT_PAGES, FACT_SHAPES, type AccountProfile, type Fact, type ProfileFactKey, type ProfileFacts } from '../../lib/core/profile/schema';

/**
 * Account cards: what a lead needs to audit an account, synced beside the events. A card is one
 * CSM's view of one account at one instant — the account name, CS segmentation, service level,
 * subtype, assignment date, the facts that decide the lifecycle stage, and its Customer Success
 * Manager (a Salesforce user name) — and nothing more: no contact names, emails, phones, MRR or
 * notes. Cards are immutable documents like events (`card/<account>/@<user>/<card id>`); a newer
 * card adds observations, and the lead's browser merges every card's facts into its account
 * profiles fact by fact, the newest observation winning (lib/core/profile/merge), as a bundle import does.
 */
export const CARD_PREFIX = 'card/';

/** The profile facts a card carries. Anything not listed here never leaves the CSM's browser. */
export const CARD_FACTS = [
  'accountName',
  'csm',
  'segmentation',
  'serviceLevel',
  'subtypes',
  'assignmentDate',
  // The lifecycle stage's inputs (lib/core/engine/stage.ts): FMC-only from the products, then how far onboarding got.
  'products',
  'obCallCompletedDate',
  'onboardingCompleted',
] as const satisfies readonly ProfileFactKey[];
export type CardFactKey = (typeof CARD_FACTS)[number];

/** Longest account name or CSM name a card may carry (the validation function holds the same). */
export const CARD_TEXT_MAX = 255;

const cardFact = <T extends z.ZodMiniType>(shape: T) => z.strictObject({ value: z.nullable(shape), observedAt: isoInstant });

const boundedText = z.string().check(z.maxLength(CARD_TEXT_MAX));
const cardFactShapes = {
  accountName: cardFact(boundedText),
  csm: cardFact(boundedText),
  segmentation: cardFact(FACT_SHAPES.segmentation),
  serviceLevel: cardFact(FACT_SHAPES.serviceLevel),
  subtypes: cardFact(FACT_SHAPES.subtypes.check(z.maxLength(10))),
  assignmentDate: cardFact(FACT_SHAPES.assignmentDate),
  products: cardFact(FACT_SHAPES.products.check(z.maxLength(10))),
  obCallCompletedDate: cardFact(FACT_SHAPES.obCallCompletedDate),
  onboardingCompleted: cardFact(FACT_SHAPES.onboardingCompleted),
} satisfies Record<CardFactKey, z.ZodMiniType>;

export const cardFactsSchema = z.partial(z.strictObject(cardFactShapes));
export type CardFacts = z.infer<typeof cardFactsSchema>;

export const cardDocSchema = z
  .strictObject({
    _id: z.string().check(z.maxLength(400)),
    _rev: z.optional(z.string().check(z.maxLength(200))),
    kind: z.literal('card'),
    /** `<at>-<random>`, like an event id. */
    id: z.string().check(z.minLength(1), z.maxLength(80)),
    accountId: z.string().check(z.regex(/^[a-zA-Z0-9]{18}$/)),
    owner: z.string().check(z.minLength(1), z.maxLength(120)),
    at: isoInstant,
    facts: cardFactsSchema,
  })
  .check(z.refine((doc) => doc._id === cardDocId(doc.accountId, doc.owner, doc.id), { message: 'the id does not name the account, the owner and the card' }));
export type CardDoc = z.infer<typeof cardDocSchema>;

export const cardDocId = (accountId: string, owner: string, id: string): string => `${CARD_PREFIX}${accountId}/${userSegment(owner)}/${id}`;

/** Every card of every account, as one key range of the local database. */
export const allCardsRange = { startkey: CARD_PREFIX, endkey: `${CARD_PREFIX}\uffff` } as const;

/** The card's facts of a profile: known facts only (an unknown is not news to anyone). */
export const cardFactsOf = (profile: AccountProfile): CardFacts => {
  const facts: Record<string, { value: unknown; observedAt: string }> = {};
  for (const key of CARD_FACTS) {
    const fact = profile.facts[key] as Fact<unknown>;
    if (fact.known) facts[key] = { value: fact.value, observedAt: fact.observedAt };
  }
  // Parsed, so a value a card may not carry (a name past CARD_TEXT_MAX) is left out rather than refused by the server.
  const parsed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(facts)) {
    const ok = cardFactShapes[key as CardFactKey].safeParse(value);
    if (ok.success) parsed[key] = ok.data;
  }
  return parsed as CardFacts;
};

const sameValue = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Per account, the newest observation of each fact across cards (ties: the later card). */
export const foldCards = (cards: readonly CardDoc[]): Map<string, CardFacts> => {
  const byAccount = new Map<string, Record<string, { value: unknown; observedAt: string; cardAt: string }>>();
  for (const card of cards) {
    const folded = byAccount.get(card.accountId) ?? {};
    for (const [key, fact] of Object.entries(card.facts) as Array<[CardFactKey, { value: unknown; observedAt: string }]>) {
      const current = folded[key];
      const t = Date.parse(fact.observedAt);
      const c = current ? Date.parse(current.observedAt) : NaN;
      if (!current || t > c || (t === c && card.at > current.cardAt)) folded[key] = { ...fact, cardAt: card.at };
    }
    byAccount.set(card.accountId, folded);
  }
  return new Map(
    [...byAccount].map(([accountId, folded]) => [
      accountId,
      Object.fromEntries(Object.entries(folded).map(([key, { value, observedAt }]) => [key, { value, observedAt }])) as CardFacts,
    ]),
  );
};

/** Whether a card with `facts` would tell the team something `known` does not (a value, not a later sighting). */
export const cardAddsNews = (facts: CardFacts, known: CardFacts | undefined): boolean =>
  (Object.entries(facts) as Array<[CardFactKey, { value: unknown }]>).some(([key, fact]) => !known?.[key] || !sameValue(known[key]!.value, fact.value));

/** A pulled card as profile observations (the writer's `profiles/observe`, as an import sends them). */
export const cardObservation = (card: CardDoc): Observation => {
  const facts: Partial<ProfileFacts> = {};
  for (const [key, fact] of Object.entries(card.facts) as Array<[CardFactKey, { value: unknown; observedAt: string }]>) {
    (facts as Record<string, Fact<unknown>>)[key] = {
      known: true,
      value: fact.value,
      // Where a CSM reads this fact in Salesforce: the profile keeps a page kind for every fact.
      source: { kind: FACT_PAGES[key][0]! },
      observedAt: fact.observedAt,
    };
  }
  return { accountId: card.accountId, facts };
};

/** The newest instant a card names (its own, or an observation's): checked against the clock. */
export const latestInstant = (card: Pick<CardDoc, 'at' | 'facts'>): number =>
  Math.max(Date.parse(card.at), ...Object.values(card.facts).map((fact) => Date.parse((fact as { observedAt: string }).observedAt)));
