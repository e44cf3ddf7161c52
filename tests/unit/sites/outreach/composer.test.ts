// @vitest-environment happy-dom
/**
 * The key an account or email-kind choice is remembered under (issue 14): Outreach gives its
 * composer no id, so the key comes from what the composer itself names (the prospect and the
 * sequence step) and never from the order composers were opened in, which restarts on every load.
 */
import { describe, expect, it } from 'vitest';
import type { ComposeFacts } from '../../../../lib/core/facts/page-facts';
import { outreachAdapter } from '../../../../lib/sites/outreach/adapter';
import type { AdapterSettings } from '../../../../lib/sites/types';
import { loadFixture } from '../gmail/fixture-dom';

const settings: AdapterSettings = { labels: {}, onboardingObject: 'Customer_Onboarding__c', timeZone: 'America/Chicago' };
const FILE = 'outreach/prospect-composer.html';
const AT_JANE = 'https://web.outreach.io/prospects/12345/activity';

/** Opens the composer fixture at `href` (a fresh document: what a reload gives), then reads its composer. */
function composerAt(href: string, edit?: (dialog: Element) => void): ComposeFacts {
  loadFixture(FILE, href);
  if (edit) edit(document.querySelector('[role=dialog]')!);
  const url = new URL(href);
  const pages = outreachAdapter.collect(document, url, outreachAdapter.detect(url, settings)!, settings);
  return pages.find((p) => p.kind === 'outreach.compose')!.compose!;
}

describe('outreach composer: the key a choice is remembered under', () => {
  it('names the prospect and the sequence step the composer shows, the same after a reload', () => {
    const first = composerAt(AT_JANE);
    const reloaded = composerAt(AT_JANE);
    expect(first.choiceKey).toBe('outreach:prospect-12345:step-4821-2');
    expect(reloaded.choiceKey).toBe(first.choiceKey);
    // The composer's own id is per load (there is nothing else to tell two open composers apart).
    expect(reloaded.composeId).not.toBe(first.composeId);
  });

  it('differs for a composer to another prospect, even on the same sequence step', () => {
    const other = composerAt('https://web.outreach.io/prospects/67890/activity', (dialog) => {
      dialog.querySelector('a[href="/prospects/12345/overview"]')!.setAttribute('href', '/prospects/67890/overview');
    });
    expect(other.choiceKey).toBe('outreach:prospect-67890:step-4821-2');
  });

  it("takes the prospect from the page's address when the composer does not link it", () => {
    const facts = composerAt(AT_JANE, (dialog) => dialog.querySelector('a[href="/prospects/12345/overview"]')!.remove());
    expect(facts.choiceKey).toBe('outreach:prospect-12345:step-4821-2');
  });

  it('has none without a step or draft of its own, so a choice there is kept in memory only', () => {
    const noStep = composerAt(AT_JANE, (dialog) => dialog.querySelector('a[href*="/steps/"]')!.remove());
    expect(noStep.choiceKey).toBeUndefined();
    const noProspect = composerAt('https://web.outreach.io/home', (dialog) =>
      dialog.querySelector('a[href="/prospects/12345/overview"]')!.remove(),
    );
    expect(noProspect.choiceKey).toBeUndefined();
  });
});
