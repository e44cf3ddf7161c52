import type { Product, ServiceLevel, Segment, Subtype } from '../../lib/core/model/vocab';

/**
 * The account types a CSM meets (issue 22's list), each as its Salesforce records would show it
 * once CS Operations has set it up (MT-CS-001), and how its admin behaves.
 */
export type Path =
  /** MT-CS-002's call process: Core, Strategic and SMB accounts. */
  | 'calls'
  /** MT-CS-020's Outreach sequence: plain Digital accounts. */
  | 'digital'
  /** MT-CS-020's GameDay accounts: a same-day call and the Day-30 check-in sequence. */
  | 'gameday'
  /** Credentialing Service only: CS does not onboard it (MT-CS-001). */
  | 'none';

/**
 * How the customer answers. `answers`: the admin books the call on the first phone call.
 * `after-reminder`: misses the first call and books the next business day, after the reminder.
 * `never`: never answers (the Unresponsive branch, then Failed to OB).
 */
export type Admin = 'answers' | 'after-reminder' | 'never';

export interface AccountType {
  key: string;
  label: string;
  path: Path;
  admin: Admin;
  name: string;
  segmentation: Segment;
  subtypes: readonly Subtype[];
  products: readonly Product[];
  serviceLevel: ServiceLevel;
  userCount: number;
  mrr: number;
  /** A demo or trial user holds the admin's address: the pre-signup form uses `name+1@domain` (MT-CS-001). */
  adminEmailTaken?: boolean;
  /** A cancellation request this many business days after the assignment date. */
  cancellationAfter?: number;
}

const core = { path: 'calls', admin: 'answers', segmentation: 'Core', subtypes: [], serviceLevel: 'Standard' } as const;

export const ACCOUNT_TYPES: AccountType[] = [
  { ...core, key: 'core-standard-credsoft', label: 'Core Standard with Credentialing Software', name: 'Bayview Family Dental', products: ['Learning', 'Compliance', 'Credentialing Software'], userCount: 80, mrr: 1200 },
  { ...core, key: 'core-premium', label: 'Core Premium without Credentialing Software (admin books after the reminder)', admin: 'after-reminder', adminEmailTaken: true, name: 'Lakeside Orthopedics', products: ['Learning', 'Compliance', 'Exclusions'], serviceLevel: 'Premium', userCount: 140, mrr: 2600 },
  { ...core, key: 'strategic-small', label: 'Small Strategic', segmentation: 'Strategic', name: 'Summit Cardiology', products: ['Learning', 'Compliance'], serviceLevel: 'Basic', userCount: 30, mrr: 420 },
  { ...core, key: 'digital', label: 'Plain Digital', path: 'digital', segmentation: 'Digital', name: 'Maple Street Pediatrics', products: ['Learning', 'Compliance'], serviceLevel: 'Basic', userCount: 20, mrr: 300 },
  { ...core, key: 'gameday', label: 'GameDay', path: 'gameday', segmentation: 'Digital', subtypes: ['GameDay'], name: "GameDay Men's Health Austin", products: ['Learning', 'Compliance'], serviceLevel: 'Basic', userCount: 12, mrr: 280 },
  { ...core, key: 'smb-starter', label: 'SMB starter (≤ 10 users, $250)', segmentation: 'Digital', subtypes: ['SMB'], name: 'Oak Hill Chiropractic', products: ['Learning', 'Compliance'], serviceLevel: 'Basic', userCount: 8, mrr: 250 },
  { ...core, key: 'smb-over-50', label: 'SMB over 50 users (routed to Core)', subtypes: ['SMB'], name: 'Riverbend Urgent Care', products: ['Learning', 'Compliance'], serviceLevel: 'Basic', userCount: 60, mrr: 900 },
  { ...core, key: 'hybrid', label: 'Hybrid (Learning/Compliance + FMC)', subtypes: ['Hybrid'], name: 'Cedar Valley Clinic', products: ['Learning', 'Compliance', 'Credentialing Service'], serviceLevel: 'Basic', userCount: 70, mrr: 1500 },
  { ...core, key: 'fmc-only', label: 'FMC only', path: 'none', name: 'Northgate Medical Group', products: ['Credentialing Service'], serviceLevel: 'Basic', userCount: 40, mrr: 800 },
  { ...core, key: 'unresponsive', label: 'Unresponsive (the admin never answers), then Failed to OB', admin: 'never', name: 'Pinecrest Dermatology', products: ['Learning', 'Compliance'], userCount: 75, mrr: 1100 },
  { ...core, key: 'digital-failed-ob', label: 'Digital, unresponsive: Failed to OB', path: 'digital', admin: 'never', segmentation: 'Digital', name: 'Harbor Vision Center', products: ['Learning'], serviceLevel: 'Basic', userCount: 15, mrr: 200 },
  { ...core, key: 'cancellation', label: 'Escalation and cancellation request', name: 'Willow Creek Dental', products: ['Learning', 'Compliance'], userCount: 90, mrr: 1300, cancellationAfter: 15 },
];
