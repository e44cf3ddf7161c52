import { describe, expect, it } from 'vitest';
import { GMAIL_MATCHES } from '../../../../lib/sites/gmail/hosts';
import { detectGmailPage, gmailWindowKey } from '../../../../lib/sites/gmail/urls';
import { detectOutreachPage } from '../../../../lib/sites/outreach/urls';
import { GMAIL_FIXTURE_URLS as GMAIL_PAGES, GMAIL_NOT_PAGE_URLS } from '../../../fixtures/gmail/urls';

/** Gmail URLs beyond the fixture pages: other routes, accounts and the delegated mailbox. */
const MORE_GMAIL_URLS = [
  'https://mail.google.com/mail/u/0/',
  'https://mail.google.com/mail/u/0/#inbox',
  'https://mail.google.com/mail/u/0/#inbox?compose=new',
  'https://mail.google.com/mail/u/0/#label/Clients%2FSunrise+Family+Clinic/FMfcgzQXJWDsKmhNvBrLZpqTkcHfWxgR',
  'https://mail.google.com/mail/u/0/#search/from%3Ajane.doe%40sunrisefamilyclinic.com',
  'https://mail.google.com/mail/u/12/#drafts?compose=CllgCJvqbRDsQwXKfZlNtMpGhLcBzFtJdQKrWnPxvHsmgTbYcDkV',
  'https://mail.google.com/mail/b/ALGkd0x8sFq2/u/0/#inbox',
];

describe('detectGmailPage', () => {
  it.each([...GMAIL_PAGES.map((p) => p.url), ...MORE_GMAIL_URLS])('%s is gmail.compose and nothing else', (href) => {
    const url = new URL(href);
    expect(detectGmailPage(url)).toEqual({ kind: 'gmail.compose' });
    expect(detectOutreachPage(url)).toBeNull();
  });

  it.each(GMAIL_NOT_PAGE_URLS.map((row) => row.url))('%s is not a Gmail page', (href) => {
    expect(detectGmailPage(new URL(href))).toBeNull();
    expect(detectOutreachPage(new URL(href))).toBeNull();
  });

  it('detects the kind each fixture page declares', () => {
    for (const page of GMAIL_PAGES) expect(detectGmailPage(new URL(page.url))?.kind).toBe(page.kind);
  });

  it('matches only https on mail.google.com', () => {
    expect(GMAIL_MATCHES).toEqual(['https://mail.google.com/*']);
  });
});

describe('gmailWindowKey', () => {
  it('ignores the route and open-draft hash Gmail rewrites, keeps account and window', () => {
    expect(gmailWindowKey('https://mail.google.com/mail/u/0/#inbox?compose=new')).toBe(gmailWindowKey('https://mail.google.com/mail/u/0/#sent'));
    expect(gmailWindowKey('https://mail.google.com/mail/u/0/')).toBe(gmailWindowKey('https://mail.google.com/mail/u/0'));
    expect(gmailWindowKey('https://mail.google.com/mail/u/0/#inbox')).not.toBe(gmailWindowKey('https://mail.google.com/mail/u/1/#inbox'));
    expect(gmailWindowKey('https://mail.google.com/mail/u/0/?view=cm&fs=1&tf=1')).not.toBe(gmailWindowKey('https://mail.google.com/mail/u/0/#inbox'));
    expect(gmailWindowKey('::')).toBeNull();
  });
});
