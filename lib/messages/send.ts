import { browser } from 'wxt/browser';
import type { z } from '../core/zod';
import { failure } from './failure';
import type { Message, ResponseTo } from './protocol';

/** How a message reaches the background; tests pass the writer directly. */
export type Transport = (message: Message) => Promise<unknown>;

export const runtimeTransport: Transport = (message) => browser.runtime.sendMessage(message);

/**
 * The union a context checks its messages with before they go: every message in an extension
 * page (protocol.ts), a tab's own in the sidebar (site-tab.ts), so a tab's bundle carries no
 * schema of the extension pages' messages.
 */
export type MessageCheck = z.ZodMiniType;

const isResponse = (value: unknown): value is { ok: boolean } =>
  typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';

/**
 * Sends one message to the background, checked with `check` first, and returns its typed
 * response. Never throws: a message that does not match, an unreachable background (e.g. the
 * extension was updated under an open tab) or a missing response come back as a `Failure`.
 */
export const sendChecked = async <M extends Message>(check: MessageCheck, message: M, transport: Transport = runtimeTransport): Promise<ResponseTo<M['type']>> => {
  const parsed = check.safeParse(message);
  if (!parsed.success) return failure('invalid', `Not a CSM Guide message (${message.type})`, parsed.error.issues.map((i) => i.message));
  let response: unknown;
  try {
    response = await transport(parsed.data as Message);
  } catch (error) {
    return failure('unreachable', `CSM Guide's background could not be reached: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isResponse(response)) return failure('unreachable', 'CSM Guide\'s background did not answer');
  return response as ResponseTo<M['type']>;
};
