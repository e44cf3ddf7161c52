import { defineSite } from '../definition';
import { OUTREACH_DOMAIN, OUTREACH_MATCHES } from './hosts';
import { detectOutreachPage } from './urls';

/** Outreach's prospects, sequences and composer (adapter: ./adapter.ts). */
export const outreachSite = defineSite({
  id: 'outreach',
  name: 'Outreach',
  kinds: ['outreach.prospect', 'outreach.sequence', 'outreach.compose'],
  matches: OUTREACH_MATCHES,
  isHost: (host) => host === OUTREACH_DOMAIN || host.endsWith(`.${OUTREACH_DOMAIN}`),
  isCandidate: (url) => detectOutreachPage(url) !== null,
});
