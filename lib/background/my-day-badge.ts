import { createSummaryCache } from '../audit/summary-cache';
import { auditToday } from '../audit/summarize';
import type { EventChanges } from '../events/changes';
import { overdueBadge, type Badge } from '../my-day/badge';
import { myDay } from '../my-day/due-steps';
import type { ProgressEvent } from '../progress/events';
import type { MyDayInputs } from './my-day-inputs';

export interface MyDayBadgeOptions {
  readInputs(): Promise<MyDayInputs>;
  /** The whole progress log (the background pages through IndexedDB). */
  readLog(): Promise<ProgressEvent[]>;
  setBadge(badge: Badge): Promise<void>;
  /** ISO instant now; the only clock this module sees. */
  now(): string;
  /** Waits after a change before counting again, so a burst of ticks or an import counts once. */
  debounce(run: () => void): void;
}

export interface DayCounts {
  overdue: number;
  dueToday: number;
  /** The user's zone the day was counted in (the morning reminder is set on its clock). */
  timeZone: string;
}

export interface MyDayBadge {
  /** Counts now (the worker's start, the hourly alarm: "overdue" moves with the day). */
  refresh(): Promise<DayCounts>;
  /** Events were stored: small batches are merged, a large one (an import, a team pull) re-reads the log. */
  eventsChanged(changes: EventChanges | undefined): void;
  /** Profiles, settings or the playbook changed. */
  inputsChanged(): void;
}

/**
 * The toolbar badge: how many steps are overdue across every account, the same count the popup
 * shows. The log is read once and then kept in step from the change notices (which carry the
 * events of a small batch), so a tick does not re-read 300,000 events; the summary cache
 * re-evaluates only the accounts whose profile or events changed.
 */
export const createMyDayBadge = (options: MyDayBadgeOptions): MyDayBadge => {
  const cache = createSummaryCache();
  let log: Map<string, ProgressEvent> | null = null;
  let running: Promise<DayCounts> | null = null;
  let again = false;

  const count = async (): Promise<DayCounts> => {
    if (!log) log = new Map((await options.readLog()).map((event) => [event.id, event]));
    const inputs = await options.readInputs();
    const now = options.now();
    const summaries = cache.summarize(inputs.profiles, [...log.values()], { playbook: inputs.playbook, settings: inputs.settings, now });
    const { overdue, dueToday } = myDay(summaries, auditToday(now, inputs.settings.timeZone));
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
      if (log && changes?.events) for (const event of changes.events) log.set(event.id, event);
      else log = null;
      later();
    },
    inputsChanged: later,
  };
};

/** A trailing debounce on the worker's own timers (a stopped worker recounts at its next start). */
export const debounced = (ms: number): ((run: () => void) => void) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (run) => {
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
};
