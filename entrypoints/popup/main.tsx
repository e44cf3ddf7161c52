import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { MyDayApp } from '@/components/popup/MyDayApp';
import { ReminderToggle, type ReminderPort } from '@/components/popup/ReminderToggle';
import { REMINDER_MESSAGE } from '@/lib/my-day/reminder';
import { sendMessage } from '@/lib/messages/client';
import { messageSchema } from '@/lib/messages/protocol';
import { getCsmStore } from '@/lib/store/csm-store';
import '@/components/popup/popup.css';

// The toolbar popup ("My day"). Glue only: the store mirrors storage (an extension page's: it may
// send every message), the app renders it.
const store = getCsmStore({ timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, messages: messageSchema });
const clock = () => new Date().toISOString();

const NOTIFICATIONS = { permissions: ['notifications'] as Array<'notifications'> };
// The reminder as the worker keeps it, read through the store like everything else the popup shows.
const reminderPort: ReminderPort = {
  load: async () => {
    await store.ready;
    return { reminder: store.getState().reminder, permitted: await browser.permissions.contains(NOTIFICATIONS).catch(() => false) };
  },
  subscribe: (changed) => {
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.reminder !== previous.reminder) changed();
    });
    browser.permissions.onAdded.addListener(changed);
    browser.permissions.onRemoved.addListener(changed);
    return () => {
      unsubscribe();
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
