import type { QuarantineEntry } from './items/quarantine';

/**
 * The quarantine keeps what could not be read so nothing is lost silently — but it must not grow
 * forever (a corrupt writer in a loop, years of use). Bounds, oldest first:
 * - an entry the user dismissed is kept 30 days (time to export or report it), any other 180;
 * - at most 500 entries and about 2 MB of JSON; past that, dismissed entries go first.
 * Entries the user has not seen yet outlast dismissed ones, and the newest outlast the older.
 */
export const QUARANTINE_LIMITS = {
  dismissedDays: 30,
  maxDays: 180,
  maxEntries: 500,
  maxBytes: 2_000_000,
} as const;

const DAY_MS = 86_400_000;

export const boundQuarantine = (entries: readonly QuarantineEntry[], now: string, limits = QUARANTINE_LIMITS): QuarantineEntry[] => {
  const nowMs = Date.parse(now);
  const fresh = entries.filter((entry) => {
    const age = nowMs - Date.parse(entry.at);
    // An unparseable or future date is not a reason to drop someone's data.
    if (!Number.isFinite(age) || age < 0) return true;
    return age <= (entry.dismissed ? limits.dismissedDays : limits.maxDays) * DAY_MS;
  });
  const sizes = fresh.map((entry) => JSON.stringify(entry)?.length ?? 0);
  let bytes = sizes.reduce((sum, size) => sum + size, 0);
  let count = fresh.length;
  if (count <= limits.maxEntries && bytes <= limits.maxBytes) return fresh.length === entries.length ? [...entries] : fresh;
  // Dropped in this order: dismissed before unseen, older before newer.
  const order = fresh
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => Number(b.entry.dismissed === true) - Number(a.entry.dismissed === true) || a.entry.at.localeCompare(b.entry.at));
  const dropped = new Set<number>();
  for (const { index } of order) {
    if (count <= limits.maxEntries && bytes <= limits.maxBytes) break;
    // The last entry standing stays, however large: it is what the notice is about.
    if (count === 1) break;
    dropped.add(index);
    count--;
    bytes -= sizes[index]!;
  }
  return fresh.filter((_, index) => !dropped.has(index));
};
