import { siteOfHost } from '../sites/served-hosts';
import type { MessageType } from './protocol';

/** What the background needs to know about who sent a message (a subset of runtime.MessageSender). */
export interface Sender {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
}

/**
 * An extension page (options, dashboard) may ask for anything; a content script runs beside a
 * host page that can reach its open shadow root and the DOM it reads, so it may only do what a
 * CSM does on that page: report facts, read and tick the accounts it shows, choose a thread's
 * account, lay out the sidebar. Settings, playbook, imports, the whole log and team sync stay
 * with the extension pages (issue 14, item 4).
 */
export const TAB_MESSAGE_TYPES: ReadonlySet<MessageType> = new Set<MessageType>([
  'events/flush',
  'events/query',
  'profile/observe',
  'threads/set',
  'setup/set',
  'ui/set',
  'quarantine/dismiss',
  'storage/check',
]);

export type SenderKind = 'extension-page' | 'site-tab';

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

/** Whether this kind of sender may send this message. */
export const mayHandle = (kind: SenderKind, type: MessageType): boolean => kind === 'extension-page' || TAB_MESSAGE_TYPES.has(type);
