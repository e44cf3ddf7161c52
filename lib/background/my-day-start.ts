import type { WxtBrowser } from 'wxt/browser';
import { CHANGES_KEY, eventChangesSchema } from '../events/changes';
import type { EventService } from '../events/service';
import type { ProgressEvent } from '../progress/events';
import { readManagedPolicy } from '../settings/read-managed';
import { getReaderItems, SPECS } from '../store/items';
import { createMyDayBadge, debounced, type MyDayBadge } from './my-day-badge';
import { createMyDayInputs } from './my-day-inputs';

/** The hourly recount: with no change at all, steps still become overdue when the day turns. */
export const MY_DAY_ALARM = 'my-day-badge';
const RECOUNT_MINUTES = 60;
/** A burst of ticks or an import's profile writes is counted once. */
const DEBOUNCE_MS = 2_000;
const PAGE = 20_000;

/** `local:profiles` → area `local`, key `profiles`. */
const areaKey = (key: string): [string, string] => key.split(':', 2) as [string, string];
const INPUT_KEYS = [SPECS.profiles.key, SPECS.settings.key, SPECS.playbook.key].map(areaKey);

/** Wires the overdue badge into the worker: counts at start, on changes (debounced) and hourly. */
export const startMyDayBadge = (
  api: Pick<WxtBrowser, 'action' | 'alarms' | 'storage'>,
  events: Pick<EventService, 'page'>,
  timeZone: string,
): MyDayBadge => {
  const readLog = async (): Promise<ProgressEvent[]> => {
    const log: ProgressEvent[] = [];
    let after: string | null = null;
    do {
      const page = await events.page(after, PAGE);
      log.push(...page.events);
      after = page.next;
    } while (after);
    return log;
  };
  const badge = createMyDayBadge({
    readInputs: createMyDayInputs({ items: getReaderItems(), managed: readManagedPolicy, timeZone }),
    readLog,
    now: () => new Date().toISOString(),
    debounce: debounced(DEBOUNCE_MS),
    setBadge: async ({ text, color, title }) => {
      await Promise.all([api.action.setBadgeBackgroundColor({ color }), api.action.setBadgeText({ text }), api.action.setTitle({ title })]);
    },
  });

  api.storage.onChanged.addListener((changes, areaName) => {
    const notice = changes[CHANGES_KEY];
    if (areaName === 'local' && notice?.newValue !== undefined) {
      const parsed = eventChangesSchema.safeParse(notice.newValue);
      badge.eventsChanged(parsed.success ? parsed.data : undefined);
    }
    if (INPUT_KEYS.some(([area, key]) => area === areaName && key in changes)) badge.inputsChanged();
  });
  void api.alarms.create(MY_DAY_ALARM, { periodInMinutes: RECOUNT_MINUTES });
  api.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === MY_DAY_ALARM) void badge.refresh().catch(() => undefined);
  });
  void badge.refresh().catch((error: unknown) => console.warn('CSM Guide: the overdue badge could not be counted', error));
  return badge;
};
