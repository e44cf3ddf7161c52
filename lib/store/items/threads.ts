import { z } from '../../core/zod';
import { isoInstant } from '../../core/dates/schemas';
import { EMAIL_KINDS } from '../../core/facts/page-facts';
import { accountIdSchema, recipientsDigestSchema, threadKeySchema } from '../schemas';
import { isRecord, type ItemSpec } from './define';

/**
 * The CSM's choice of account and email kind per Gmail thread or compose (local:threads). Since v2
 * keyed only by ids that outlive a page load (ComposeFacts.choiceKey), and each choice holds the
 * SHA-256 of the recipients it was made for (recipientsDigest): it never applies to others.
 */
export const threadChoiceSchema = z.strictObject({
  accountId: z.optional(accountIdSchema),
  kind: z.optional(z.enum(EMAIL_KINDS)),
  at: isoInstant,
  recipients: recipientsDigestSchema,
});
export type ThreadChoice = z.infer<typeof threadChoiceSchema>;
export const threadsSchema = z.record(threadKeySchema, threadChoiceSchema);

export const threadsItem: ItemSpec<Record<string, ThreadChoice>> = {
  key: 'local:threads',
  label: 'email thread choices',
  // v2 stores the recipients each choice was made for. v1 choices are dropped, not carried
  // over: they do not say whom they were for, and Outreach's (and some Gmail) keys restarted on
  // every load, so any of them may belong to another customer's email (issue 14). The CSM
  // picks again once. Only entries without `recipients` go (no v1 entry has one), so a v2 value
  // read before its version mark landed (WXT writes value and mark separately) loses nothing.
  version: 2,
  migrations: {
    2: (v1) => (isRecord(v1) ? Object.fromEntries(Object.entries(v1).filter(([, c]) => isRecord(c) && typeof c.recipients === 'string')) : v1),
  },
  schema: threadsSchema,
  fallback: () => ({}),
  collection: { kind: 'record', key: threadKeySchema, entry: threadChoiceSchema },
};
