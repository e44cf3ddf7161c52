import type { PageMatch } from '../types';
import { GMAIL_HOST } from './hosts';

/**
 * The mail client of one signed-in account: `/mail/u/<n>/`. Routes live in the hash (`#inbox`,
 * `#inbox/<thread>`, `#label/…`, `?compose=…`); the pop-out compose window uses the same path
 * with a query (`?view=cm…`). Delegated mailboxes add `/b/<id>` before `/u/<n>`.
 */
const MAIL_APP_PATH = /^\/mail(?:\/b\/[^/]+)?\/u\/\d+\/?$/;

/**
 * Gmail views served on the same path that are not the mail client: attachment viewer, print
 * view, "show original". No compose can exist there.
 */
const NON_APP_VIEWS = new Set(['att', 'pt', 'om']);

/**
 * `gmail.compose` for the mail client (main window or pop-out), else null. Whether a compose is
 * actually open comes from the DOM (collect returns one PageFacts per open compose).
 */
export function detectGmailPage(url: URL): PageMatch | null {
  if (url.protocol !== 'https:' || url.hostname !== GMAIL_HOST) return null;
  if (!MAIL_APP_PATH.test(url.pathname)) return null;
  const view = url.searchParams.get('view');
  if (view && NON_APP_VIEWS.has(view)) return null;
  return { kind: 'gmail.compose' };
}

/**
 * The part of a Gmail URL that identifies the window and account. Gmail rewrites the hash (route,
 * `?compose=<id>` for open drafts) as the user moves around, and dock windows survive those
 * changes, so a fill planned on `#inbox?compose=new` is still valid on `#inbox/<thread>`.
 */
export function gmailWindowKey(href: string): string | null {
  try {
    const url = new URL(href);
    return `${url.origin}${url.pathname.replace(/\/$/, '')}${url.search}`;
  } catch {
    return null;
  }
}
