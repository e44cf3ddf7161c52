import { knownAccountIds, eventsByAccount } from '../../lib/audit/summary-cache';
import { auditToday, summarizeAccount } from '../../lib/audit/summarize';
import type { AuditContext } from '../../lib/audit/types';
import type { EventChanges } from '../../lib/events/changes';
import { overdueBadge, type Badge } from '../../lib/my-day/badge';
import { dueSteps } from '../../lib/my-day/due-steps';
import type { ProgressEvent } from '../../lib/core/progress/events';
import type { MyDayInputs } from './my-day-inputs';

export interface DayCounts {
  overdue: number;
  dueToday: number;
  /** The user's zone the day was counted in (the morning reminder is set on its clock). */
  timeZone: string;
}

/**
 * Each account's counts for one day and one set of rules, kept in the worker's session storage:
 * the worker is stopped after 30 s idle, and a tick must not cost a read of the whole log when
 * it wakes. Cleared when the browser closes or the extension is updated.
 */
export interface CountCache {
  today: string;
  /** Settings and playbook the counts were made with. */
  context: string;
  counts: Record<string, { overdue: number; dueToday: number }>;
}

export interface MyDayBadgeOptions {
  readInputs(): Promise<MyDayInputs>;
  /** The whole progress log (the background pages through IndexedDB). */
  readLog(): Promise<ProgressEvent[]>;
  /**
   * Every account's events, one account at a time (the log's pages are in account order). When
   * given, a full count uses it instead of `readLog`, so the worker never holds the whole log:
   * 300,000 pulled events were a few hundred MB of heap at each new day's count.
   */
  eachAccount?(visit: (accountId: string, events: ProgressEvent[]) => void): Promise<void>;
  /** The events of these accounts only (one key range each). */
  readAccounts(accountIds: readonly string[]): Promise<ProgressEvent[]>;
  loadCache(): Promise<CountCache | null>;
  saveCache(cache: CountCache): Promise<void>;
  setBadge(badge: Badge): Promise<void>;
  /** ISO instant now; the only clock this module sees. */
  now(): string;
  /** Waits after a change before counting again, so a burst of ticks or an import counts once. */
  debounce(run: () => void): void;
  /**
   * The wait after a bulk batch (a page of a team pull, an import): a pull's pages come every few
   * seconds, and recounting the thousands of accounts each names, page after page, kept the
   * worker reading events it had just stored. Without it, `debounce`.
   */
  bulkDebounce?(run: () => void): void;
  /**
   * Lets the worker answer other messages (a page's app/load, its events query) between slices
   * of a long count: without it, counting a pull's thousand accounts was one task of hundreds of
   * ms that every page opened meanwhile waited behind (issue 25). Without it, no pause.
   */
  pause?(): Promise<void>;
}

/** Accounts counted between two pauses (~10–20 ms on the 2-core test machine). */
const COUNT_SLICE = 100;

/** Call once per account counted: every COUNT_SLICE calls it waits for `pause`. */
const pauser = (pause: (() => Promise<void>) | undefined) => {
  let n = 0;
  return async (): Promise<void> => {
    if (++n % COUNT_SLICE === 0) await pause?.();
  };
};

export interface MyDayBadge {
  /** Counts what changed, or everything on a new day or new rules (the worker's start, the hourly alarm). */
  refresh(): Promise<DayCounts>;
  /** Events were stored for these accounts; without a list (a huge batch) everything is counted again. */
  eventsChanged(changes: EventChanges | undefined): void;
  /** Profiles of these accounts changed, or `'all'` (settings, the playbook). */
  inputsChanged(accountIds: readonly string[] | 'all'): void;
}

const countsOf = (accountId: string, events: readonly ProgressEvent[], inputs: MyDayInputs, context: AuditContext) => {
  const steps = dueSteps(summarizeAccount(accountId, inputs.profiles[accountId], events, context));
  const overdue = steps.filter((step) => step.when === 'overdue').length;
  return { overdue, dueToday: steps.length - overdue };
};

/**
 * The toolbar badge: how many steps are overdue across every account, the count the popup
 * lists (the same audit summaries). The whole log is read only on a new day, new settings or
 * playbook, or a cold browser session; a tick recounts just the accounts it touched.
 */
