import { z } from '../core/zod';
import { messageUnion, type MessageDefinition } from './define';
import type { Failure } from './failure';
import { EVENT_PAGE_MESSAGES } from './defs/events-pages';
import { ITEM_PAGE_MESSAGES } from './defs/items-pages';
import { PROFILE_PAGE_MESSAGES } from './defs/profiles-pages';
import { REMINDER_MESSAGES } from './defs/reminder';
import { SYNC_MESSAGES } from './defs/sync';
import { SITE_TAB_MESSAGES } from './site-tab';

export { MAX_ACCOUNTS_PER_QUERY, MAX_EVENTS_PER_MESSAGE } from './defs/events';
export { hostSchema, MAX_PROFILES_PER_MESSAGE, observationSchema, observedFactsSchema } from './defs/profiles';
export { failure, type Failure, type FailureReason } from './failure';

/**
 * Every runtime message CSM Guide sends, assembled from one definition per message (defs/<area>.ts:
 * fields, answer, who may send it, how the worker runs it; what a tab may send is gathered in
 * site-tab.ts, what only the extension pages send is in defs/<area>-pages.ts) into ONE zod union. The worker's single
 * listener parses each message with it and ignores (no response) anything that does not parse;
 * nothing else is listened to. Messages carry IDs, facts and settings — never page HTML.
 */
export const MESSAGES = [
  ...SITE_TAB_MESSAGES,
  ...EVENT_PAGE_MESSAGES,
  ...PROFILE_PAGE_MESSAGES,
  ...ITEM_PAGE_MESSAGES,
  ...SYNC_MESSAGES,
  ...REMINDER_MESSAGES,
] as const;
type Definition = (typeof MESSAGES)[number];

export const messageSchema = messageUnion(MESSAGES);
export type Message = z.infer<Definition['schema']>;
export type MessageType = Definition['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** Each message's definition, by type (who may send it, whether it waits in the write queue). */
export const DEFINITIONS: ReadonlyMap<MessageType, MessageDefinition<MessageType, z.core.$ZodShape, unknown>> = new Map(
  MESSAGES.map((definition) => [definition.type, definition as MessageDefinition<MessageType, z.core.$ZodShape, unknown>]),
);

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
