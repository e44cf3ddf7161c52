/** The SOPs' closed vocabularies (the account profile the rules read: products, service level, segment, subtypes). */
export const PRODUCTS = [
  'Learning',
  'Compliance',
  'Credentialing Software',
  'Credentialing Service',
  'Exclusions',
] as const;
export type Product = (typeof PRODUCTS)[number];

export const SERVICE_LEVELS = ['Basic', 'Standard', 'Premium'] as const;
export type ServiceLevel = (typeof SERVICE_LEVELS)[number];

export const SEGMENTS = ['Digital', 'Core', 'Strategic'] as const;
export type Segment = (typeof SEGMENTS)[number];

export const SUBTYPES = ['SMB', 'Hybrid', 'Franchise', 'GameDay'] as const;
export type Subtype = (typeof SUBTYPES)[number];

export const SOP_IDS = ['MT-CS-001', 'MT-CS-002', 'MT-CS-003', 'MT-CS-007', 'MT-CS-020'] as const;
export type SopId = (typeof SOP_IDS)[number];

/** Lifecycle stages of MT-CS-003, plus the CS-Operations set-up that precedes them. */
export const STAGES = [
  'account-creation',
  'onboarding',
  'training',
  'adoption',
  'account-tasks',
  'unresponsive',
  'escalation',
] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_NAMES: Record<Stage, string> = {
  'account-creation': 'Account creation',
  onboarding: 'Onboarding',
  training: 'Training',
  adoption: 'Adoption and relationship improvement',
  'account-tasks': 'Account tasks',
  unresponsive: 'Unresponsive',
  escalation: 'Escalation / cancellation',
};

/** Checklist item states (the sidebar's `data-state` test hook). */
export const ITEM_STATES = ['todo', 'done', 'warn', 'error', 'na', 'info'] as const;
export type ItemState = (typeof ITEM_STATES)[number];
