import { browser } from 'wxt/browser';
import { STORAGE_KEYS } from './keys';

type AreaName = 'local' | 'session' | 'sync' | 'managed';

/**
 * What a page's store reads first (lib/store/csm-store.ts): each mirrored item's value and meta
 * (`<key>$`), the worker's records it shows, the worker's copy of the policy, and the enterprise
 * policy itself (`null`: the whole area). Plain strings, so the loader carries no schema; a unit
 * test keeps the list equal to the items the store mirrors.
 */
export const FIRST_READS: Readonly<Partial<Record<AreaName, readonly string[] | null>>> = {
  local: [
    ...['profiles', 'threads', 'playbook', 'ui', 'quarantine', 'setup'].flatMap((key) => [key, `${key}$`]),
    STORAGE_KEYS.teamSyncState.key,
    STORAGE_KEYS.myDayReminder.key,
    STORAGE_KEYS.managedPolicyCopy.key,
  ],
  sync: ['settings', 'settings$'],
  managed: null,
};

interface Begun {
  reads: Partial<Record<AreaName, Promise<Record<string, unknown>>>>;
  /** `area:key` of every key a change touched since the reads began, and of every key already taken. */
  spent: Set<string>;
  end(): void;
}

/** Shared by the loader and the app: both run in the extension's isolated world of the page. */
const SLOT = Symbol.for('csm-guide.first-reads');
const slot = globalThis as { [SLOT]?: Begun };

/** Reads no app takes are dropped after this (an injection that failed; the app then reads itself). */
const KEEP_MS = 30_000;

/**
 * A page's first storage reads, begun by the loader as it asks for the app, while the host page
 * is still loading; the app's store takes them instead of asking again after its start (issue 25:
 * those round trips were ~30 ms of a record's wait in a new tab on the test machine).
 *
 * A value is used at most once, and only if no change to its key has been seen since the reads
 * began: the listener is added before the reads are asked for, and the store adds its own
 * listeners before it takes anything, so a change from another tab or the worker is never missed
 * — a key it touched is simply read again. The page's own world never sees any of it.
 */
export const beginFirstReads = (plan: Readonly<Partial<Record<AreaName, readonly string[] | null>>> = FIRST_READS): void => {
  if (slot[SLOT]) return;
  const spent = new Set<string>();
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    for (const key of Object.keys(changes)) spent.add(`${area}:${key}`);
    if (area === 'managed') spent.add('managed:*');
  };
  browser.storage.onChanged.addListener(onChanged);
  const reads: Begun['reads'] = {};
  for (const area of Object.keys(plan) as AreaName[]) {
    const keys = plan[area] ?? null;
    let read: Promise<Record<string, unknown>>;
    try {
      const storage = browser.storage[area];
      if (!storage) continue;
      read = (keys ? storage.get([...keys]) : storage.get()) as Promise<Record<string, unknown>>;
    } catch {
      continue; // an area this browser lacks (managed outside Chrome): the app reads it itself
    }
    read.catch(() => undefined); // taken or not, a failed read is no unhandled rejection
    reads[area] = read;
  }
  const timer = setTimeout(() => end(), KEEP_MS);
  const end = () => {
    clearTimeout(timer);
    browser.storage.onChanged.removeListener(onChanged);
    if (slot[SLOT] === begun) delete slot[SLOT];
  };
  const begun: Begun = { reads, spent, end };
  slot[SLOT] = begun;
};

/**
 * The begun read of `keys` in `area` (`null`: the whole area, as `get()` answers), or `null` when
 * there is none to use: no reads begun, that area not read, or one of the keys changed or taken
 * since. Either way the caller reads storage itself when this gives null.
 */
export const takeFirstRead = (area: AreaName, keys: readonly string[] | null): Promise<Record<string, unknown>> | null => {
  const begun = slot[SLOT];
  const read = begun?.reads[area];
  if (!begun || !read) return null;
  const ids = keys ? keys.map((key) => `${area}:${key}`) : [`${area}:*`];
  if (ids.some((id) => begun.spent.has(id))) return null;
  ids.forEach((id) => begun.spent.add(id));
  return keys ? read.then((found) => Object.fromEntries(keys.filter((key) => key in found).map((key) => [key, found[key]]))) : read;
};

/** The store has its first answer: later reads go to storage, and the loader's listener goes. */
export const endFirstReads = (): void => slot[SLOT]?.end();
