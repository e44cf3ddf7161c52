import { z } from 'zod/mini';
import { isoDayV1, isoInstantV1 } from './primitives-v1';

/**
 * Frozen (see shipped.ts): `local:events` v1, the append-only progress log, and the event shape
 * it holds — also the events of both bundle versions and of the outbox and the event store.
 */

const base = {
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  accountId: z.string().check(z.regex(/^[a-zA-Z0-9]{18}$/)),
  by: z.string().check(z.maxLength(120)),
  at: isoInstantV1,
};

export const progressEventV1 = z.discriminatedUnion('type', [
  z.strictObject({ ...base, type: z.literal('item'), ruleId: z.string().check(z.minLength(1), z.maxLength(60)), done: z.boolean() }),
  z.strictObject({
    ...base,
    type: z.literal('contact'),
    day: isoDayV1,
    channel: z.enum(['email', 'call']),
    done: z.boolean(),
  }),
  z.strictObject({
    ...base,
    type: z.literal('branch'),
    branch: z.nullable(z.enum(['unresponsive', 'escalation'])),
    since: z.optional(isoDayV1),
  }),
]);

export const eventsV1 = z.array(progressEventV1);
