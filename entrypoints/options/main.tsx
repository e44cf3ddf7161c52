import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import { messageSchema } from '@/lib/messages/protocol';
import { getCsmStore } from '@/lib/store/csm-store';
import '@/components/options/options.css';

// The settings page (options.html). Glue only: the store mirrors storage and applies the
// enterprise policy (and may send every message: the settings, the playbook); the app renders the form.
const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const store = getCsmStore({ timeZone: browserZone, messages: messageSchema });
const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [browserZone];

createRoot(document.getElementById('root')!).render(
  <OptionsApp
    store={store}
    browserZone={browserZone}
    zones={zones.includes('UTC') ? zones : [...zones, 'UTC']}
    clock={() => new Date().toISOString()}
    dashboardUrl={browser.runtime.getURL('/dashboard.html')}
  />,
);
