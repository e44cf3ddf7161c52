import type { z } from '../core/zod';
import type { ItemName, ItemSpec, ItemTypes, StoreItem } from './items';
import type { QuarantineEntry } from './items/quarantine';

/** A part of a stored value that cannot be used and must be set aside (never dropped). */
export interface Rejected {
  /** Entry of a collection (`[3]`, `001…AAA`); absent = the whole value. */
  path?: string;
  value: unknown;
  /** The version the rejected value is in. */
  version: number;
  reason: QuarantineEntry['reason'];
  issues: string[];
}

/**
 * What reading an item found:
 * - `ok`: the value (migrated in memory if the writer has not persisted the migration yet);
 * - `repair`: part or all of it is unreadable; `value` is what can be used (the valid entries,
 *   or the fallback) and `rejected` what the writer must move to quarantine;
 * - `newer`: written by a newer CSM Guide (another device on `sync:`); used read-only if it
 *   still fits this version's shape, else the fallback — and never overwritten from here.
 */
export type Inspection<T> =
  | { status: 'ok'; value: T }
  | { status: 'repair'; value: T; rejected: Rejected[] }
  | { status: 'newer'; value: T; version: number };

const MAX_ISSUES = 20;

export const issueList = (error: z.core.$ZodError): string[] =>
  error.issues.slice(0, MAX_ISSUES).map((issue) => {
    const path = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : String(part))).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Runs the migrations from `from` to the spec's version, in memory. */
export const migrateValue = <T>(spec: ItemSpec<T>, value: unknown, from: number): unknown => {
  let current = value;
  for (let version = from + 1; version <= spec.version; version++) {
    const migration = spec.migrations[version];
    if (migration) current = migration(current);
  }
  return current;
};

/** Keeps the entries of a collection that parse; the others become `rejected`. */
const salvage = <T>(spec: ItemSpec<T>, value: unknown): { value: T; rejected: Rejected[] } | null => {
  const collection = spec.collection;
  if (!collection) return null;
  const rejected: Rejected[] = [];
  const reject = (path: string, entry: unknown, issues: string[]) =>
    rejected.push({ path, value: entry, version: spec.version, reason: 'unreadable', issues });
  if (collection.kind === 'array') {
    if (!Array.isArray(value)) return null;
    const kept: unknown[] = [];
    value.forEach((entry, index) => {
      const parsed = collection.entry.safeParse(entry);
      if (parsed.success) kept.push(parsed.data);
      else reject(`[${index}]`, entry, issueList(parsed.error));
    });
    return { value: kept as T, rejected };
  }
  if (!isRecord(value)) return null;
  const kept: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    const keyOk = collection.key.safeParse(key);
    if (!keyOk.success) {
      reject(key, entry, issueList(keyOk.error).map((issue) => `key: ${issue}`));
      continue;
    }
    const parsed = collection.entry.safeParse(entry);
    if (!parsed.success) {
      reject(key, entry, issueList(parsed.error));
      continue;
    }
    const problem = collection.check?.(key, parsed.data);
    if (problem) reject(key, entry, [problem]);
    else kept[key] = parsed.data;
  }
  return { value: kept as T, rejected };
};

/** Checks a raw stored value (and its stored version) against the item's spec. Pure. */
export const inspect = <T>(spec: ItemSpec<T>, raw: unknown, storedVersion?: number): Inspection<T> => {
  if (raw === null || raw === undefined) return { status: 'ok', value: spec.fallback() };
  const from = storedVersion ?? 1;
  if (from > spec.version) {
    const parsed = spec.schema.safeParse(raw);
    return { status: 'newer', value: parsed.success ? parsed.data : spec.fallback(), version: from };
  }
  let value: unknown;
  try {
    value = migrateValue(spec, raw, from);
  } catch (error) {
    return {
      status: 'repair',
      value: spec.fallback(),
      rejected: [
        {
          value: raw,
          version: from,
          reason: 'migration-failed',
          issues: [`migration from v${from} failed: ${error instanceof Error ? error.message : String(error)}`],
        },
      ],
    };
  }
  const parsed = spec.schema.safeParse(value);
  if (parsed.success) return { status: 'ok', value: parsed.data };
  const partial = salvage(spec, value);
  if (partial) return { status: 'repair', ...partial };
  return {
    status: 'repair',
    value: spec.fallback(),
    rejected: [{ value: raw, version: from, reason: 'unreadable', issues: issueList(parsed.error) }],
  };
};

/** Reads and checks one item. Never throws for bad data; never writes (see the writer's repair). */
export const readItem = async <N extends ItemName>(si: StoreItem<N>): Promise<Inspection<ItemTypes[N]>> => {
  // One read where the item offers it: see ItemAccess.snapshot (a page meeting the worker's
  // start-up migration read the v1 settings as v4, found them unreadable and showed no checklist).
  const { value: raw, meta } = si.item.snapshot
    ? await si.item.snapshot()
    : await Promise.all([si.item.getValue(), si.item.getMeta()]).then(([value, meta]) => ({ value, meta }));
  return inspect(si.spec, raw, typeof meta.v === 'number' ? meta.v : undefined);
};