export const createMyDayBadge = (options: MyDayBadgeOptions): MyDayBadge => {
  let cache: CountCache | null | undefined;
  const dirty = new Set<string>();
  let everything = false;
  let running: Promise<DayCounts> | null = null;
  let again = false;

  const count = async (): Promise<DayCounts> => {
    if (cache === undefined) cache = await options.loadCache().catch(() => null);
    const inputs = await options.readInputs();
    const now = options.now();
    const context: AuditContext = { playbook: inputs.playbook, settings: inputs.settings, now };
    const today = auditToday(now, inputs.settings.timeZone);
    const contextKey = JSON.stringify([inputs.settings, inputs.playbookKey]);
    const accounts = [...dirty];
    dirty.clear();
    // Many accounts at once (after a pull): one streamed pass reads less and holds one account at a time.
    const full = everything || !cache || cache.today !== today || cache.context !== contextKey || (!!options.eachAccount && accounts.length > STREAM_ABOVE);
    everything = false;

    let next: CountCache;
    if (full) {
      const counts: CountCache['counts'] = {};
      if (options.eachAccount) {
        await options.eachAccount((id, own) => void (counts[id] = countsOf(id, own, inputs, context)));
        const counted = pauser(options.pause);
        for (const id of Object.keys(inputs.profiles)) {
          if (id in counts) continue;
          counts[id] = countsOf(id, [], inputs, context);
          await counted();
        }
      } else {
        const log = await options.readLog();
        const groups = eventsByAccount(log);
        const counted = pauser(options.pause);
        for (const id of knownAccountIds(inputs.profiles, log)) {
          counts[id] = countsOf(id, groups.get(id) ?? [], inputs, context);
          await counted();
        }
      }
      next = { today, context: contextKey, counts };
    } else {
      const counts = { ...cache!.counts };
      if (accounts.length) {
        const groups = eventsByAccount(await options.readAccounts(accounts));
        const counted = pauser(options.pause);
        for (const id of accounts) {
          const own = groups.get(id) ?? [];
          if (!own.length && !inputs.profiles[id]) delete counts[id];
          else counts[id] = countsOf(id, own, inputs, context);
          await counted();
        }
      }
      next = { ...cache!, counts };
    }
    cache = next;
    await options.saveCache(next).catch(() => undefined);
    let overdue = 0;
    let dueToday = 0;
    for (const c of Object.values(next.counts)) {
      overdue += c.overdue;
      dueToday += c.dueToday;
    }
    await options.setBadge(overdueBadge(overdue));
    return { overdue, dueToday, timeZone: inputs.settings.timeZone };
  };

  // One count at a time; a change during a count is counted again right after it.
  const refresh = (): Promise<DayCounts> => {
    if (running) {
      again = true;
      return running;
    }
    running = count().finally(() => {
      running = null;
      if (again) {
        again = false;
        void refresh().catch(() => undefined);
      }
    });
    return running;
  };
  const later = () => options.debounce(() => void refresh().catch((error: unknown) => console.warn('CSM Guide: the overdue badge could not be counted', error)));

  return {
    refresh,
    eventsChanged(changes) {
      if (changes?.accounts) for (const id of changes.accounts) dirty.add(id);
      else everything = true;
      if (options.bulkDebounce && (!changes?.accounts || changes.accounts.length > BULK_ACCOUNTS)) {
        options.bulkDebounce(() => void refresh().catch((error: unknown) => console.warn('CSM Guide: the overdue badge could not be counted', error)));
      } else later();
    },
    inputsChanged(accountIds) {
      if (accountIds === 'all') everything = true;
      else for (const id of accountIds) dirty.add(id);
      later();
    },
  };
};

/** A notice naming more accounts than this is a bulk batch (a tick names one). */
const BULK_ACCOUNTS = 200;
/** Dirty accounts above which a recount streams the whole log instead of reading each account. */
const STREAM_ABOVE = 2_000;

/** A trailing debounce on the worker's own timers (a stopped worker recounts at its next start). */
export const debounced = (ms: number): ((run: () => void) => void) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (run) => {
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
};

/** Accounts whose stored profile differs between two values of the profiles item. */
export const changedProfiles = (before: unknown, after: unknown): string[] => {
  const a = (before && typeof before === 'object' ? before : {}) as Record<string, unknown>;
  const b = (after && typeof after === 'object' ? after : {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((id) => JSON.stringify(a[id]) !== JSON.stringify(b[id]));
};
