// @vitest-environment happy-dom
/**
 * Service Console: several record pages stay mounted (one per workspace tab and subtab) and only
 * the focused one is shown. collect() reads the shown record of the URL, never a hidden tab's,
 * in both console markups (UTAM classes with aria-controls; SLDS with aria-labelledby, hidden
 * panels and split view) and both shadow modes.
 */
import { describe, expect, test } from 'vitest';
import { salesforceAdapter } from '../../../../lib/sites/salesforce/adapter';
import { SF } from '../../../../lib/sites/salesforce/selectors';
import { DEFAULT_TEST_SETTINGS } from '../../../fixtures/urls';
import { collectHere, CONSOLE, CONSOLE_LIVE, CONSOLE_SPLIT, ESCALATION_CASE, LAKESIDE, OPPORTUNITY, openConsole, SUNRISE } from './console-dom';
import { SHADOW_MODES } from './fixture-dom';

const SUNRISE_18 = '001Hs00003KxQ2aIAF';
const OPP_WS = `?ws=${encodeURIComponent(`/lightning/r/Account/${SUNRISE}/view`)}`;
const SUNRISE_WS = `?ws=${encodeURIComponent(`/lightning/r/Opportunity/${OPPORTUNITY}/view`)}`;

const shownRecordIds = () =>
  Array.from(document.querySelectorAll('div.oneContent'))
    .filter((c) => salesforceAdapter.observeRoots(document, salesforceAdapter.detect(new URL(location.href), DEFAULT_TEST_SETTINGS)!).includes(c))
    .map((c) => c.getAttribute('data-sim-record'));

describe.each(SHADOW_MODES)('Service Console (UTAM markup), %s shadow', (shadow) => {
  test('reads the focused workspace tab, then the other one after a switch', () => {
    const sim = openConsole('two-workspaces', `${CONSOLE}/lightning/r/Account/${SUNRISE}/view`, shadow);
    // Three record pages mounted, each `.oneContent.active` inside its own tab panel.
    expect(document.querySelectorAll('div.oneContent.active')).toHaveLength(3);
    let facts = collectHere();
    expect(facts.ready).toBe(true);
    expect(facts.accountId).toBe(SUNRISE_18);
    expect(facts.fields['account.name']).toMatchObject({ status: 'ok', value: 'Sunrise Family Clinic' });
    expect(shownRecordIds()).toEqual([SUNRISE]);

    expect(sim.focusTab(LAKESIDE)).toBe(true);
    expect(location.pathname).toBe(`/lightning/r/Account/${LAKESIDE}/view`);
    facts = collectHere();
    expect(facts.ready).toBe(true);
    expect(facts.accountId).toBe(LAKESIDE);
    expect(facts.fields['account.name']).toMatchObject({ status: 'ok', value: 'Lakeside Pediatrics' });
    expect(facts.fields['account.mrr']).toMatchObject({ status: 'ok', value: 1320.5 });
    expect(shownRecordIds()).toEqual([LAKESIDE]);

    sim.focusTab(SUNRISE);
    expect(collectHere().fields['account.mrr']).toMatchObject({ status: 'ok', value: 450 });
  });

  test('a subtab: the Opportunity under the Sunrise workspace', () => {
    const sim = openConsole('two-workspaces', `${CONSOLE}/lightning/r/Account/${SUNRISE}/view`, shadow);
    sim.focusTab(OPPORTUNITY);
    expect(location.search).toBe(OPP_WS);
    const facts = collectHere();
    expect(facts.kind).toBe('sf.opportunity');
    expect(facts.ready).toBe(true);
    expect(facts.accountId).toBe(SUNRISE_18);
    // "User Count" is on the hidden Account subtab too (18) and on the hidden Lakeside tab (74).
    expect(facts.fields['opp.userCount']).toMatchObject({ status: 'ok', value: 18 });
  });

  test('focus moved but the URL not: the shown record is read as itself, the hidden URL record not at all', () => {
    const sim = openConsole('two-workspaces', `${CONSOLE}/lightning/r/Account/${SUNRISE}/view`, shadow);
    sim.focusTab(LAKESIDE, { url: false });
    const facts = collectHere();
    expect(facts).toMatchObject({ kind: 'sf.account', ready: true, recordId: LAKESIDE, accountId: LAKESIDE });
    expect(facts.fields['account.name']).toMatchObject({ status: 'ok', value: 'Lakeside Pediatrics' });
    expect(new URL(facts.url).pathname).toBe(`/lightning/r/Account/${LAKESIDE}/view`);
  });
});

