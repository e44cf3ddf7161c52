import type { AccountProfile } from '../core/profile/schema';
import type { ProgressEvent } from '../core/progress/events';
import { BUNDLE_FORMAT, BUNDLE_SCHEMA_VERSION, type Bundle, type Exporter } from './bundle-schema';
import { checksumOf } from './checksum';

export interface BundleInput {
  events: readonly ProgressEvent[];
  profiles: Record<string, AccountProfile> | readonly AccountProfile[];
  exporter: Exporter;
  /** ISO instant of the export. */
  now: string;
}

/**
 * The current-version bundle of this browser's data. Profiles are sorted by ID and events kept
 * in log order, so exporting the same data twice gives the same content (and checksum).
 */
export const createBundle = async ({ events, profiles, exporter, now }: BundleInput): Promise<Bundle> => {
  const list = (Array.isArray(profiles) ? [...profiles] : Object.values(profiles)) as AccountProfile[];
  list.sort((a, b) => (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0));
  const unsigned: Omit<Bundle, 'checksum'> = {
    format: BUNDLE_FORMAT,
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    exporter,
    exportedAt: now,
    content: { events: [...events], profiles: list },
  };
  return { ...unsigned, checksum: { algorithm: 'SHA-256', value: await checksumOf(unsigned) } };
};

/** The file's text: indented, so a person can read it (the checksum ignores layout). */
export const serializeBundle = (bundle: Bundle): string => `${JSON.stringify(bundle, null, 2)}\n`;

const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);

/** `csm-guide-export-ml-2026-11-27.json`: who and which day, so a lead's downloads sort and tell apart. */
export const bundleFileName = (exporter: Exporter, exportedAt: string): string => {
  const who = slug(exporter.initials || exporter.name);
  return `csm-guide-export-${who ? `${who}-` : ''}${exportedAt.slice(0, 10)}.json`;
};

/** `csm-guide-audit-2026-11-27.csv`. */
export const csvFileName = (today: string): string => `csm-guide-audit-${today}.csv`;
