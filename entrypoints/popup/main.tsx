import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { MyDayApp } from '@/components/popup/MyDayApp';
import { ReminderToggle, type ReminderPort } from '@/components/popup/ReminderToggle';
import { readReminder, REMINDER_KEY, REMINDER_MESSAGE } from '@/lib/my-day/reminder';
import { getCsmStore } from '@/lib/store/progress-store';
import '@/components/popup/popup.css';

// The toolbar popup ("My day"). Glue only: the store mirrors storage, the app renders it.
const store = getCsmStore({ timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
const clock = () => new Date().toISOString();

const key = REMINDER_KEY.slice('local:'.length);
const NOTIFICATIONS = { permissions: ['notifications'] as Array<'notifications'> };
const reminderPort: ReminderPort = {
  load: async () => ({
    reminder: readReminder((await browser.storage.local.get(key))[key]),
    permitted: await browser.permissions.contains(NOTIFICATIONS).catch(() => false),
  }),
  subscribe: (changed) => {
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && key in changes) changed();
    };
    browser.storage.onChanged.addListener(onStorage);
    browser.permissions.onAdded.addListener(changed);
    browser.permissions.onRemoved.addListener(changed);
    return () => {
      browser.storage.onChanged.removeListener(onStorage);
      browser.permissions.onAdded.removeListener(changed);
      browser.permissions.onRemoved.removeListener(changed);
    };
  },
  requestPermission: () => browser.permissions.request(NOTIFICATIONS).catch(() => false),
  // Not in the protocol union: the background's reminder listener (background/my-day/my-day-reminder.ts) answers it.
  save: async (reminder) => void (await browser.runtime.sendMessage({ type: REMINDER_MESSAGE, reminder })),
};

createRoot(document.getElementById('root')!).render(
  <MyDayApp
    store={store}
    clock={clock}
    dashboardUrl={browser.runtime.getURL('/dashboard.html')}
    optionsUrl={browser.runtime.getURL('/options.html')}
    reminder={<ReminderToggle port={reminderPort} />}
  />,
);
