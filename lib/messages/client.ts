import { messageSchema, type Message, type ResponseTo } from './protocol';
import { runtimeTransport, sendChecked, type Transport } from './send';

export { runtimeTransport, type Transport } from './send';

/**
 * Sends one message to the background (any of them: this is the extension pages' client) and
 * returns its typed response. Never throws: a message that does not match the protocol, an
 * unreachable background or a missing response come back as a `Failure` (send.ts).
 */
export const sendMessage = <M extends Message>(message: M, transport: Transport = runtimeTransport): Promise<ResponseTo<M['type']>> =>
  sendChecked(messageSchema, message, transport);

/** A client bound to a transport. */
export const createClient = (transport: Transport = runtimeTransport) => ({
  send: <M extends Message>(message: M) => sendMessage(message, transport),
});
export type Client = ReturnType<typeof createClient>;
