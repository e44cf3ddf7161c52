import { describe, expect, it } from 'vitest';
import type { PageFacts } from '@/lib/core/facts/page-facts';
import { resolveAccount } from '@/lib/core/profile/resolve-account';
import { emptyFacts, type AccountProfile } from '@/lib/core/profile/schema';
import { domainOf, emailHash } from '@/lib/core/profile/stored-facts';
import { factsWith } from '../support/profile';

const profile = (accountId: string, name: string, email: string): AccountProfile => ({
  accountId,
  // As stored: the contact's address only as its SHA-256 and domain.
  facts: factsWith({ accountName: name, primaryContactEmailSha256: emailHash(email), primaryContactDomain: domainOf(email) }),
  updatedAt: '2026-11-20T00:00:00Z',
});
const SUNRISE = '001Hs00003ABCdeIAG';
const SUNSET = '001Hs00003XYZabIAA';
const LAKE = '001Hs00003LAKeeIAA';
const profiles = {
  [SUNRISE]: profile(SUNRISE, 'Sunrise Family Clinic', 'Jane.Doe@sunrisefamilyclinic.com'),
  [SUNSET]: profile(SUNSET, 'Sunset Dental', 'bob@sunsetdental.com'),
  [LAKE]: profile(LAKE, 'Lakeside Dental', 'amy@sunsetdental.com'),
  '001Hs00003NOMaiIAA': { accountId: '001Hs00003NOMaiIAA', facts: emptyFacts(), updatedAt: '2026-11-20T00:00:00Z' },
};

const compose = (to: string[], cc: string[] = []): PageFacts => ({
  kind: 'gmail.compose',
  url: 'https://mail.google.com/mail/u/0/#inbox?compose=new',
  host: 'mail.google.com',
  ready: true,
  fields: {},
  compose: { composeId: 'c1', to, cc, bcc: [], subject: null, bodyText: null, links: [], attachments: [], unreadable: [] },
});

describe('resolveAccount', () => {
  it('matches the primary contact, case-insensitively', () => {
    expect(resolveAccount(compose(['jane.doe@SunriseFamilyClinic.com']), profiles)).toEqual({
      status: 'resolved',
      accountId: SUNRISE,
      via: 'contact',
    });
  });
  it('prefers a contact match over a domain match', () => {
    expect(resolveAccount(compose(['bob@sunsetdental.com']), profiles)).toMatchObject({ accountId: SUNSET, via: 'contact' });
  });
  it('offers a choice when a domain fits several accounts', () => {
    const result = resolveAccount(compose(['office@sunsetdental.com']), profiles);
    expect(result).toEqual({
      status: 'ambiguous',
      candidates: [
        { accountId: LAKE, name: 'Lakeside Dental', match: 'domain' },
        { accountId: SUNSET, name: 'Sunset Dental', match: 'domain' },
      ],
    });
  });
  it("uses the CSM's choice for the thread", () => {
    expect(resolveAccount(compose(['office@sunsetdental.com']), profiles, LAKE)).toMatchObject({ accountId: LAKE, via: 'chosen' });
  });
  it('never matches on a shared webmail domain', () => {
    const withGmail = { x: profile('001Hs00003GMAilIAA', 'Solo Practice', 'doc@gmail.com') };
    expect(resolveAccount(compose(['someone@gmail.com']), withGmail).status).toBe('none');
  });
  it('says why when there is no recipient', () => {
    expect(resolveAccount(compose([]), profiles)).toEqual({ status: 'none', reason: 'No recipient yet: add the admin to match the account.' });
  });
  it('takes the account from a Salesforce page and from the pre-signup form', () => {
    expect(resolveAccount({ ...compose([]), kind: 'sf.opportunity', compose: undefined, accountId: SUNRISE }, profiles)).toMatchObject({
      accountId: SUNRISE,
      via: 'page',
    });
    const form: PageFacts = {
      kind: 'mt.presignup',
      url: 'https://lms.medtrainer.com/signup/preSign',
      host: 'lms.medtrainer.com',
      ready: true,
      fields: { 'signup.accountId': { status: 'ok', label: 'Account ID', value: '001A0000006Vm9r' } },
    };
    expect(resolveAccount(form, profiles)).toEqual({ status: 'resolved', accountId: '001A0000006Vm9rIAC', via: 'page' });
  });
});
