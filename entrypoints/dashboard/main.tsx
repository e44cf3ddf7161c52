import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';
import { messageSchema } from '@/lib/messages/protocol';
import { getCsmStore } from '@/lib/store/csm-store';
import '@/components/dashboard/dashboard.css';

// The team audit (dashboard.html, an unlisted page: open it from the settings page or by URL).
// Glue only: the store mirrors storage (and may send every message: the imports, the whole log),
// the app renders it.
const store = getCsmStore({ timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, messages: messageSchema });
const clock = () => new Date().toISOString();

createRoot(document.getElementById('root')!).render(
  <ErrorBoundary what="The team audit">
    <DashboardApp
      store={store}
      clock={clock}
      app={`CSM Guide ${browser.runtime.getManifest().version}`}
      optionsUrl={browser.runtime.getURL('/options.html')}
    />
  </ErrorBoundary>,
);
