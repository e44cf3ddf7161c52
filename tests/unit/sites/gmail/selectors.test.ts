// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { GMAIL_SEL, RECIPIENT_TYPES } from '../../../../lib/sites/gmail/selectors';
import { GMAIL_FIXTURE_URLS as GMAIL_PAGES } from '../../../fixtures/gmail/urls';
import { loadFixture } from './fixture-dom';

/**
 * Every selector in selectors.ts against every fixture, document-wide, as refined-github's
 * selector test does: a count that changes means the fixtures or the selectors moved, and a
 * selector that matches nowhere is dead or untested. Columns follow COLUMNS.
 */
const COLUMNS = [
  'gmail/inbox-dock.html',
  'gmail/thread-inline-reply.html',
  'gmail/popout-compose.html',
  'gmail/fullscreen-compose.html',
  'gmail/drift.html',
];

const EXPECTED: Record<string, [number, number, number, number, number]> = {
  dock: [1, 1, 0, 1, 1],
  dockParent: [1, 1, 0, 1, 1],
  fullscreen: [1, 1, 0, 1, 1],
  fullscreenLayer: [1, 1, 0, 1, 1],
  // Three dock windows; the full-screen one is a dialog too; drift keeps its two dialogs.
  dialog: [3, 0, 0, 1, 2],
  composeMarker: [9, 3, 3, 3, 3],
  composePresence: [3, 1, 1, 1, 2],
  // Drift renamed the core class: its composes are found by their form inputs instead.
  composeCore: [3, 1, 1, 1, 0],
  main: [1, 1, 1, 1, 1],
  inlineReplyArea: [0, 1, 0, 0, 0],
  threadPermId: [0, 1, 0, 0, 0],
  draftInput: [3, 1, 1, 1, 2],
  composeIdInput: [3, 1, 1, 1, 1],
  threadInput: [3, 0, 1, 1, 2],
  subjectBox: [3, 0, 1, 1, 1],
  subjectHidden: [3, 1, 1, 1, 1],
  'peoplekitField(to)': [2, 1, 1, 1, 1],
  'peoplekitField(cc)': [1, 0, 1, 0, 0],
  'peoplekitField(bcc)': [0, 0, 1, 0, 0],
  // Document-wide this also finds the two suggestion lists (2 + 2 in the inbox): read scoped only.
  peoplekitChip: [7, 1, 3, 1, 1],
  'classicField(to)': [1, 0, 0, 0, 0],
  'classicField(cc)': [1, 0, 0, 0, 0],
  'classicField(bcc)': [1, 0, 0, 0, 0],
  'classicHidden(to)': [1, 0, 0, 0, 0],
  'classicHidden(cc)': [1, 0, 0, 0, 0],
  'classicHidden(bcc)': [1, 0, 0, 0, 0],
  classicChip: [3, 0, 0, 0, 0],
  classicChipAddress: [7, 4, 0, 4, 4],
  body: [3, 1, 1, 1, 1],
  bodyFallback: [3, 1, 1, 1, 1],
  bodySkip: [2, 1, 0, 0, 0],
  bodyTail: [8, 2, 2, 2, 2],
  attachmentChip: [7, 1, 0, 2, 0],
  attachmentName: [7, 1, 0, 2, 0],
  attachmentSize: [7, 0, 0, 2, 0],
  attachmentLink: [18, 6, 5, 9, 9],
  attachmentProgress: [0, 1, 0, 0, 0],
  // Drift: four hooks (two hidden inputs, two labels) for chips whose classes changed.
  attachmentEvidence: [14, 1, 0, 4, 4],
  driveChip: [0, 1, 0, 0, 0],
  driveChipLink: [18, 6, 5, 9, 9],
  driveChipTitle: [0, 1, 0, 0, 0],
};

function selectors(): Array<[string, string]> {
  return Object.entries(GMAIL_SEL).flatMap(([key, value]): Array<[string, string]> => {
    if (typeof value === 'string') return [[key, value]];
    if (typeof value === 'function') return RECIPIENT_TYPES.map((type) => [`${key}(${type})`, value(type)]);
    return [];
  });
}

describe('Gmail selectors against the fixtures', () => {
  it('has an expected count for every selector, and each one matches somewhere', () => {
    expect(selectors().map(([key]) => key).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const counts of Object.values(EXPECTED)) expect(Math.max(...counts)).toBeGreaterThan(0);
  });

  it.each(COLUMNS.map((file, column) => [file, column] as const))('%s', (file, column) => {
    loadFixture(file, GMAIL_PAGES.find((page) => page.file === file)!.url);
    const counts = Object.fromEntries(selectors().map(([key, selector]) => [key, document.querySelectorAll(selector).length]));
    expect(counts).toEqual(Object.fromEntries(Object.entries(EXPECTED).map(([key, row]) => [key, row[column]])));
  });
});
