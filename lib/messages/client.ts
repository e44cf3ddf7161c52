import { browser } from 'wxt/browser';
import { failure, messageSchema, type Message, type ResponseTo } from './protocol';

/** How a message reaches the background; tests pass the writer directly. */
export type Transport = (message: Message) => Promise<unknown>;

export const runtimeTransport: Transport = (message) => browser.runtime.sendMessage(message);

const isResponse = (value: unknown): value is { ok: boolean } =>
  typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';

/**
 * Sends one message to the background and returns its typed response. Never throws: a message
 * that does not match the protocol, an unreachable background (e.g. the extension was updated
 * under an open tab) or a missing response come back as a `Failure`.
 */
export const sendMessage = async <M extends Message>(
  message: M,
  transport: Transport = runtimeTransport,
): Promise<ResponseTo<M['type']>> => {
  const parsed = messageSchema.safeParse(message);
  if (!parsed.success) return failure('invalid', `Not a CSM Guide message (${message.type})`, parsed.error.issues.map((i) => i.message));
  let response: unknown;
  try {
    response = await transport(parsed.data);
  } catch (error) {
    return failure('unreachable', `CSM Guide's background could not be reached: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isResponse(response)) return failure('unreachable', 'CSM Guide\'s background did not answer');
  return response as ResponseTo<M['type']>;
};

/** A client bound to a transport. */
export const createClient = (transport: Transport = runtimeTransport) => ({
  send: <M extends Message>(message: M) => sendMessage(message, transport),
});
export type Client = ReturnType<typeof createClient>;
