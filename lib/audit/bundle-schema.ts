import { z } from 'zod';
import { isoInstant } from '../core/dates/schemas';
import { accountProfileSchema } from '../core/profile/schema';
import { progressEventSchema } from '../core/progress/events';
import { bundleV1 } from '../store/versions/bundle-v1';

/**
 * The exchange file a CSM exports and a lead imports ("bundle"). An old file is read with its
 * version's frozen schema (lib/store/versions/bundle-v<N>.ts), then migrated (read-bundle.ts); the
 * current version's live schema is here and must match its frozen copy.
 *
 * - v1, the log-only format: the progress events and the exporter's name.
 * - v2 (current): events and the account profiles they are about (so the lead's dashboard knows
 *   each account's name, CSM, segment…), and the exporter's initials and CSM Guide version.
 *
 * The checksum is SHA-256 over the canonical JSON of the whole file without the checksum field
 * (checksum.ts), so the header is covered too.
 */
export const BUNDLE_FORMAT = 'csm-guide-bundle';
export const BUNDLE_SCHEMA_VERSION = 2;
/** Imports above this are refused before parsing (a whole team's log is a few MB). */
export const MAX_BUNDLE_CHARS = 50_000_000;
export const MAX_BUNDLE_EVENTS = 500_000;
export const MAX_BUNDLE_PROFILES = 50_000;
/** Nesting refused before parsing (read-bundle.ts): an export is under 10 levels deep. */
export const MAX_BUNDLE_DEPTH = 64;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits (SHA-256)');

const uniqueProfiles = z
  .array(accountProfileSchema)
  .max(MAX_BUNDLE_PROFILES)
  .superRefine((profiles, ctx) => {
    const seen = new Map<string, number>();
    profiles.forEach((profile, index) => {
      const first = seen.get(profile.accountId);
      if (first !== undefined)
        ctx.addIssue({ code: 'custom', path: [index, 'accountId'], message: `the account is already in entry ${first}` });
      else seen.set(profile.accountId, index);
    });
  });

export type BundleV1 = z.infer<typeof bundleV1>;

export const exporterSchema = z
  .object({
    /** The exporter's name from their settings ('' if they set none). */
    name: z.string().max(120),
    initials: z.string().max(4).optional(),
    /** "CSM Guide 0.1.0": which build wrote the file. */
    app: z.string().max(60).optional(),
  })
  .strict();
export type Exporter = z.infer<typeof exporterSchema>;

export const bundleSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    schemaVersion: z.literal(2),
    exporter: exporterSchema,
    exportedAt: isoInstant,
    content: z
      .object({
        events: z.array(progressEventSchema).max(MAX_BUNDLE_EVENTS),
        profiles: uniqueProfiles,
      })
      .strict(),
    checksum: z.object({ algorithm: z.literal('SHA-256'), value: sha256 }).strict(),
  })
  .strict();
export type Bundle = z.infer<typeof bundleSchema>;

/** Where each version keeps its checksum (covered: everything else in the file). */
export const CHECKSUM_FIELD = { 1: 'sha256', 2: 'checksum' } as const;

/** The checksum as each version stores it. */
export const storedChecksum = (version: 1 | 2, raw: Record<string, unknown>): string | null => {
  const field = raw[CHECKSUM_FIELD[version]];
  const value = version === 1 ? field : (field as { value?: unknown } | null | undefined)?.value;
  return typeof value === 'string' ? value : null;
};

/** Migrations to the current shape; `n` turns a v(n-1) file into v(n). Pure, never deleted. */
export const migrateV1 = (v1: BundleV1): Omit<Bundle, 'checksum'> => ({
  format: BUNDLE_FORMAT,
  schemaVersion: 2,
  exporter: { name: v1.exporter },
  exportedAt: v1.exportedAt,
  content: { events: v1.events, profiles: [] },
});
