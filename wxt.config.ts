import { defineConfig } from 'wxt';
import { managedSchema } from './lib/settings/managed-schema';
import { PAGE_NAMES, type PageKind } from './lib/core/model/page-kind';
import { SERVED_PAGE_FLAGS } from './lib/core/model/served-pages';
import { SITE_MATCHES, SITES } from './lib/sites';
import { pageWithoutAutoMount } from './scripts/build/page-without-auto-mount';
import { pageRuleChecksForSite } from './scripts/build/page-rule-checks';
import { pageWithoutRuleNotes } from './scripts/build/page-rule-notes';
import { pageServedPages } from './scripts/build/page-served-pages';

/** Host access is the sites' https patterns only (least privilege), from the site definitions (lib/sites/index.ts). */
const HOSTS = [...SITE_MATCHES];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // The page bundles leave out the rules' SOP quotes, which the page never shows, the checks of
  // rules that never show on their site's pages, the code only other sites' pages run (a compose
  // window's email checks in the Salesforce sidebar), and the UI helper's autoMount, which the
  // sidebar never calls (issue 25: the app's own code per site).
  vite: () => ({
    plugins: [
      pageWithoutRuleNotes(),
      pageWithoutAutoMount(),
      pageRuleChecksForSite({
        kindsOf: (id) => SITES.find((site) => site.id === id)?.kinds,
        pageName: (kind) => PAGE_NAMES[kind as PageKind] ?? kind,
      }),
      pageServedPages({ kindsOf: (id) => SITES.find((site) => site.id === id)?.kinds, flags: SERVED_PAGE_FLAGS }),
    ],
  }),
  manifest: {
    name: 'CSM Guide',
    description:
      "Walks Customer Success Managers through their team's SOPs inside Salesforce, Gmail, Outreach and the MedTrainer pre-signup form.",
    // storage: progress and settings; scripting: inject the sidebar app into a recognised tab;
    // alarms: team sync's one-shot replication every minute (a worker cannot keep a live feed),
    // the overdue badge's hourly recount and the optional morning reminder;
    // unlimitedStorage: a team's log (300,000+ events) in IndexedDB and the outbox must never meet
    // a quota below the disk's own (no permission warning is shown for it).
    permissions: ['storage', 'scripting', 'alarms', 'unlimitedStorage'],
    host_permissions: HOSTS,
    // "My day"'s morning reminder: asked for in the popup when the CSM turns it on, never at install.
    optional_permissions: ['notifications'],
    // Team sync: the team's CouchDB origin, asked for at run time from the options page when the
    // CSM signs in (then its requests need no CORS set-up). Nothing is granted at install.
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    // Enterprise policy (chrome.storage.managed): Chrome validates it against this schema (written
    // below from lib/settings/managed-schema.ts); CSM Guide applies it with applyManaged.
    storage: { managed_schema: 'managed-schema.json' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
  },
  hooks: {
    // The policy schema's field labels and site switches come from the code (FIELD_KEYS, SITES).
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: 'managed-schema.json', contents: `${JSON.stringify(managedSchema(), null, 2)}\n` });
    },
  },
});
