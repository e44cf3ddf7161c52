import type { ProgressEvent } from '../progress/events';
import type { OutboxArea } from './outbox';
import type { EventService } from './service';

/**
 * Moves the v1 log (one `local:events` array in chrome.storage) into the event store. Lossless:
 * every readable event is appended (idempotently), unreadable ones were set aside by the reader.
 * The v1 array itself is left as it was, so going back to an older CSM Guide still finds the
 * progress it had. The marker records how many events were moved; an older version that appended
 * more after a rollback changes that count, and the next start moves the rest.
 */
export const MIGRATION_KEY = 'eventsMigration';
const BATCH = 5_000;

export interface MigrationMarker {
  count: number;
  at: string;
}

export const migrateLegacyEvents = async (
  area: OutboxArea,
  readLegacy: () => Promise<ProgressEvent[]>,
  service: Pick<EventService, 'append'>,
  now: () => string = () => new Date().toISOString(),
): Promise<{ moved: number; added: number }> => {
  const legacy = await readLegacy();
  const marker = (await area.get(MIGRATION_KEY))[MIGRATION_KEY] as MigrationMarker | undefined;
  if (marker?.count === legacy.length) return { moved: 0, added: 0 };
  let added = 0;
  for (let start = 0; start < legacy.length; start += BATCH) added += (await service.append(legacy.slice(start, start + BATCH))).added;
  await area.set({ [MIGRATION_KEY]: { count: legacy.length, at: now() } satisfies MigrationMarker });
  return { moved: legacy.length, added };
};
