// eslint-disable-next-line no-restricted-imports -- the card needs classic zod's methods (see below)
import { z } from 'zod';
import { isoDay } from '../dates/schemas';
import { PRODUCTS, SEGMENTS, SERVICE_LEVELS, SUBTYPES } from '../model/vocab';

/**
 * The fact shapes team sync's account card builds on (background/sync/card.ts), in classic zod:
 * the card calls classic methods on them (`.nullable()`, `.max()`), while the app's own schemas
 * are zod/mini (lib/core/zod.ts). They accept exactly what FACT_SHAPES accepts (the dates reuse
 * isoDay's own checks; tests/unit/profile/classic-fact-shapes.test.ts compares them). Getters, so
 * a bundle that never reads them (every page bundle) leaves them, and classic zod, out. Once the
 * card uses zod/mini's functions on FACT_SHAPES, this file can go.
 */
const classicIsoDay = () => z.string().check(...(isoDay._zod.def.checks ?? []));

export const profileFactShapes = {
  get segmentation() { return z.enum(SEGMENTS); },
  get serviceLevel() { return z.enum(SERVICE_LEVELS); },
  get subtypes() { return z.array(z.enum(SUBTYPES)); },
  get assignmentDate() { return classicIsoDay(); },
  get products() { return z.array(z.enum(PRODUCTS)); },
  get obCallCompletedDate() { return classicIsoDay(); },
  get onboardingCompleted() { return z.boolean(); },
};
