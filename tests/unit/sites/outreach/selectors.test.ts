// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { OUTREACH_LABELS, OUTREACH_SEL } from '../../../../lib/sites/outreach/selectors';
import { OUTREACH_FIXTURE_URLS as OUTREACH_PAGES } from '../../../fixtures/outreach/urls';
import { loadFixture } from '../gmail/fixture-dom';

/**
 * Every Outreach selector against the (provisional) fixtures, document-wide. Columns:
 * prospect-in-sequence, prospect-composer, sequence. A changed count means the fixtures or the
 * selectors moved; when the live app is captured, these are the numbers to re-check first.
 */
const EXPECTED: Record<keyof typeof OUTREACH_SEL, [number, number, number]> = {
  main: [1, 1, 1],
  pageHeading: [1, 1, 1],
  mailto: [1, 1, 0],
  // Nav list link, banner (sequence + step), membership rows; the sequence page links its steps;
  // the composer's own banner (sequence + step) too.
  sequenceLink: [4, 7, 8],
  // Tabs of the prospect page, plus the composer's link to the prospect it writes to.
  prospectLink: [4, 5, 2],
  // The page banner's "Open step", plus the composer's own; the sequence page lists its steps.
  stepLink: [1, 2, 4],
  mailingLink: [0, 0, 0],
  membershipRow: [8, 16, 15],
  time: [1, 1, 0],
  dialog: [0, 1, 0],
  editorTextbox: [0, 1, 0],
  editor: [0, 1, 0],
  // Frames a composer may open in (sections, dialog) and where the search stops (body, main).
  composerFrame: [2, 4, 2],
  composerStop: [2, 2, 2],
  chipLabel: [5, 6, 2],
  // Every list item counts; only those inside a recipients field are read as recipients.
  recipientToken: [13, 22, 14],
  textInput: [1, 4, 1],
  control: [1, 6, 1],
  labelText: [27, 73, 12],
  listItem: [8, 16, 12],
  progress: [0, 1, 0],
  // Broad on purpose: only the one named "Activity" (or under such a heading) is read.
  activityFrame: [21, 45, 12],
  activityEntry: [8, 16, 12],
};

const FILES = ['outreach/prospect-in-sequence.html', 'outreach/prospect-composer.html', 'outreach/sequence.html'];

describe('Outreach selectors against the fixtures', () => {
  it.each(FILES.map((file, column) => [file, column] as const))('%s', (file, column) => {
    loadFixture(file, OUTREACH_PAGES.find((p) => p.file === file)!.url);
    const counts = Object.fromEntries(Object.entries(OUTREACH_SEL).map(([key, selector]) => [key, document.querySelectorAll(selector).length]));
    expect(counts).toEqual(Object.fromEntries(Object.entries(EXPECTED).map(([key, row]) => [key, row[column]])));
  });

  it.each([
    ['to', 'To', true],
    ['to', 'To:', true],
    ['to', 'Total', false],
    ['subject', 'Subject', true],
    ['attachments', 'Attachments (6)', true],
    ['attachments', 'Attachment', true],
    ['sequences', 'Sequences', true],
  ] as const)('label %s matches "%s": %s', (key, text, matches) => {
    expect(OUTREACH_LABELS[key].test(text)).toBe(matches);
  });

  it.each([
    ['Step 2 of 4 · Added Nov 27, 2026 by Alex Rivera', 'Nov 27, 2026'],
    ['Added on 11/27/2026', '11/27/2026'],
    ['added 2026-11-27', '2026-11-27'],
    ['Finished · Nov 27, 2026', undefined],
  ])('"Added" date in %s', (text, date) => {
    expect(OUTREACH_LABELS.addedOn.exec(text)?.[1]).toBe(date);
  });
});
