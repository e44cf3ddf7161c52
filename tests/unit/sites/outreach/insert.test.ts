// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { outreachAdapter } from '../../../../lib/sites/outreach/adapter';
import { findComposers } from '../../../../lib/sites/outreach/composer';
import type { AdapterSettings, FillPlan } from '../../../../lib/sites/types';
import { OUTREACH_FIXTURE_URLS as OUTREACH_PAGES } from '../../../fixtures/outreach/urls';
import { loadFixture } from '../gmail/fixture-dom';

const settings: AdapterSettings = { labels: {}, onboardingObject: 'Customer_Onboarding__c', timeZone: 'America/Chicago' };
const PAGE = OUTREACH_PAGES[1]!;

function open() {
  loadFixture(PAGE.file, PAGE.url);
  getSelection()!.removeAllRanges();
  return findComposers(document)[0]!;
}

const plan = (composeId: string, over: Partial<Extract<FillPlan, { op: 'insert-text' }>> = {}): FillPlan => ({
  op: 'insert-text',
  url: PAGE.url,
  composeId,
  text: 'Support: support@medtrainer.com, 844.596.6553',
  ...over,
});

describe('insert-text into the Outreach composer', () => {
  it('adds the text as a new line at the end of the email when the caret is elsewhere', () => {
    const composer = open();
    expect(outreachAdapter.fill(document, plan(composer.id), settings)).toEqual({ ok: true, message: 'Inserted at the end of the email.' });
    expect(composer.editor!.lastElementChild!.innerHTML).toBe('Best,<br>Alex Rivera<br>Support: support@medtrainer.com, 844.596.6553');
  });

  it('types at the caret inside the editor', () => {
    const composer = open();
    const first = composer.editor!.querySelector('p')!.firstChild as Text;
    const range = document.createRange();
    range.setStart(first, 'Hi Jane'.length);
    range.collapse(true);
    getSelection()!.addRange(range);
    expect(outreachAdapter.fill(document, plan(composer.id, { text: ' and Michael' }), settings)).toEqual({
      ok: true,
      message: 'Inserted at the cursor.',
    });
    expect(composer.editor!.querySelector('p')!.textContent).toBe('Hi Jane and Michael,');
  });

  it('refuses once the composer is closed, or for another page', () => {
    const composer = open();
    expect(outreachAdapter.fill(document, plan(composer.id, { url: 'https://web.outreach.io/prospects/99999/activity' }), settings)).toEqual({
      ok: false,
      message: 'This was prepared for another Outreach page. Open the composer again and retry.',
    });
    document.querySelector('.MuiDialog-root')!.remove();
    expect(outreachAdapter.fill(document, plan(composer.id), settings)).toEqual({
      ok: false,
      message: 'That email composer is no longer open. Nothing was inserted.',
    });
  });
});
