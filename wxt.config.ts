import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'CSM Guide',
    description: "Walks Customer Success Managers through their team's SOPs inside Salesforce, Gmail, Outreach and the MedTrainer pre-signup form.",
    permissions: ['storage'],
  },
});
