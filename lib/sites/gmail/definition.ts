import { defineSite } from '../definition';
import { GMAIL_MATCHES, isGmailHost } from './hosts';
import { GMAIL_SEL } from './selectors';
import { detectGmailPage } from './urls';

/** Gmail's compose and reply boxes (adapter: ./adapter.ts). */
export const gmailSite = defineSite({
  id: 'gmail',
  name: 'Gmail',
  kinds: ['gmail.compose'],
  matches: GMAIL_MATCHES,
  isHost: isGmailHost,
  isCandidate: (url) => detectGmailPage(url) !== null,
  // The mail client is a candidate on every load; the app is worth loading only once a compose is open.
  presentSelector: GMAIL_SEL.composePresence,
});
