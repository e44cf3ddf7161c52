import { RULE_SET } from '../rules';
import type { Playbook } from './schema';

/**
 * The playbook shipped with the extension: one entry per rule file (lib/core/rules), in SOP order
 * (the sidebar keeps this order). An imported playbook overlays it by rule ID (overlay.ts).
 * Written complete, as parsing it yields it (every default spelled out): a page uses it as it is
 * instead of validating it again in every tab (issue 25: ~13 ms of a new tab's wait on the test
 * machine). tests/unit/rules/playbook.test.ts proves it parses and that parsing changes nothing.
 */
export const BUILTIN_PLAYBOOK: Playbook = {
  schemaVersion: 1,
  name: 'MedTrainer Customer Success SOPs',
  version: '2026.11.1',
  sops: {
    'MT-CS-001': { title: 'Account Creation and CSM Assignment', version: '26' },
    'MT-CS-002': { title: 'Onboarding for Learning, Compliance and Credentialing Software Accounts', version: 'not shown on the page' },
    'MT-CS-003': { title: 'CSM Master SOP (lifecycle index)', version: 'not shown on the page' },
    'MT-CS-007': { title: 'SMB (Small Medical Business) Accounts', version: '7' },
    'MT-CS-020': { title: 'Digital CSM Master SOP', version: 'not shown on the page' },
  },
  // Spelled out (it is also what an absent section means) so an exported playbook shows CS Ops
  // where to add company holidays or remove federal ones.
  calendar: { federalHolidays: true, extraHolidays: [], removedHolidays: [] },
  rules: RULE_SET.entries,
};
