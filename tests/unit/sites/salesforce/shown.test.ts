/**
 * The visibility rule the Salesforce adapter applies to every ancestor of a record container
 * (lib/sites/salesforce/shown.ts): plain signals in, "hides its subtree" out.
 */
import { describe, expect, test } from 'vitest';
import { hidesSubtree, type VisibilitySignals } from '../../../../lib/sites/salesforce/shown';

const plain: VisibilitySignals = { hidden: false, hideClass: false, tabpanel: false, tabSelected: null, ariaHidden: false, ariaExpanded: null };
const panel = (over: Partial<VisibilitySignals>): VisibilitySignals => ({ ...plain, tabpanel: true, ...over });

describe('hidesSubtree', () => {
  test.each([
    ['an ordinary wrapper', plain, false],
    ['the hidden attribute', { ...plain, hidden: true }, true],
    ['SLDS slds-hide', { ...plain, hideClass: true }, true],
    // Lightning sets aria-hidden on the viewport behind a modal: the record under it stays readable.
    ['aria-hidden outside a tab panel', { ...plain, ariaHidden: true }, false],
    ['a panel whose tab is selected', panel({ tabSelected: true }), false],
    ['a panel whose tab is not selected (hidden by CSS only)', panel({ tabSelected: false }), true],
    ['a selected panel that is still hidden', panel({ tabSelected: true, hidden: true }), true],
    ['a panel without a known tab', panel({}), false],
    ['a panel without a known tab, aria-hidden', panel({ ariaHidden: true }), true],
    ['a panel without a known tab, collapsed', panel({ ariaExpanded: false }), true],
    // The tab is the authority: a stale aria-hidden on a panel whose tab is selected is ignored.
    ['a selected panel with a stale aria-hidden', panel({ tabSelected: true, ariaHidden: true }), false],
  ] as const)('%s → %s', (_name, signals, hides) => {
    expect(hidesSubtree(signals)).toBe(hides);
  });
});
