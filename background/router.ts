import { mayHandle, senderKind, type Sender, type SenderKind } from '../lib/messages/senders';
import { DEFINITIONS, failure, parseMessage, type Failure, type Message, type MessageOf, type MessageType, type ResponseTo } from '../lib/messages/protocol';
import { DISK_FULL, quotaFailure } from '../lib/store/quota';
import { StoreFullError } from './events/event-store';
import { NewerVersionError } from './newer-version';

/** Who sent a message, as the router proved it. */
export interface RouteContext {
  sender: Sender;
  kind: SenderKind;
}
export type Handler<T extends MessageType> = (message: MessageOf<T>, context: RouteContext) => Promise<ResponseTo<T>>;
/** One handler per message type: a type without one does not compile. */
export type Handlers = { [T in MessageType]: Handler<T> };

export interface Router {
  /**
   * Handles one runtime message: the response, or `undefined` (no response at all) when the
   * sender is not this extension or the message is not in the protocol.
   */
  handle(message: unknown, sender: Sender | undefined): Promise<ResponseTo<MessageType>> | undefined;
  /** `runtime.onMessage` listener (sendResponse style, which Chrome, the polyfill and fakeBrowser all accept). */
  listener(message: unknown, sender: Sender, sendResponse: (response: unknown) => void): true | undefined;
}

const NOT_FROM_A_PAGE = 'Only CSM Guide’s own pages (options, dashboard) may do this; a page on a site may not.';
const NOT_FROM_A_TAB = 'Only CSM Guide’s loader in a page on a site may ask this.';

/** Whatever a handler threw, as a failure with its reason, in the user's words where there are some. */
export const failureOf = (error: unknown): Failure => {
  if (error instanceof NewerVersionError) return failure('newer-version', error.message);
  if (error instanceof StoreFullError) return failure('disk-full', DISK_FULL, [error.message]);
  const raw = error instanceof Error ? error.message : String(error);
  // A full storage is the user's problem to solve, not a bug: say so in their words.
  const quota = quotaFailure(error);
  return quota ? failure(quota.reason, quota.text, [raw]) : failure('failed', `CSM Guide could not save this: ${raw}`);
};

/**
 * The worker's one `runtime.onMessage` listener: checks who sent it (lib/messages/senders.ts),
 * parses it with the protocol, checks that this sender may send it (its definition's `from`), then
 * runs its handler — in the storage write queue when its definition says `queued`.
 */
export const createRouter = (options: {
  runtimeId: string;
  handlers: Handlers;
  /** The storage writer's queue (background/writer.ts). */
  enqueue: <T>(task: () => Promise<T>) => Promise<T>;
}): Router => {
  const dispatch = <T extends MessageType>(message: MessageOf<T>, context: RouteContext): Promise<ResponseTo<T>> =>
    (options.handlers[message.type] as Handler<T>)(message, context);

  const handle: Router['handle'] = (raw, sender) => {
    // Another extension, a page, or a content script on a host we do not serve: no answer at all.
    const kind = senderKind(sender, options.runtimeId);
    if (!kind || !sender) return undefined;
    const message: Message | null = parseMessage(raw);
    if (!message) return undefined;
    if (!mayHandle(kind, message.type)) return Promise.resolve(failure('refused', kind === 'site-tab' ? NOT_FROM_A_PAGE : NOT_FROM_A_TAB));
    const context = { sender, kind };
    const run = DEFINITIONS.get(message.type)?.queued ? options.enqueue(() => dispatch(message, context)) : dispatch(message, context);
    return run.catch(failureOf);
  };

  return {
    handle,
    listener(message, sender, sendResponse) {
      const pending = handle(message, sender);
      if (!pending) return undefined;
      void pending.then(sendResponse);
      return true;
    },
  };
};
