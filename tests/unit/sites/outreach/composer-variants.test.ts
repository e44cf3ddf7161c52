// @vitest-environment happy-dom
/**
 * Issue 13: Outreach's composer found by meaning wherever it opens, on fixtures that carry no MUI
 * class names and no test hooks (docked panel, inline on the prospect page, sequence step
 * editor). Each is found, its recipients, subject and body read, and a part that can't be read
 * is named rather than guessed.
 */
import { describe, expect, it } from 'vitest';
import type { PageFacts } from '../../../../lib/core/facts/page-facts';
import { outreachAdapter } from '../../../../lib/sites/outreach/adapter';
import { composerIdAt, findComposers } from '../../../../lib/sites/outreach/composer';
import type { AdapterSettings } from '../../../../lib/sites/types';
import { OUTREACH_FIXTURE_URLS } from '../../../fixtures/outreach/urls';
import { loadFixture } from '../gmail/fixture-dom';

const settings: AdapterSettings = { labels: {}, onboardingObject: 'Customer_Onboarding__c', timeZone: 'America/Chicago' };
const JANE = 'jane.doe@sunrisefamilyclinic.com';

const row = (file: string) => OUTREACH_FIXTURE_URLS.find((r) => r.file === file)!;

/** Loads a fixture (optionally edited) and returns what collect() reads there. */
function collectOn(file: string, edit?: () => void): PageFacts[] {
  const { url } = row(file);
  loadFixture(file, url);
  edit?.();
  const at = new URL(url);
  return outreachAdapter.collect(document, at, outreachAdapter.detect(at, settings)!, settings);
}
const composeOn = (file: string, edit?: () => void) => collectOn(file, edit).find((p) => p.kind === 'outreach.compose')?.compose;

describe('docked composer panel (complementary region, listbox recipients, placeholder subject)', () => {
  const FILE = 'outreach/prospect-docked-composer.html';

  it('is found, after the prospect page, and every part is read', () => {
    const pages = collectOn(FILE);
    expect(pages.map((p) => p.kind)).toEqual(row(FILE).collects);
    const composers = findComposers(document);
    expect(composers).toHaveLength(1);
    expect(composers[0]!.root.getAttribute('role')).toBe('complementary');
    expect(pages[1]!.compose).toMatchObject({
      to: [JANE],
      cc: [],
      subject: "Welcome to MedTrainer! Let's get Sunrise Family Clinic started",
      attachments: [],
      unreadable: [],
      choiceKey: 'outreach:prospect-12345:step-4821-2',
    });
    expect(pages[1]!.compose!.bodyText).toContain('Hi Jane,');
    // The panel's own sequence link is the email's step, not one more membership of the prospect.
    expect(pages[0]!.outreach).toMatchObject({ prospectEmail: JANE, sequenceNames: ['DCSM Account Onboarding and Adoption'], unreadable: [] });
  });

  it('names recipients unreadable when a token shows a name only', () => {
    const compose = composeOn(FILE, () => document.querySelector('[role=option]')!.setAttribute('aria-label', 'Jane Doe'));
    expect(compose).toMatchObject({ to: [], unreadable: ['recipients'] });
  });

  it('is still reported, with the body unreadable, when the body is out of reach (an editor in a frame)', () => {
    const compose = composeOn(FILE, () => document.querySelector('[contenteditable]')!.replaceWith(document.createElement('iframe')));
    expect(compose).toMatchObject({ to: [JANE], unreadable: ['body'] });
  });

  it('names the subject unreadable when no field is named so', () => {
    const compose = composeOn(FILE, () => document.querySelector('input[placeholder="Subject"]')!.setAttribute('placeholder', 'Say something'));
    expect(compose).toMatchObject({ subject: null, unreadable: ['subject'] });
  });

  it('composeIdAt names the panel for its body, and nothing for the page behind it', () => {
    collectOn(FILE);
    const [composer] = findComposers(document);
    expect(composerIdAt(document, document.querySelector('[role=textbox]')!)).toBe(composer!.id);
    expect(composerIdAt(document, document.querySelector('h1')!)).toBeNull();
  });
});

describe('inline composer on the prospect page (no landmark, label for=, aria-labelledby, typed addresses)', () => {
  const FILE = 'outreach/prospect-inline-composer.html';

  it('is found and read; the notes box beside it is no composer', () => {
    const pages = collectOn(FILE);
    expect(pages.map((p) => p.kind)).toEqual(row(FILE).collects);
    expect(pages[1]!.compose).toMatchObject({
      to: [JANE, 'michael.chen@sunrisefamilyclinic.com'],
      subject: 'Your onboarding rosters',
      unreadable: [],
      choiceKey: 'outreach:prospect-12345:step-4821-2',
    });
    expect(pages[1]!.compose!.bodyText).toContain('Please send back the rosters');
    expect(pages[1]!.compose!.bodyText).not.toContain('Prefers email');
    const [composer] = findComposers(document);
    expect(composer!.root.contains(document.querySelector('[aria-label="Prospect notes"]'))).toBe(false);
    expect(pages[0]!.outreach).toMatchObject({ prospectEmail: JANE, sequenceNames: ['DCSM Account Onboarding and Adoption'] });
  });

  it('names recipients unreadable when the To label is renamed to something unknown', () => {
    const compose = composeOn(FILE, () => {
      document.querySelector('label[for="f-to"]')!.textContent = 'Envelope';
    });
    expect(compose).toMatchObject({ subject: 'Your onboarding rosters', unreadable: ['recipients'] });
  });

  it('with neither recipients nor subject named, an editable is not taken for a composer', () => {
    const pages = collectOn(FILE, () => {
      document.querySelector('label[for="f-to"]')!.textContent = 'Envelope';
      document.getElementById('f-subj-cap')!.textContent = 'Topic';
    });
    expect(pages.map((p) => p.kind)).toEqual(['outreach.prospect']);
  });
});

describe('sequence step editor (a form named by its heading, an aria-labelled subject)', () => {
  const FILE = 'outreach/sequence-step-editor.html';

  it('is found after the sequence page; a template has no recipients, said as such (not as a failed read)', () => {
    const pages = collectOn(FILE);
    expect(pages.map((p) => p.kind)).toEqual(row(FILE).collects);
    expect(pages[0]!.outreach).toMatchObject({ sequenceId: '4821', sequenceNames: ['DCSM Account Onboarding and Adoption'] });
    expect(pages[1]!.compose).toMatchObject({
      to: [],
      subject: "Welcome to MedTrainer! Let's get {{account.name}} started",
      unreadable: [],
      noRecipients: 'template',
    });
    expect(pages[1]!.compose!.bodyText).toContain('Hi {{first_name}},');
    expect(findComposers(document)[0]!.root.tagName).toBe('FORM');
  });
});
