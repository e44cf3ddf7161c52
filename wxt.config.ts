import { defineConfig } from 'wxt';
import { GMAIL_MATCHES } from './lib/sites/gmail/hosts';
import { MEDTRAINER_MATCHES } from './lib/sites/medtrainer/hosts';
import { OUTREACH_MATCHES } from './lib/sites/outreach/hosts';
import { SALESFORCE_MATCHES } from './lib/sites/salesforce/hosts';

/** Host access is the four sites' https patterns only (CONTRACT.md), taken from each adapter's hosts.ts. */
const HOSTS = [...SALESFORCE_MATCHES, ...GMAIL_MATCHES, ...OUTREACH_MATCHES, ...MEDTRAINER_MATCHES];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'CSM Guide',
    description:
      "Walks Customer Success Managers through their team's SOPs inside Salesforce, Gmail, Outreach and the MedTrainer pre-signup form.",
    // storage: progress and settings; scripting: inject the sidebar app into a recognised tab.
    permissions: ['storage', 'scripting'],
    host_permissions: HOSTS,
    // Enterprise policy (chrome.storage.managed): Chrome validates it against this schema; CSM Guide applies it with applyManaged.
    storage: { managed_schema: 'managed-schema.json' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
  },
});
