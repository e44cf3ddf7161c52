import type { ProgressEvent } from '../core/progress/events';

/**
 * What changed between two snapshots of a context's events (lib/store/event-mirror.ts), so the
 * dashboard's summaries (summary-cache.ts) touch only the accounts a batch of events touched:
 * with 15,000 accounts and 300,000 events, re-reading every event per page of a team pull was
 * the dashboard's cost, not the few accounts the page named.
 *
 * The mirror keeps a short log of its changes and tags each snapshot it hands out with its
 * version; a reader that summarised version v asks the log for what came after it. The log is
 * bounded (older versions answer null: read everything again, as on the first call) and holds
 * only events the mirror keeps anyway. Tags are kept in a WeakMap, so a snapshot dropped by
 * every reader is freed with its tag.
 */
export interface EventLogChange {
  added: ProgressEvent[];
  /** Ids of events that left the snapshot (a tick taken back because storage refused it). */
  removed: string[];
}

export interface DeltaLog {
  /** Records the change that made `version` (the next after the last recorded). */
  push(version: number, change: EventLogChange): void;
  /** Everything after `from` up to `to`, or null when the log no longer reaches back that far. */
  between(from: number, to: number): EventLogChange | null;
}

/** Changes kept (a dashboard summarises far more often than this many changes pass between two reads). */
const KEPT = 512;

export const createDeltaLog = (): DeltaLog => {
  const entries: Array<{ version: number; change: EventLogChange }> = [];
  return {
    push(version, change) {
      entries.push({ version, change });
      if (entries.length > KEPT) entries.splice(0, entries.length - KEPT);
    },
    between(from, to) {
      if (from === to) return { added: [], removed: [] };
      const first = entries.findIndex((entry) => entry.version === from + 1);
      if (first < 0 || from > to) return null;
      const added: ProgressEvent[] = [];
      const removed: string[] = [];
      for (let i = first; i < entries.length && entries[i]!.version <= to; i++) {
        for (const event of entries[i]!.change.added) added.push(event);
        for (const id of entries[i]!.change.removed) removed.push(id);
      }
      return { added, removed };
    },
  };
};

interface Tag {
  log: DeltaLog;
  version: number;
}
const tags = new WeakMap<readonly ProgressEvent[], Tag>();

/** Marks a snapshot as version `version` of `log`. */
export const tagSnapshot = (events: readonly ProgressEvent[], log: DeltaLog, version: number): void => void tags.set(events, { log, version });

/** The log and version a snapshot came from, if a mirror tagged it. */
export const snapshotTag = (events: readonly ProgressEvent[]): Tag | undefined => tags.get(events);
