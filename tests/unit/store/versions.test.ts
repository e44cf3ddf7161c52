import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BUNDLE_SCHEMA_VERSION, bundleSchema as liveBundleV2 } from '@/lib/audit/bundle-schema';
import { ITEM_NAMES, SPECS } from '@/lib/store/items';
import { SHIPPED_BUNDLES, SHIPPED_ITEMS } from '@/lib/store/versions/shipped';
import { isoDayV1, isoInstantV1, timeZoneV1 } from '@/lib/store/versions/primitives-v1';
import { BUNDLE_SAMPLES, ITEM_SAMPLES, type Samples } from './version-samples';

/**
 * A shipped version is never edited (lib/store/versions/shipped.ts). Each frozen schema's JSON
 * Schema is kept in __snapshots__/versions/: a change to one fails here. (Run with -u only when
 * adding a new version's file, never to accept a change to an old one.)
 *
 * zod's JSON Schema shows structure — keys, types, enums, patterns, bounds, strictness — but
 * leaves out what refinements compute (a real calendar day, a known zone, a profile stored under
 * its own ID), as it cannot express code; those are pinned by the verdicts snapshot below.
 */

const versionsOf = (versions: Record<number, z.core.$ZodType>): number[] => Object.keys(versions).map(Number);
const range = (to: number): number[] => Array.from({ length: to }, (_, i) => i + 1);
const frozenItems = Object.entries(SHIPPED_ITEMS).flatMap(([name, versions]) =>
  Object.entries(versions).map(([version, schema]) => ({ file: `${name}-v${version}`, schema: schema as z.core.$ZodType })),
);
const frozenBundles = Object.entries(SHIPPED_BUNDLES).map(([version, schema]) => ({ file: `bundle-v${version}`, schema: schema as z.core.$ZodType }));

describe('frozen versions', () => {
  it.each([...frozenItems, ...frozenBundles])('$file matches its snapshot', async ({ file, schema }) => {
    await expect(`${JSON.stringify(z.toJSONSchema(schema), null, 2)}\n`).toMatchFileSnapshot(`./__snapshots__/versions/${file}.json`);
  });

  it('has a frozen schema for every version of every item up to the current one, and of the bundle', () => {
    for (const name of ITEM_NAMES) expect(versionsOf(SHIPPED_ITEMS[name]), name).toEqual(range(SPECS[name].version));
    expect(versionsOf(SHIPPED_BUNDLES)).toEqual(range(BUNDLE_SCHEMA_VERSION));
  });

  it('refinements the JSON Schema cannot show still judge as when they shipped', async () => {
    const verdict = (schema: z.core.$ZodType, value: unknown) => {
      const parsed = z.safeParse(schema, value);
      return parsed.success ? 'ok' : parsed.error.issues.map((issue) => issue.message).join('; ');
    };
    const probes = {
      isoDay: ['2026-11-27', '2024-02-29', '2026-02-29', '2026-02-30', '0099-01-01', '2026-1-5', '2026-11-27T00:00:00Z'].map((v) => [v, verdict(isoDayV1, v)]),
      isoInstant: [
        '2026-11-27T15:00:00Z',
        '2026-11-27T15:00:00.123456-06:00',
        '2026-11-27T15:00Z',
        '2026-11-27T15:00:00',
        '2026-11-27T25:00:00Z',
        '2026-02-30T10:00:00Z',
        '2026-11-27 15:00:00Z',
      ].map((v) => [v, verdict(isoInstantV1, v)]),
      timeZone: ['America/Chicago', 'UTC', 'Mars/Olympus', ''].map((v) => [v, verdict(timeZoneV1, v)]),
      items: Object.fromEntries(
        Object.entries(ITEM_SAMPLES).flatMap(([name, versions]) =>
          Object.entries(versions).map(([version, samples]) => {
            const schema = (SHIPPED_ITEMS as Record<string, Record<number, z.core.$ZodType>>)[name]![Number(version)]!;
            return [`${name}-v${version}`, [...samples.valid, ...samples.invalid].map((v) => verdict(schema, v))];
          }),
        ),
      ),
      bundles: Object.fromEntries(
        Object.entries(BUNDLE_SAMPLES).map(([version, samples]) => [
          `bundle-v${version}`,
          [...samples.valid, ...samples.invalid].map((v) => verdict(SHIPPED_BUNDLES[Number(version) as 1 | 2], v)),
        ]),
      ),
    };
    await expect(`${JSON.stringify(probes, null, 2)}\n`).toMatchFileSnapshot('./__snapshots__/versions/verdicts.json');
  });
});

/** The live schema and the frozen copy of the current version read every sample alike. */
const expectSameJudgement = (live: z.core.$ZodType, frozen: z.core.$ZodType, samples: Samples) => {
  expect(z.toJSONSchema(live)).toEqual(z.toJSONSchema(frozen));
  for (const value of samples.valid) {
    const [a, b] = [z.safeParse(live, value), z.safeParse(frozen, value)];
    expect(a.success, JSON.stringify(a.error?.issues)).toBe(true);
    expect(b.data).toEqual(a.data);
  }
  for (const value of samples.invalid) {
    const [a, b] = [z.safeParse(live, value), z.safeParse(frozen, value)];
    expect(a.success, JSON.stringify(value)).toBe(false);
    expect(b.error?.issues).toEqual(a.error?.issues);
  }
};

describe('the current version: live schema and frozen copy agree (until the next version is cut)', () => {
  it.each(ITEM_NAMES.map((name) => ({ name })))('$name', ({ name }) => {
    const version = SPECS[name].version;
    const frozen = (SHIPPED_ITEMS[name] as Record<number, z.core.$ZodType>)[version]!;
    expectSameJudgement(SPECS[name].schema, frozen, ITEM_SAMPLES[name]![version]!);
  });

  it('bundle', () => {
    expectSameJudgement(liveBundleV2, SHIPPED_BUNDLES[BUNDLE_SCHEMA_VERSION], BUNDLE_SAMPLES[BUNDLE_SCHEMA_VERSION]!);
  });
});

describe('migrations carry every readable value of a version into the next', () => {
  const steps = ITEM_NAMES.flatMap((name) => range(SPECS[name].version - 1).map((from) => ({ name, from })));
  it.each(steps)('$name v$from → v$from+1', ({ name, from }) => {
    const versions = SHIPPED_ITEMS[name] as Record<number, z.core.$ZodType>;
    const samples = ITEM_SAMPLES[name]![from]!;
    for (const value of samples.valid) {
      expect(z.safeParse(versions[from]!, value).success, JSON.stringify(value)).toBe(true);
      const next = z.safeParse(versions[from + 1]!, SPECS[name].migrations[from + 1]!(value));
      expect(next.success, JSON.stringify(next.error?.issues)).toBe(true);
    }
  });
});
