import type { z } from '../../core/zod';
import type { StorageItemKey } from 'wxt/utils/storage';

/** A collection is checked entry by entry, so one bad entry is set aside without the rest. */
export type Collection =
  | { kind: 'array'; entry: z.ZodMiniType }
  | { kind: 'record'; key: z.ZodMiniType<string>; entry: z.ZodMiniType; check?: (key: string, value: unknown) => string | null };

/**
 * Everything about one stored item, in its one file: the key and version (part of the data
 * format: change them only with a migration), the migrations and the live schema of the current
 * version. The frozen copy of every version that shipped is in lib/store/versions/ (never edited),
 * listed in its shipped.ts.
 */
export interface ItemSpec<T> {
  key: StorageItemKey;
  /** What the user would call it, for notices ("checklist progress"). */
  label: string;
  /** The current version. */
  version: number;
  /** `n: v(n-1) → v(n)`; pure, total (return a value it cannot read unchanged, never throw), never deleted. */
  migrations: Record<number, (value: unknown) => unknown>;
  /** The current version's shape (non-null); a stored null/absent value reads as `fallback()`. */
  schema: z.ZodMiniType<NonNullable<T>>;
  fallback: () => T;
  collection?: Collection;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The sites there were when settings v2 and ui v2 shipped: their migrations produce those, whatever SITES holds today. */
export const SITES_OF_V2 = { salesforce: true, gmail: true, outreach: true, medtrainer: true } as const;
