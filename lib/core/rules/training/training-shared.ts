import { todayIn, type IsoDate } from '../../dates';
import type { RuleContext } from '../../engine/types';
import { z } from '../../zod';

/** Training (MT-CS-020, MT-CS-007). Evaluators are named after their rule. */
export const needles = z.array(z.string().check(z.trim(), z.minLength(1)));

/** The trainings TR-SESSIONS follows, in the order they are held (Learning Tuesdays, Compliance Thursdays). */
export const TRAINING_PRODUCTS = ['Learning', 'Compliance'] as const;
export type TrainingProduct = (typeof TRAINING_PRODUCTS)[number];

/** Progress key of "the <product> training was held" (an item event, as DG-CADENCE's steps). */
export const sessionHeldKey = (product: TrainingProduct): string => `TR-SESSIONS:${product.toLowerCase()}`;
/** Progress key of "the admin missed the <product> training: rebook it". */
export const sessionMissedKey = (product: TrainingProduct): string => `TR-SESSIONS:${product.toLowerCase()}-missed`;
/** Progress key of "the <product> training's recap was sent" (TR-RECAP-DUE). */
export const recapSentKey = (product: TrainingProduct): string => `TR-RECAP-DUE:${product.toLowerCase()}`;

/** The trainings the account's products call for; undefined while the products are unknown. */
export const trainingsOf = (ctx: RuleContext<unknown>): TrainingProduct[] | undefined => {
  const products = ctx.value('products');
  return products ? TRAINING_PRODUCTS.filter((p) => products.includes(p)) : undefined;
};

/** The day (user zone) a tick was last set, when it is set. */
export const tickedOn = (ctx: RuleContext<unknown>, key: string): IsoDate | undefined => {
  const tick = ctx.progress.items[key];
  return tick?.done ? todayIn(tick.at, ctx.settings.timeZone) : undefined;
};

/**
 * The day each training of the account was held (its TR-SESSIONS tick), and the day the last one
 * was: `allHeldOn` is set once every Learning and Compliance training the products call for is held.
 */
export const trainingsHeld = (
  ctx: RuleContext<unknown>,
): { products: TrainingProduct[]; held: Map<TrainingProduct, IsoDate>; allHeldOn?: IsoDate } | undefined => {
  const products = trainingsOf(ctx);
  if (!products) return undefined;
  const held = new Map<TrainingProduct, IsoDate>();
  for (const product of products) {
    const on = tickedOn(ctx, sessionHeldKey(product));
    if (on) held.set(product, on);
  }
  const days = [...held.values()].sort();
  return { products, held, ...(products.length && held.size === products.length ? { allHeldOn: days.at(-1)! } : {}) };
};
