import type { ProgressEvent } from '../../lib/core/progress/events';
import type { OutboxArea } from '../../lib/events/outbox';
import type { EventService } from './service';
import { SPECS } from '../../lib/store/items';
import { areaKey, STORAGE_KEYS } from '../../lib/store/keys';

/**
 * Moves the v1 log (one `local:events` array in chrome.storage) into the event store. Lossless:
 * every readable event is appended (idempotently), unreadable ones were set aside by the reader.
 * The v1 array itself is left as it was, so going back to an older CSM Guide still finds the
 * progress it had. The marker records how many events were moved; an older version that appended
 * more after a rollback changes that count, and the next start moves the rest.
 */
export const MIGRATION_KEY = STORAGE_KEYS.eventsMigration.key;
const BATCH = 5_000;
const [, LEGACY_KEY] = areaKey(SPECS.events.key);

export interface MigrationMarker {
  count: number;
  at: string;
  /** The v1 array's size when it was moved: an unchanged size skips reading it at the next start. */
  bytes?: number;
}

/** The v1 array's size in bytes, or null where the browser (or a test double) cannot say. */
const legacyBytes = async (area: OutboxArea): Promise<number | null> => {
  try {
    return area.getBytesInUse ? await area.getBytesInUse(LEGACY_KEY) : null;
  } catch {
    return null;
  }
};

export const migrateLegacyEvents = async (
  area: OutboxArea,
  readLegacy: () => Promise<ProgressEvent[]>,
  service: Pick<EventService, 'append'>,
  now: () => string = () => new Date().toISOString(),
): Promise<{ moved: number; added: number }> => {
  const marker = (await area.get(MIGRATION_KEY))[MIGRATION_KEY] as MigrationMarker | undefined;
  // The worker starts often (Chrome stops it after 30 s idle): a v1 array of several MB that was
  // already moved and has not changed since is not read again.
  if (marker?.bytes !== undefined && marker.bytes === (await legacyBytes(area))) return { moved: 0, added: 0 };
  const legacy = await readLegacy();
  const bytes = (await legacyBytes(area)) ?? undefined;
  if (marker?.count === legacy.length) {
    if (bytes !== undefined && marker.bytes !== bytes) await area.set({ [MIGRATION_KEY]: { ...marker, bytes } satisfies MigrationMarker });
    return { moved: 0, added: 0 };
  }
  let added = 0;
  for (let start = 0; start < legacy.length; start += BATCH) added += (await service.append(legacy.slice(start, start + BATCH))).added;
  await area.set({ [MIGRATION_KEY]: { count: legacy.length, at: now(), ...(bytes !== undefined ? { bytes } : {}) } satisfies MigrationMarker });
  return { moved: legacy.length, added };
};