describe.each(SHADOW_MODES)('Service Console in split view (SLDS markup), %s shadow', (shadow) => {
  test('a hidden, stale copy of the same record never leaks into the facts', () => {
    openConsole('split', `${CONSOLE_SPLIT}/lightning/r/Account/${SUNRISE}/view${SUNRISE_WS}`, shadow);
    // The stale copy comes after the shown one in the document: "the last container" would be it.
    const copies = Array.from(document.querySelectorAll(`div.oneContent[data-sim-record="${SUNRISE}"]`));
    expect(copies).toHaveLength(2);
    const facts = collectHere();
    expect(facts.ready).toBe(true);
    expect(facts.fields['account.mrr']).toMatchObject({ status: 'ok', value: 450 });
    expect(facts.fields['account.userCount']).toMatchObject({ status: 'ok', value: 18 });
    expect(facts.fields['account.segmentation']).toMatchObject({ status: 'ok', value: 'Digital' });
    expect(shownRecordIds()).toEqual([SUNRISE]);
    expect(salesforceAdapter.observeRoots(document, salesforceAdapter.detect(new URL(location.href), DEFAULT_TEST_SETTINGS)!)).toEqual([copies[0]]);
  });

  test('switching workspace and subtab follows the focus', () => {
    const sim = openConsole('split', `${CONSOLE_SPLIT}/lightning/r/Opportunity/${OPPORTUNITY}/view`, shadow);
    expect(collectHere()).toMatchObject({ kind: 'sf.opportunity', ready: true, accountId: SUNRISE_18 });
    sim.focusTab(LAKESIDE);
    expect(collectHere()).toMatchObject({ kind: 'sf.account', ready: true, accountId: LAKESIDE });
    // Back to the workspace by its tab: it keeps the subtab it had focused (the Opportunity).
    sim.focusElement(sim.workspaces[1]!.tab);
    expect(location.pathname).toBe(`/lightning/r/Opportunity/${OPPORTUNITY}/view`);
    expect(collectHere()).toMatchObject({ kind: 'sf.opportunity', ready: true });
  });
});

describe.each(SHADOW_MODES)('Service Console with the live containers (no div.oneContent, panels no tab names), %s shadow', (shadow) => {
  const pageHosts = () => Array.from(document.querySelectorAll('[data-sim-record]'));

  test('the record pages are not in div.oneContent and their panels are named by no tab', () => {
    openConsole('account-opportunity', `${CONSOLE_LIVE}/lightning/r/Account/${SUNRISE}/view`, shadow);
    expect(document.querySelectorAll('div.oneContent')).toHaveLength(0);
    expect(pageHosts()).toHaveLength(3);
    expect(document.querySelectorAll('[role="tab"][aria-controls], [role="tabpanel"][aria-labelledby]:not(flexipage-tab2)')).toHaveLength(0);
  });

  test('Account → Opportunity → Account workspace tab: each is read as the URL moves', () => {
    const sim = openConsole('account-opportunity', `${CONSOLE_LIVE}/lightning/r/Account/${SUNRISE}/view`, shadow);
    expect(collectHere()).toMatchObject({ kind: 'sf.account', ready: true, recordId: SUNRISE });
    sim.focusElement(sim.workspaces[1]!.tab);
    expect(location.pathname).toBe(`/lightning/r/Opportunity/${OPPORTUNITY}/view`);
    const opp = collectHere();
    expect(opp).toMatchObject({ kind: 'sf.opportunity', ready: true, recordId: OPPORTUNITY, accountId: SUNRISE_18 });
    expect(opp.fields['opp.userCount']).toMatchObject({ status: 'ok', value: 18 });
    sim.focusElement(sim.workspaces[0]!.tab);
    expect(collectHere()).toMatchObject({ kind: 'sf.account', ready: true, recordId: SUNRISE });
  });

  test('a subtab focused without the URL moving: the Case shown is read, not the hidden Account', () => {
    const sim = openConsole('account-opportunity', `${CONSOLE_LIVE}/lightning/r/Account/${SUNRISE}/view`, shadow);
    sim.focusElement(sim.workspaces[0]!.subtabs[1]!.tab);
    expect(location.pathname).toBe(`/lightning/r/Case/${ESCALATION_CASE}/view`);
    sim.focusTab(SUNRISE, { url: true });
    // Back on the Account; now the subtab again, with the URL left on the Account.
    sim.focusTab(ESCALATION_CASE, { url: false });
    expect(location.pathname).toBe(`/lightning/r/Account/${SUNRISE}/view`);
    const facts = collectHere();
    expect(facts).toMatchObject({ kind: 'sf.case', ready: true, recordId: ESCALATION_CASE, accountId: SUNRISE_18 });
  });
});

/** Tab panels of the console (not a record page's own Details/Related panels). */
const consolePanels = (extra = '') => Array.from(document.querySelectorAll(`[role="tabpanel"]${extra}`)).filter((p) => p.localName !== 'flexipage-tab2');

describe('console selectors carry their evidence', () => {
  test('UTAM markup: two tab lists in view (workspaces, the focused workspace’s subtabs), tabs name panels by aria-controls', () => {
    openConsole('two-workspaces', `${CONSOLE}/lightning/r/Account/${SUNRISE}/view`, 'synthetic');
    // Workspaces + one subtab strip per workspace; record pages' own Details/Related tablists too.
    const consoleLists = Array.from(document.querySelectorAll(SF.tabList)).filter((l) => l.getAttribute('aria-label'));
    expect(consoleLists).toHaveLength(3);
    // 2 workspace tabs + 3 subtabs.
    expect(document.querySelectorAll(SF.controllingTab)).toHaveLength(5);
    expect(consolePanels(`.${SF.hideClass}`)).toHaveLength(0);
  });

  test('SLDS markup: no aria-controls, hidden workspaces carry slds-hide', () => {
    openConsole('split', `${CONSOLE_SPLIT}/lightning/r/Opportunity/${OPPORTUNITY}/view`, 'synthetic');
    expect(document.querySelectorAll(SF.controllingTab).length).toBe(0);
    // The Lakeside workspace and the one holding the stale copy.
    expect(consolePanels(`.${SF.hideClass}`)).toHaveLength(2);
  });
});
