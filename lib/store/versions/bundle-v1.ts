import { z } from 'zod';
import { progressEventV1 } from './events-v1';
import { isoInstantV1 } from './primitives-v1';

/**
 * Frozen (see shipped.ts): the export file ("bundle") v1, the log-only format: the progress
 * events and the exporter's name, with the SHA-256 of the rest of the file.
 */

export const bundleSha256V1 = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits (SHA-256)');

export const bundleV1 = z
  .object({
    format: z.literal('csm-guide-bundle'),
    schemaVersion: z.literal(1),
    exporter: z.string().max(120),
    exportedAt: isoInstantV1,
    events: z.array(progressEventV1).max(500_000),
    sha256: bundleSha256V1,
  })
  .strict();
