import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { MyDayApp } from '@/components/popup/MyDayApp';
import { ReminderToggle, type ReminderPort } from '@/components/popup/ReminderToggle';
import { readReminder, REMINDER_KEY, REMINDER_MESSAGE } from '@/lib/my-day/reminder';
import { sendMessage } from '@/lib/messages/client';
import { getCsmStore } from '@/lib/store/csm-store';
import '@/components/popup/popup.css';
import { areaKey } from '@/lib/store/keys';

// The toolbar popup ("My day"). Glue only: the store mirrors storage, the app renders it.
const store = getCsmStore({ timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
const clock = () => new Date().toISOString();

const [, key] = areaKey(REMINDER_KEY);
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
  // Answered by the worker's router (background/handlers/reminder.ts). The toggle shows the stored
  // setting as it changes, so a save that failed simply leaves the toggle as it was.
  save: async (reminder) => void (await sendMessage({ type: REMINDER_MESSAGE, reminder })),
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
