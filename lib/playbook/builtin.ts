import { rules as accountCreation } from './sops/account-creation';
import { rules as classification } from './sops/classification';
import { rules as digital } from './sops/digital';
import { rules as escalation } from './sops/escalation';
import { rules as onboarding } from './sops/onboarding';
import { rules as smb } from './sops/smb';
import { rules as training } from './sops/training';
import { rules as unresponsive } from './sops/unresponsive';
import type { PlaybookInput } from './schema';

/**
 * The playbook shipped with the extension, in SOP order (the sidebar keeps this order).
 * CS Operations can import a replacement on the options page; this one stays as the fallback.
 */
export const BUILTIN_PLAYBOOK: PlaybookInput = {
  schemaVersion: 1,
  name: 'MedTrainer Customer Success SOPs',
  version: '2026.11.1',
  sops: {
    'MT-CS-001': { title: 'Account Creation and CSM Assignment', version: '26' },
    'MT-CS-002': { title: 'Onboarding for Learning, Compliance and Credentialing Software Accounts', version: 'seed 000' },
    'MT-CS-003': { title: 'CSM Master SOP (lifecycle index)', version: 'seed 004' },
    'MT-CS-007': { title: 'SMB (Small Medical Business) Accounts', version: '7' },
    'MT-CS-020': { title: 'Digital CSM Master SOP', version: 'seed 001' },
  },
  rules: [
    ...classification,
    ...accountCreation,
    ...onboarding,
    ...digital,
    ...training,
    ...unresponsive,
    ...escalation,
    ...smb,
  ],
};
