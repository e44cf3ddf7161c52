import type { AccountProfile } from '../core/profile/schema';
import { toStoredProfile } from '../core/profile/stored-facts';
import type { ProgressEvent } from '../core/progress/events';
import type { z } from 'zod';
import {
  BUNDLE_FORMAT,
  BUNDLE_SCHEMA_VERSION,
  bundleSchema,
  CHECKSUM_FIELD,
  MAX_BUNDLE_CHARS,
  MAX_BUNDLE_DEPTH,
  migrateV1,
  storedChecksum,
  type Exporter,
} from './bundle-schema';
import { bundleV1 } from '../store/versions/bundle-v1';
import { checksumOf } from './checksum';
import { nestsDeeperThan } from './json-depth';

/** A bundle that passed every check, in the current shape whatever version the file was. */
export interface ImportedBundle {
  exporter: Exporter;
  exportedAt: string;
  events: ProgressEvent[];
  profiles: AccountProfile[];
  /** The version the file was written in (older ones are migrated). */
  fileVersion: number;
  checksum: string;
}

export type BundleProblem = 'too-large' | 'too-deep' | 'not-json' | 'not-bundle' | 'playbook' | 'newer' | 'unknown-version' | 'checksum' | 'invalid';

export type BundleRead =
  | { ok: true; bundle: ImportedBundle }
  | { ok: false; problem: BundleProblem; message: string; details: string[] };

const MAX_DETAILS = 10;

const fail = (problem: BundleProblem, message: string, details: string[] = []): BundleRead => ({
  ok: false,
  problem,
  message,
  details:
    details.length > MAX_DETAILS ? [...details.slice(0, MAX_DETAILS), `…and ${details.length - MAX_DETAILS} more`] : details,
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const pathText = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), '');

const ENTRY_NAMES: Record<string, string> = { events: 'Event', profiles: 'Profile' };

/** "Event 2 › accountId: …" — how a person finds the entry in the file (v1 keeps events at the top level). */
const issueLines = (error: z.ZodError): string[] =>
  error.issues.map((issue) => {
    const path = issue.path[0] === 'content' ? issue.path.slice(1) : issue.path;
    const [list, index, ...rest] = path;
    const entry = typeof list === 'string' ? ENTRY_NAMES[list] : undefined;
    if (entry && typeof index === 'number') return `${entry} ${index + 1}${rest.length ? ` › ${pathText(rest)}` : ''}: ${issue.message}`;
    const where = pathText(issue.path);
    return where ? `${where}: ${issue.message}` : issue.message;
  });

const without = (raw: Record<string, unknown>, field: string): Record<string, unknown> =>
  Object.fromEntries(Object.entries(raw).filter(([key]) => key !== field));

/**
 * Checks an imported file, in the order that gives the most useful message: is it JSON (a cut-off
 * file is not), is it a CSM Guide bundle, can this build read its version, does its checksum
 * match (changed or truncated after export), does its content validate. Never throws.
 */
export const readBundle = async (text: string): Promise<BundleRead> => {
  if (text.length > MAX_BUNDLE_CHARS)
    return fail('too-large', `This file is too large to be a CSM Guide export (over ${MAX_BUNDLE_CHARS / 1_000_000} MB).`);
  if (nestsDeeperThan(text, MAX_BUNDLE_DEPTH))
    return fail(
      'too-deep',
      `This is not a CSM Guide export: its data is nested more than ${MAX_BUNDLE_DEPTH} levels deep (an export needs fewer than 10).`,
    );
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail(
      'not-json',
      'This file is not complete JSON, so it cannot be a whole CSM Guide export: it may have been cut short or is another kind of file.',
      [error instanceof Error ? error.message : String(error)],
    );
  }
  if (!isRecord(raw) || raw.format !== BUNDLE_FORMAT) {
    if (isRecord(raw) && Array.isArray(raw.rules))
      return fail('playbook', 'This is a playbook, not a progress export: import it on the Settings page (Playbook).');
    return fail('not-bundle', `This is not a CSM Guide export (wrong schema: it has no "format": "${BUNDLE_FORMAT}").`);
  }
  const version = raw.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > BUNDLE_SCHEMA_VERSION)
    return fail(
      'newer',
      `This file was exported by a newer CSM Guide (export format version ${version}; this one reads up to version ${BUNDLE_SCHEMA_VERSION}). Update CSM Guide, then import it again.`,
    );
  if (version !== 1 && version !== 2)
    return fail('unknown-version', `Wrong schema: export format version ${JSON.stringify(version)} is not one CSM Guide writes.`);

  const field = CHECKSUM_FIELD[version];
  const expected = storedChecksum(version, raw);
  if (!expected) return fail('checksum', `The file has no checksum ("${field}"), so it cannot be checked: ask for a fresh export.`);
  const actual = await checksumOf(without(raw, field));
  if (actual !== expected)
    return fail(
      'checksum',
      'The checksum does not match: the file was changed or cut short after it was exported. Ask for a fresh export.',
    );

  if (version === 1) {
    const parsed = bundleV1.safeParse(raw);
    if (!parsed.success) return fail('invalid', 'The file matches its checksum, but its content is not valid:', issueLines(parsed.error));
    const migrated = migrateV1(parsed.data);
    return {
      ok: true,
      bundle: {
        exporter: migrated.exporter,
        exportedAt: migrated.exportedAt,
        events: migrated.content.events,
        profiles: migrated.content.profiles,
        fileVersion: 1,
        checksum: expected,
      },
    };
  }
  const parsed = bundleSchema.safeParse(raw);
  if (!parsed.success) return fail('invalid', 'The file matches its checksum, but its content is not valid:', issueLines(parsed.error));
  const { exporter, exportedAt, content } = parsed.data;
  // Bundles from before issue 14 carry contact names and addresses: read them as the store keeps
  // profiles now (address hashed, name dropped), so the preview shows only what an import stores.
  const profiles = content.profiles.map(toStoredProfile);
  return {
    ok: true,
    bundle: { exporter, exportedAt, events: content.events, profiles, fileVersion: 2, checksum: expected },
  };
};
