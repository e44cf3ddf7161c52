import { siteOfHost } from '../sites/served-hosts';
import type { SenderKind } from './define';
import { DEFINITIONS, type MessageType } from './protocol';

export type { SenderKind } from './define';

/** What the background needs to know about who sent a message (a subset of runtime.MessageSender). */
export interface Sender {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
  documentId?: string;
}

/** True when a URL is an https page on one of the sites CSM Guide serves. */
export const isSiteUrl = (url: string | undefined): boolean => {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && siteOfHost(parsed.hostname) !== null;
};

/**
 * Who sent a message, or null when it is not one of this extension's contexts we serve. Chrome
 * sets `url` to the sending frame's URL: an extension page's is under the extension's origin
 * (even when that page is open in a tab), a content script's is the host page's.
 */
export const senderKind = (sender: Sender | undefined, runtimeId: string): SenderKind | null => {
  if (!sender || sender.id !== runtimeId) return null;
  const url = sender.url ?? sender.origin;
  if (url?.startsWith(`chrome-extension://${runtimeId}/`) || sender.origin === `chrome-extension://${runtimeId}`) return 'extension-page';
  // A content script always has a tab; the frame it runs in must be on a served site.
  if (sender.tab && isSiteUrl(sender.url ?? sender.tab.url)) return 'site-tab';
  return null;
};

/**
 * Whether this kind of sender may send this message (its definition's `from`). A content script
 * runs beside a host page that can reach its open shadow root and the DOM it reads, so it may only
 * do what a CSM does on that page: report facts, read and tick the accounts it shows, choose a
 * thread's account, lay out the sidebar, load the app. Settings, playbook, imports, the whole log
 * and team sync stay with the extension pages.
 */
export const mayHandle = (kind: SenderKind, type: MessageType): boolean => DEFINITIONS.get(type)?.from.includes(kind) ?? false;

/** The messages a content script may send (derived from the definitions; the security tests list them). */
export const TAB_MESSAGE_TYPES: ReadonlySet<MessageType> = new Set([...DEFINITIONS.values()].filter((d) => d.from.includes('site-tab')).map((d) => d.type));
