import type { PageFacts } from '../../core/facts/page-facts';
import type { SiteAdapter } from '../types';
import { collectCompose } from './collect';
import { composeIdAt, findComposes, isStandaloneComposeWindow } from './composes';
import { insertIntoCompose } from './insert';
import { GMAIL_SEL } from './selectors';
import { detectGmailPage } from './urls';

/**
 * Gmail: every open compose (dock, full screen, pop-out, inline reply) is its own
 * `gmail.compose` page, keyed by its draft. Composes come and go without navigation, so the
 * URL only says "this is the mail client"; the DOM says which composes exist.
 */
export const gmailAdapter: SiteAdapter = {
  id: 'gmail',

  detect: (url) => detectGmailPage(url),

  observeRoots(doc) {
    const body = doc.body;
    if (!body) return [];
    const main = doc.querySelector(GMAIL_SEL.main);
    if (isStandaloneComposeWindow(doc)) return main ? [main] : [body];
    // Gmail creates the dock (`.dw`) and the full-screen layer (`.aSs`) lazily as children of
    // body. Until both exist, body is the narrowest node whose changes include their arrival.
    const dock = doc.querySelector(GMAIL_SEL.dock);
    const fullscreen = doc.querySelector(GMAIL_SEL.fullscreenLayer);
    if (!dock || !fullscreen) return [body];
    // The thread view (inline replies) is inside main; it is replaced on navigation.
    return main ? [dock, fullscreen, main] : [dock, fullscreen];
  },

  collect(doc, url): PageFacts[] {
    try {
      return findComposes(doc).map((compose) => ({
        kind: 'gmail.compose',
        url: url.href,
        host: url.host,
        ready: true,
        fields: {},
        compose: collectCompose(compose),
      }));
    } catch {
      // Unexpected markup must never break Gmail; no facts is "no compose seen".
      return [];
    }
  },

  composeIdAt(doc, node) {
    try {
      return composeIdAt(doc, node);
    } catch {
      return null;
    }
  },

  keepVisible(doc) {
    try {
      return findComposes(doc).map((compose) => compose.root);
    } catch {
      return [];
    }
  },

  fill: (doc, plan) => insertIntoCompose(doc, plan),
};
