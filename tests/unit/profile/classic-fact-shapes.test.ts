import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FACT_SHAPES, profileFactShapes } from '../../../lib/core/profile/schema';

/**
 * Team sync's card builds on classic copies of some fact shapes (lib/core/profile/classic-fact-shapes.ts);
 * the app's own are zod/mini. Both must accept and refuse the same values, with the same messages.
 */
describe('the classic fact shapes for the team card', () => {
  const keys = Object.keys(profileFactShapes) as (keyof typeof profileFactShapes)[];

  it.each(keys)('%s has the same JSON Schema as its zod/mini shape', (key) => {
    expect(z.toJSONSchema(profileFactShapes[key])).toEqual(z.toJSONSchema(FACT_SHAPES[key]));
  });

  it('judge values alike, messages included', () => {
    const probes = ['2026-11-27', '2026-02-30', '2026-1-5', '', 'Core', 'Basic', 'Learning', true, 3, null, ['SMB'], ['Learning', 'Nope']];
    for (const key of keys)
      for (const value of probes) {
        const [classic, mini] = [z.safeParse(profileFactShapes[key], value), z.safeParse(FACT_SHAPES[key], value)];
        expect(classic.success, `${key} ${JSON.stringify(value)}`).toBe(mini.success);
        expect(classic.error?.issues.map((i) => i.message)).toEqual(mini.error?.issues.map((i) => i.message));
      }
  });
});
