import type { RuleContext } from '../../engine/types';
import { sopAdminEmail } from '../../formats';
import { valueOf } from '../../profile/read';
import { emailHash } from '../../profile/stored-facts';
import { liveFacts, sameText } from '../common/field-read';

// The pre-signup form's address against the Opportunity's primary contact (MT-CS-001), shared by
// CSO-PRESIGNUP-FIELDS and CSO-ADMIN-EMAIL-TAKEN. The contact's address is known as text only
// where a page shows it; the profile keeps its SHA-256, which is enough to compare.

/**
 * How an address compares with the primary contact's: `same`; `sop`, the contact's `name@domain`
 * as the SOP writes it when taken (`name+1@domain`, `nameDONOTUSE@domain`); `other`; or `unknown`
 * when no page has shown the contact's address yet.
 */
export type ContactEmailMatch =
  | { kind: 'same' }
  | { kind: 'sop'; base: string; mark: string }
  | { kind: 'other'; contact: string | null }
  | { kind: 'unknown' };

export const matchContactEmail = (ctx: RuleContext<unknown>, email: string): ContactEmailMatch => {
  const facts = liveFacts(ctx);
  const shown = valueOf(facts, 'primaryContactEmail');
  const hash = valueOf(facts, 'primaryContactEmailSha256');
  let is: ((address: string) => boolean) | null = null;
  if (typeof shown === 'string') is = (address) => sameText(address, shown);
  else if (typeof hash === 'string') is = (address) => emailHash(address) === hash;
  if (!is) return { kind: 'unknown' };
  if (is(email)) return { kind: 'same' };
  const sop = sopAdminEmail(email);
  if (sop && is(sop.base)) return { kind: 'sop', ...sop };
  return { kind: 'other', contact: typeof shown === 'string' ? shown : null };
};
