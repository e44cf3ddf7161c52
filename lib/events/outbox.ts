import { progressEventSchema, type ProgressEvent } from '../core/progress/events';
import { STORAGE_KEYS } from '../store/keys';

/**
 * The durable outbox. A tab writes each event it acknowledges to chrome.storage.local under its
 * own key BEFORE asking the background to store it, so a service worker that stops at the click,
 * a browser that closes, or a message that is never answered loses nothing: the background
 * drains whatever the outbox holds on its next start (or the next change to it), idempotently.
 * One key per event keeps each write small and lets two tabs write without racing.
 */
export const OUTBOX_PREFIX = STORAGE_KEYS.outbox.key;

export const outboxKey = (event: Pick<ProgressEvent, 'id'>): string => `${OUTBOX_PREFIX}${event.id}`;
export const isOutboxKey = (key: string): boolean => key.startsWith(OUTBOX_PREFIX);

/** The part of chrome.storage.local the outbox needs (tests pass fakeBrowser's). */
export interface OutboxArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  getKeys?(): Promise<string[]>;
  getBytesInUse?(keys: string | string[] | null): Promise<number>;
}

/** Every outbox key. `getKeys` (Chrome 130+) avoids reading the values of everything else stored. */
export const outboxKeys = async (area: OutboxArea): Promise<string[]> => {
  let keys: string[] | null = null;
  try {
    if (area.getKeys) keys = await area.getKeys();
  } catch {
    keys = null; // an older browser (or a test double) without getKeys
  }
  return (keys ?? Object.keys(await area.get(null))).filter(isOutboxKey);
};

export interface OutboxContents {
  events: ProgressEvent[];
  /** Keys of the valid events. */
  keys: string[];
  /** Entries that are not events this version can read (kept aside by the caller, never dropped silently). */
  invalid: Array<{ key: string; value: unknown; issues: string[] }>;
}

/** Reads and checks the outbox. */
export const readOutbox = async (area: OutboxArea, only?: (event: ProgressEvent) => boolean): Promise<OutboxContents> => {
  const keys = await outboxKeys(area);
  if (!keys.length) return { events: [], keys: [], invalid: [] };
  const values = await area.get(keys);
  const contents: OutboxContents = { events: [], keys: [], invalid: [] };
  for (const key of keys) {
    if (!(key in values)) continue;
    const parsed = progressEventSchema.safeParse(values[key]);
    if (!parsed.success || outboxKey(parsed.data) !== key) {
      contents.invalid.push({
        key,
        value: values[key],
        issues: parsed.success ? [`stored under ${key} but is event ${parsed.data.id}`] : parsed.error.issues.map((i) => i.message),
      });
      continue;
    }
    if (only && !only(parsed.data)) continue;
    contents.events.push(parsed.data);
    contents.keys.push(key);
  }
  return contents;
};

/** Writes events to the outbox (the tab side of a tick). Rejects when storage refuses them. */
export const writeOutbox = (area: OutboxArea, events: readonly ProgressEvent[]): Promise<void> =>
  area.set(Object.fromEntries(events.map((event) => [outboxKey(event), event])));
