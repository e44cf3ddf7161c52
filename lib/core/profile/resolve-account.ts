import { validateSalesforceId } from '../formats';
import type { PageFacts } from '../facts/page-facts';
import { valueOf } from './read';
import type { AccountProfile } from './schema';
import { domainOf, emailHash } from './stored-facts';

export interface AccountCandidate {
  accountId: string;
  name: string;
  /** Why it matched: the primary contact's address, or only the domain. */
  match: 'contact' | 'domain' | 'chosen';
}

export type AccountResolution =
  | { status: 'resolved'; accountId: string; via: AccountCandidate['match'] | 'page' }
  | { status: 'ambiguous'; candidates: AccountCandidate[] }
  | { status: 'none'; reason: string };


/** Webmail domains say nothing about which customer an address belongs to. */
const SHARED_DOMAINS = new Set(['gmail.com', 'googlemail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'icloud.com', 'aol.com']);

/**
 * Which account a page is about. Salesforce pages name it; the pre-signup form carries the
 * Account ID; an email is matched by its recipients against the primary contacts (then their
 * domains) of the accounts learned on Salesforce, and a CSM's earlier choice for the thread wins.
 * Profiles keep the contact's address only as its SHA-256, so recipients are compared hashed.
 */
export const resolveAccount = (
  page: PageFacts,
  profiles: Readonly<Record<string, AccountProfile>>,
  chosen?: string,
): AccountResolution => {
  if (page.accountId) return { status: 'resolved', accountId: page.accountId, via: 'page' };
  if (page.kind === 'mt.presignup') {
    const read = page.fields['signup.accountId'];
    const id = read?.status === 'ok' && typeof read.value === 'string' ? validateSalesforceId(read.value.trim()) : null;
    return id?.ok
      ? { status: 'resolved', accountId: id.id18, via: 'page' }
      : { status: 'none', reason: 'Paste the SF Account ID into the form to check it against the account.' };
  }
  if (chosen && profiles[chosen]) return { status: 'resolved', accountId: chosen, via: 'chosen' };

  const recipients = [
    ...(page.compose ? [...page.compose.to, ...page.compose.cc, ...page.compose.bcc] : []),
    ...(page.outreach?.prospectEmail ? [page.outreach.prospectEmail] : []),
  ].filter((r) => r.trim());
  if (!recipients.length) return { status: 'none', reason: 'No recipient yet: add the admin to match the account.' };

  const byContact: AccountCandidate[] = [];
  const byDomain: AccountCandidate[] = [];
  const hashes = new Set(recipients.map(emailHash));
  const domains = new Set(recipients.map(domainOf).filter((d): d is string => !!d && !SHARED_DOMAINS.has(d)));
  for (const profile of Object.values(profiles)) {
    const hash = valueOf(profile.facts, 'primaryContactEmailSha256');
    const domain = valueOf(profile.facts, 'primaryContactDomain');
    if (!hash && !domain) continue;
    const name = valueOf(profile.facts, 'accountName') ?? profile.accountId;
    if (hash && hashes.has(hash)) byContact.push({ accountId: profile.accountId, name, match: 'contact' });
    else if (domain && domains.has(domain)) byDomain.push({ accountId: profile.accountId, name, match: 'domain' });
  }
  const best = byContact.length ? byContact : byDomain;
  if (best.length === 1) return { status: 'resolved', accountId: best[0]!.accountId, via: best[0]!.match };
  if (best.length > 1) return { status: 'ambiguous', candidates: best.sort((a, b) => a.name.localeCompare(b.name)) };
  return { status: 'none', reason: 'No account learned on Salesforce has these recipients: pick one or open its Opportunity.' };
};
