import type { WxtBrowser } from 'wxt/browser';
import { CHANGES_KEY, eventChangesSchema } from '../../lib/events/changes';
import type { EventService } from '../events/service';
import type { ProgressEvent } from '../../lib/core/progress/events';
import { readManagedPolicy } from '../../lib/settings/read-managed';
import { SPECS } from '../../lib/store/items';
import { getReaderItems } from '../../lib/store/items/reader';
import { changedProfiles, createMyDayBadge, debounced, type CountCache, type MyDayBadge } from './my-day-badge';
import { createMyDayInputs } from './my-day-inputs';
import { createMyDayReminder, REMINDER_ALARM, type MyDayReminder } from './my-day-reminder';
import { REMINDER_KEY } from '../../lib/my-day/reminder';
import { areaKey, STORAGE_KEYS } from '../../lib/store/keys';

/** The hourly recount: with no change at all, steps still become overdue when the day turns. */
export const MY_DAY_ALARM = 'my-day-badge';
const RECOUNT_MINUTES = 60;
/** A burst of ticks or an import's profile writes is counted once. */
const DEBOUNCE_MS = 2_000;
/** After a bulk batch: a team pull's pages come every few seconds; the badge recounts once they pause. */
const BULK_DEBOUNCE_MS = 15_000;
const PAGE = 20_000;
/**
 * Events per page of a full count: the most the worker holds of the log at once, and what one
 * task of the count reads. At 5,000 the recount after a 200,000-event import held the worker's
 * thread in tasks of 100–355 ms for ~30 s, and a record opened in a new tab meanwhile waited
 * 470–710 ms for its first verdict instead of ~300 (its injection and its events query queue
 * behind them); at 1,000 the tasks are 30–80 ms and the count takes about as long (issue 25).
 */
const ACCOUNT_PAGE = 1_000;

/** `local:profiles` → area `local`, key `profiles`. */
const [PROFILES_AREA, PROFILES_KEY] = areaKey(SPECS.profiles.key);
const RULE_KEYS = [SPECS.settings.key, SPECS.playbook.key].map(areaKey);
/** The per-account counts, in session storage (kept while the browser runs, across worker stops). */
const COUNTS_KEY = STORAGE_KEYS.myDayCounts.key;

const [, REMINDER_STORAGE_KEY] = areaKey(REMINDER_KEY);
const [SETTINGS_AREA, SETTINGS_KEY] = areaKey(SPECS.settings.key);
const NOTIFICATION_ID = 'my-day';

/**
 * Wires "My day" into the worker: the overdue badge (counted at start, on changes, debounced,
 * and hourly) and the optional morning reminder (its setting, alarm and notification).
 */
export const startMyDay = (
  api: Pick<WxtBrowser, 'action' | 'alarms' | 'storage' | 'runtime' | 'permissions' | 'notifications' | 'tabs'>,
  events: Pick<EventService, 'page' | 'forAccounts'>,
  timeZone: string,
): { badge: MyDayBadge; reminder: MyDayReminder } => {
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
  // The log's pages come in `_id` order, which groups each account's events (ev/<account>/…).
  const eachAccount = async (visit: (accountId: string, events: ProgressEvent[]) => void): Promise<void> => {
    let after: string | null = null;
    let current: string | null = null;
    let group: ProgressEvent[] = [];
    do {
      const page = await events.page(after, ACCOUNT_PAGE);
      for (const event of page.events) {
        if (event.accountId !== current) {
          if (current !== null) visit(current, group);
          current = event.accountId;
          group = [];
        }
        group.push(event);
      }
      after = page.next;
    } while (after);
    if (current !== null) visit(current, group);
  };
  const badge = createMyDayBadge({
    readInputs: createMyDayInputs({ items: getReaderItems(), managed: readManagedPolicy, timeZone }),
    readLog,
    eachAccount,
    readAccounts: (ids) => events.forAccounts(ids),
    loadCache: async () => ((await api.storage.session.get(COUNTS_KEY))[COUNTS_KEY] as CountCache | undefined) ?? null,
    saveCache: (cache) => api.storage.session.set({ [COUNTS_KEY]: cache }),
    now: () => new Date().toISOString(),
    debounce: debounced(DEBOUNCE_MS),
    bulkDebounce: debounced(BULK_DEBOUNCE_MS),
    // A macrotask: messages already queued (a page's app/load, its events query) run first.
    pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
    setBadge: async ({ text, color, title }) => {
      await Promise.all([api.action.setBadgeBackgroundColor({ color }), api.action.setBadgeText({ text }), api.action.setTitle({ title })]);
    },
  });

  // The notifications API exists only once the optional permission is granted.
  let clickHandled = false;
  const reminder = createMyDayReminder({
    load: async () => (await api.storage.local.get(REMINDER_STORAGE_KEY))[REMINDER_STORAGE_KEY],
    save: (value) => api.storage.local.set({ [REMINDER_STORAGE_KEY]: value }),
    permitted: () => api.permissions.contains({ permissions: ['notifications'] }).catch(() => false),
    count: () => badge.refresh(),
    setAlarm: async (at) => {
      if (at) await api.alarms.create(REMINDER_ALARM, { when: Date.parse(at) });
      else await api.alarms.clear(REMINDER_ALARM);
    },
    notify: async ({ title, message }) => {
      if (!api.notifications) return;
      if (!clickHandled) {
        clickHandled = true;
        // The popup cannot be opened from here on every Chrome: the same list opens as a tab.
        api.notifications.onClicked.addListener((id) => {
          if (id === NOTIFICATION_ID) void api.tabs.create({ url: api.runtime.getURL('/popup.html') });
        });
      }
      await api.notifications.create(NOTIFICATION_ID, { type: 'basic', iconUrl: api.runtime.getURL('/icon/128.png'), title, message });
    },
    now: () => new Date().toISOString(),
  });
  api.permissions.onAdded.addListener(() => void reminder.reschedule().catch(() => undefined));
  api.permissions.onRemoved.addListener(() => void reminder.reschedule().catch(() => undefined));

  api.storage.onChanged.addListener((changes, areaName) => {
    const notice = changes[CHANGES_KEY];
    if (areaName === 'local' && notice?.newValue !== undefined) {
      const parsed = eventChangesSchema.safeParse(notice.newValue);
      badge.eventsChanged(parsed.success ? parsed.data : undefined);
    }
    const profiles = areaName === PROFILES_AREA ? changes[PROFILES_KEY] : undefined;
    if (profiles) badge.inputsChanged(changedProfiles(profiles.oldValue, profiles.newValue));
    if (RULE_KEYS.some(([area, key]) => area === areaName && key in changes)) badge.inputsChanged('all');
    // A new zone moves the morning's hour.
    if (areaName === SETTINGS_AREA && SETTINGS_KEY in changes) void reminder.reschedule().catch(() => undefined);
  });
  void api.alarms.create(MY_DAY_ALARM, { periodInMinutes: RECOUNT_MINUTES });
  api.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === MY_DAY_ALARM) void badge.refresh().catch(() => undefined);
    if (alarm.name === REMINDER_ALARM) void reminder.fire().catch((error: unknown) => console.warn('CSM Guide: the morning reminder failed', error));
  });
  void badge.refresh().catch((error: unknown) => console.warn('CSM Guide: the overdue badge could not be counted', error));
  void reminder.reschedule().catch(() => undefined);
  return { badge, reminder };
};
