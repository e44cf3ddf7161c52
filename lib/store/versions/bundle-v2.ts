import { z } from 'zod';
import { bundleSha256V1 } from './bundle-v1';
import { progressEventV1 } from './events-v1';
import { isoInstantV1 } from './primitives-v1';
import { accountProfileV1 } from './profiles-v1';

/**
 * Frozen (see shipped.ts): the export file ("bundle") v2: events and the account profiles they
 * are about, the exporter's name, initials and build, and a checksum object.
 */

const uniqueProfiles = z
  .array(accountProfileV1)
  .max(50_000)
  .superRefine((profiles, ctx) => {
    const seen = new Map<string, number>();
    profiles.forEach((profile, index) => {
      const first = seen.get(profile.accountId);
      if (first !== undefined)
        ctx.addIssue({ code: 'custom', path: [index, 'accountId'], message: `the account is already in entry ${first}` });
      else seen.set(profile.accountId, index);
    });
  });

export const exporterV2 = z
  .object({
    name: z.string().max(120),
    initials: z.string().max(4).optional(),
    app: z.string().max(60).optional(),
  })
  .strict();

export const bundleV2 = z
  .object({
    format: z.literal('csm-guide-bundle'),
    schemaVersion: z.literal(2),
    exporter: exporterV2,
    exportedAt: isoInstantV1,
    content: z
      .object({
        events: z.array(progressEventV1).max(500_000),
        profiles: uniqueProfiles,
      })
      .strict(),
    checksum: z.object({ algorithm: z.literal('SHA-256'), value: bundleSha256V1 }).strict(),
  })
  .strict();
