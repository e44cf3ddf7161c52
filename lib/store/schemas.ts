import { z } from 'zod';
import { EMAIL_KINDS } from '../core/facts/page-facts';
import { isoInstant } from '../core/dates/schemas';
import { SHA256_HEX } from '../core/formats/sha256';
import { storedProfileSchema } from '../core/profile/schema';
import { progressEventSchema } from '../core/progress/events';
import { settingsSchema, siteKeySchema } from '../settings/schema';

/**
 * The live shape of every stored item at its current version, built from the live schemas the
 * code uses (settings, profiles, events). Every shipped version, this one included, is also
 * frozen in lib/store/versions/, which these must match (tests/unit/store/versions.test.ts): a new
 * shape is a new version there, a change here and a migration in items.ts.
 */

/** The stored items by name (keys and versions: items.ts). */
export const ITEM_NAMES = ['events', 'profiles', 'threads', 'settings', 'playbook', 'ui', 'quarantine', 'setup'] as const;
export type ItemName = (typeof ITEM_NAMES)[number];

export const accountIdSchema = z.string().regex(/^[a-zA-Z0-9]{18}$/, 'expected an 18-character Salesforce ID');

// local:events — the append-only progress log.
export const eventsV1 = z.array(progressEventSchema);

// local:profiles — learned account profiles by Account ID.
// v2: the primary contact's name and address are not stored, only the address's SHA-256 and
// domain (what matching recipients needs; lib/core/profile/stored-facts.ts).
export const profilesV2 = z.record(accountIdSchema, storedProfileSchema).superRefine((profiles, ctx) => {
  for (const [key, profile] of Object.entries(profiles))
    if (profile.accountId !== key)
      ctx.addIssue({ code: 'custom', path: [key], message: `stored under ${key} but belongs to ${profile.accountId}` });
});

// local:threads — the CSM's choice of account and email kind per Gmail thread or compose.
export const threadKeySchema = z.string().min(1).max(200);
// v2: keyed only by ids that outlive a page load (ComposeFacts.choiceKey), and each choice holds
// the SHA-256 of the recipients it was made for (recipientsDigest): it never applies to others.
export const recipientsDigestSchema = z.string().regex(SHA256_HEX, 'expected a SHA-256 of the recipients');
export const threadChoiceV2 = z
  .object({
    accountId: accountIdSchema.optional(),
    kind: z.enum(EMAIL_KINDS).optional(),
    at: isoInstant,
    recipients: recipientsDigestSchema,
  })
  .strict();
export type ThreadChoice = z.infer<typeof threadChoiceV2>;
export const threadsV2 = z.record(threadKeySchema, threadChoiceV2);

// sync:settings — v2 added the per-site switches `sites` (v1 had none); v4 opened the label map.
export const settingsV4 = settingsSchema;

// local:playbook — an imported playbook (checked again with parsePlaybook on every read,
// since an update can retire an evaluator it uses); absent = the built-in playbook.
export const storedPlaybookV1 = z
  .object({
    playbook: z.record(z.string(), z.unknown()),
    importedAt: isoInstant,
    /** The file name it was imported from, shown on the options page. */
    source: z.string().max(200).optional(),
  })
  .strict();
export type StoredPlaybook = z.infer<typeof storedPlaybookV1>;

// local:ui — sidebar state shared by every tab.
export const SIDEBAR_SIDES = ['left', 'right'] as const;
/** v2: the side is remembered per site (Gmail's composes dock right, so a CSM may want the panel left there) and the width is the CSM's. */
export const SIDEBAR_WIDTH = { min: 280, max: 560, default: 340 } as const;
/** v3: the sides are an open map by site id, so a new site needs no new version. */
export const uiV3 = z
  .object({
    sidebarCollapsed: z.boolean(),
    sidebarSides: z.record(siteKeySchema, z.enum(SIDEBAR_SIDES)).optional(),
    sidebarWidth: z.number().int().min(SIDEBAR_WIDTH.min).max(SIDEBAR_WIDTH.max).optional(),
  })
  .strict();
export type UiState = z.infer<typeof uiV3>;

// local:setup — the CSM's one-time setup steps (playbook rules with scope 'csm'), by rule ID:
// done once, done on every account.
export const setupStepV1 = z.object({ done: z.boolean(), by: z.string().max(120), at: isoInstant }).strict();
export type SetupStep = z.infer<typeof setupStepV1>;
export const setupRuleIdSchema = z.string().regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/, 'not a rule ID');
export const setupV1 = z.record(setupRuleIdSchema, setupStepV1);

// local:quarantine — values that could not be read, kept with where, when and why.
export const QUARANTINE_REASONS = ['unreadable', 'migration-failed'] as const;
export const quarantineEntryV1 = z
  .object({
    id: z.string().min(1).max(80),
    /** The storage key the value came from (`local:events`). */
    key: z.string().min(1),
    /** For a collection, the entry that was set aside (`[12]`, `001…AAA`); absent = the whole value. */
    path: z.string().optional(),
    at: isoInstant,
    reason: z.enum(QUARANTINE_REASONS),
    /** The version the value was stored as. */
    version: z.number().int().positive(),
    /** Why it could not be read (zod issues, at most 20). */
    issues: z.array(z.string()).max(20),
    value: z.unknown(),
    /** The user saw the notice; the value is still kept. */
    dismissed: z.boolean().optional(),
  })
  .strict();
export type QuarantineEntry = z.infer<typeof quarantineEntryV1>;
export const quarantineV1 = z.array(quarantineEntryV1);
