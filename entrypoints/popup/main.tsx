import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { MyDayApp } from '@/components/popup/MyDayApp';
import { getCsmStore } from '@/lib/store/progress-store';
import '@/components/popup/popup.css';

// The toolbar popup ("My day"). Glue only: the store mirrors storage, the app renders it.
const store = getCsmStore({ timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
const clock = () => new Date().toISOString();

createRoot(document.getElementById('root')!).render(
  <MyDayApp
    store={store}
    clock={clock}
    dashboardUrl={browser.runtime.getURL('/dashboard.html')}
    optionsUrl={browser.runtime.getURL('/options.html')}
  />,
);
