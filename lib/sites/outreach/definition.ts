import { defineSite } from '../definition';
import { isOutreachHost, OUTREACH_MATCHES } from './hosts';
import { detectOutreachPage } from './urls';

/** Outreach's prospects, sequences and composer (adapter: ./adapter.ts). */
export const outreachSite = defineSite({
  id: 'outreach',
  name: 'Outreach',
  kinds: ['outreach.prospect', 'outreach.sequence', 'outreach.compose'],
  matches: OUTREACH_MATCHES,
  isHost: isOutreachHost,
  isCandidate: (url) => detectOutreachPage(url) !== null,
});
