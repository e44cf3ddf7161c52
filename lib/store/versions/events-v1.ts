import { z } from 'zod';
import { isoDayV1, isoInstantV1 } from './primitives-v1';

/**
 * Frozen (see shipped.ts): `local:events` v1, the append-only progress log, and the event shape
 * it holds — also the events of both bundle versions and of the outbox and the event store.
 */

const base = {
  id: z.string().min(1).max(80),
  accountId: z.string().regex(/^[a-zA-Z0-9]{18}$/),
  by: z.string().max(120),
  at: isoInstantV1,
};

export const progressEventV1 = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('item'), ruleId: z.string().min(1).max(60), done: z.boolean() }).strict(),
  z
    .object({
      ...base,
      type: z.literal('contact'),
      day: isoDayV1,
      channel: z.enum(['email', 'call']),
      done: z.boolean(),
    })
    .strict(),
  z
    .object({
      ...base,
      type: z.literal('branch'),
      branch: z.enum(['unresponsive', 'escalation']).nullable(),
      since: isoDayV1.optional(),
    })
    .strict(),
]);

export const eventsV1 = z.array(progressEventV1);
