import { z } from '../core/zod';
import type { MessageDefinition } from './define';
import { EVENT_MESSAGES } from './defs/events';
import { ITEM_MESSAGES } from './defs/items';
import { PROFILE_MESSAGES } from './defs/profiles';
import { REMINDER_MESSAGES } from './defs/reminder';
import { SYNC_MESSAGES } from './defs/sync';
import { TAB_MESSAGES } from './defs/tab';

export { MAX_ACCOUNTS_PER_QUERY, MAX_EVENTS_PER_MESSAGE } from './defs/events';
export { hostSchema, MAX_PROFILES_PER_MESSAGE, observationSchema, observedFactsSchema } from './defs/profiles';

/**
 * Every runtime message CSM Guide sends, assembled from one definition per message (defs/<area>.ts:
 * fields, answer, who may send it, how the worker runs it) into ONE zod union. The worker's single
 * listener parses each message with it and ignores (no response) anything that does not parse;
 * nothing else is listened to. Messages carry IDs, facts and settings — never page HTML.
 */
export const MESSAGES = [...EVENT_MESSAGES, ...PROFILE_MESSAGES, ...ITEM_MESSAGES, ...SYNC_MESSAGES, ...TAB_MESSAGES, ...REMINDER_MESSAGES] as const;
type Definition = (typeof MESSAGES)[number];

const schemas = MESSAGES.map((definition) => definition.schema) as unknown as [Definition['schema'], ...Definition['schema'][]];
export const messageSchema = z.discriminatedUnion('type', schemas);
export type Message = z.infer<Definition['schema']>;
export type MessageType = Definition['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** Each message's definition, by type (who may send it, whether it waits in the write queue). */
export const DEFINITIONS: ReadonlyMap<MessageType, MessageDefinition<MessageType, z.core.$ZodShape, unknown>> = new Map(
  MESSAGES.map((definition) => [definition.type, definition as MessageDefinition<MessageType, z.core.$ZodShape, unknown>]),
);

/**
 * Why a request was not carried out, for code to decide on (the text is for people):
 * - `unreachable`: the worker could not be reached or did not answer (stopping, starting, updated);
 * - `refused`: this sender may not send this message (a site tab asking for an extension page's);
 * - `invalid`: the message or its content is not valid (a bad import, an unusable playbook);
 * - `storage-full` / `disk-full`: chrome.storage's quota / the disk under IndexedDB is full;
 * - `busy`: chrome.storage limits writes per minute;
 * - `newer-version`: the item was written by a newer CSM Guide and is read-only here;
 * - `unavailable`: that part of the worker is not running here (no log, no team sync);
 * - `failed`: anything else, with the error's text.
 */
export type FailureReason = 'unreachable' | 'refused' | 'invalid' | 'storage-full' | 'disk-full' | 'busy' | 'newer-version' | 'unavailable' | 'failed';

/** A request the background could not carry out (or could not be reached). */
export interface Failure {
  ok: false;
  reason: FailureReason;
  error: string;
  details?: string[];
}

/** Successful responses, by message type (each definition's answer). */
export type Responses = { [D in Definition as D['type']]: NonNullable<D['response']> };

export const SYNC_MESSAGE_TYPES = SYNC_MESSAGES.map((definition) => definition.type);
export type SyncMessage = MessageOf<(typeof SYNC_MESSAGES)[number]['type']>;
export type ResponseTo<T extends MessageType> = Responses[T] | Failure;

/** The message, or null when it is not one of ours (unknown type, bad field, extra field). */
export const parseMessage = (raw: unknown): Message | null => {
  const parsed = messageSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
};

export const failure = (reason: FailureReason, error: string, details?: string[]): Failure => ({
  ok: false,
  reason,
  error,
  ...(details?.length ? { details } : {}),
});
