import { describe, expect, it } from 'vitest';
import { detectGmailPage } from '../../../../lib/sites/gmail/urls';
import { OUTREACH_MATCHES } from '../../../../lib/sites/outreach/hosts';
import { detectOutreachPage, outreachPageKey } from '../../../../lib/sites/outreach/urls';
import { OUTREACH_FIXTURE_URLS as OUTREACH_PAGES, OUTREACH_NOT_PAGE_URLS } from '../../../fixtures/outreach/urls';

/** URL → the match it must produce, beyond the fixture pages. */
const TABLE: Array<[string, ReturnType<typeof detectOutreachPage>]> = [
  ['https://web.outreach.io/prospects/12345/overview', { kind: 'outreach.prospect', recordId: '12345' }],
  ['https://web.outreach.io/prospects/12345/emails?tab=sent', { kind: 'outreach.prospect', recordId: '12345' }],
  ['https://web.outreach.io/prospects/12345', { kind: 'outreach.prospect', recordId: '12345' }],
  ['https://app1a.outreach.io/prospects/98765/overview', { kind: 'outreach.prospect', recordId: '98765' }],
  ['https://web.outreach.io/sequences/4821/overview', { kind: 'outreach.sequence', recordId: '4821' }],
  ['https://web.outreach.io/sequences/4821/prospects', { kind: 'outreach.sequence', recordId: '4821' }],
  ['https://web.outreach.io/sequences/4821/prospects/12345', { kind: 'outreach.sequence', recordId: '4821' }],
  ['https://app1a.outreach.io/sequences/4821', { kind: 'outreach.sequence', recordId: '4821' }],
  // Elsewhere in the app only the composer can matter; collect decides whether one is open.
  ['https://web.outreach.io/tasks', { kind: 'outreach.compose' }],
  ['https://web.outreach.io/prospects', { kind: 'outreach.compose' }],
  ['https://web.outreach.io/sequences', { kind: 'outreach.compose' }],
  ['https://web.outreach.io/prospects/new', { kind: 'outreach.compose' }],
];

describe('detectOutreachPage', () => {
  it.each(TABLE)('%s', (href, match) => {
    const url = new URL(href);
    expect(detectOutreachPage(url)).toEqual(match);
    expect(detectGmailPage(url)).toBeNull();
  });

  it.each(OUTREACH_PAGES.map((p) => [p.url, p.kind] as const))('fixture %s is %s and nothing else', (href, kind) => {
    const url = new URL(href);
    expect(detectOutreachPage(url)?.kind).toBe(kind);
    expect(detectGmailPage(url)).toBeNull();
  });

  it.each(OUTREACH_NOT_PAGE_URLS.map((row) => row.url))('%s is not an Outreach page', (href) => {
    expect(detectOutreachPage(new URL(href))).toBeNull();
    expect(detectGmailPage(new URL(href))).toBeNull();
  });

  it('matches https on the Outreach subdomains only', () => {
    expect(OUTREACH_MATCHES).toEqual(['https://*.outreach.io/*']);
  });
});

describe('outreachPageKey', () => {
  it('ignores only the hash', () => {
    expect(outreachPageKey('https://web.outreach.io/prospects/12345/overview#notes')).toBe(
      outreachPageKey('https://web.outreach.io/prospects/12345/overview'),
    );
    expect(outreachPageKey('https://web.outreach.io/prospects/12345/overview')).not.toBe(
      outreachPageKey('https://web.outreach.io/prospects/12346/overview'),
    );
    expect(outreachPageKey('nope')).toBeNull();
  });
});
