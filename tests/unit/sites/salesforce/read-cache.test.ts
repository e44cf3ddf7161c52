// @vitest-environment happy-dom
/**
 * Reads between changes keep what the changes cannot have touched (lib/sites/salesforce/
 * read-cache.ts): the verified scope, the field list and label index, the fields whose subtrees
 * did not change. Every read here is driven like app/page-session.ts drives it (the observer's
 * changes passed to collect) and compared with a full read of the same page through a separate
 * session: the cache must never change what is read.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { deepQuery } from '../../../../lib/dom/deep-query';
import { observeBatched, type BatchedObserver, type ObservedChanges } from '../../../../lib/dom/observe';
import { sameVisibilityTargets, watchVisibility, type VisibilityTargets } from '../../../../lib/dom/watch-visibility';
import type { PageFacts } from '../../../../lib/core/facts/page-facts';
import { salesforceAdapter } from '../../../../lib/sites/salesforce/adapter';
import { applyChanges, cacheFor, rawRead, readStats, resetReadStats } from '../../../../lib/sites/salesforce/read-cache';
import type { AdapterSettings, PageMatch } from '../../../../lib/sites/types';
import { Builder, recordHome } from '../../../fixtures/salesforce/lightning-sim.js';
import { RECORDS } from '../../../fixtures/salesforce/records.js';
import { openFixture, row, SHADOW_MODES, type OpenFixture } from './fixture-dom';

const stops: Array<() => void> = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

/** A page session in miniature: read, observe the adapter's roots, re-read with the changes. */
function track(url: URL, match: PageMatch, settings: AdapterSettings) {
  let observed: readonly Node[] = [];
  let observer: AbortController | null = null;
  let batched: BatchedObserver | null = null;
  let visibility: VisibilityTargets | null = null;
  let visibilityWatch: AbortController | null = null;
  let latest: PageFacts | undefined;
  let reads = 0;
  const read = (changes?: ObservedChanges) => {
    latest = salesforceAdapter.collect(document, url, match, settings, changes)[0];
    reads += 1;
    const roots = salesforceAdapter.observeRoots(document, match);
    if (roots.length !== observed.length || roots.some((r, i) => r !== observed[i])) {
      observer?.abort();
      observer = new AbortController();
      observed = roots;
      batched = observeBatched(roots, read, observer.signal);
    }
    // As app/page-session.ts does: text and attributes only where the read depends on them,
    // and the containers' own attributes (which record is shown) through the visibility watch.
    batched?.focus(salesforceAdapter.observeDetail!(document, match));
    const targets = salesforceAdapter.visibilityTargets!(document);
    if (!sameVisibilityTargets(visibility, targets)) {
      visibilityWatch?.abort();
      visibilityWatch = new AbortController();
      visibility = targets;
      watchVisibility(targets, () => read(), visibilityWatch.signal);
    }
  };
  read();
  stops.push(() => {
    observer?.abort();
    visibilityWatch?.abort();
  });
  return {
    get facts() {
      return latest!;
    },
    get reads() {
      return reads;
    },
    /** Resolves after the observer's next read. */
    async next(): Promise<PageFacts> {
      const before = reads;
      await vi.waitFor(() => expect(reads).toBeGreaterThan(before), { timeout: 2000, interval: 5 });
      return latest!;
    },
  };
}

/** The same page read in full, in a session of its own (its own match object, no changes). */
const fullRead = (page: OpenFixture, settings: AdapterSettings = page.settings) =>
  salesforceAdapter.collect(document, page.url, { ...page.match }, settings)[0]!;

/** The text node under `el` (composed tree) holding `data`. */
function textNodeUnder(el: Element, data: string): Text {
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3 && (node as Text).data.includes(data)) return node as Text;
    stack.push(...Array.from(node.childNodes));
    if (node.nodeType === 1 && (node as Element).shadowRoot) stack.push((node as Element).shadowRoot!);
  }
  throw new Error(`no text "${data}"`);
}

const item = (label: string) => deepQuery<HTMLElement>(document, `records-record-layout-item[field-label="${label}"]`)!;

describe.each(SHADOW_MODES)('read cache, %s shadow', (shadow) => {
  test('churn outside the fields: no field re-read, no re-listing, no scope walk; same facts', async () => {
    const page = await openFixture(row('salesforce/opportunity.html'), { shadow });
    const session = track(page.url, page.match, page.settings);
    expect(session.facts.ready).toBe(true);

    resetReadStats();
    const section = document.querySelector('.oneContent.active .slds-section__content') ?? document.querySelector('.oneContent.active')!;
    const box = document.createElement('div');
    section.append(box);
    for (let i = 0; i < 30; i++) {
      const row = document.createElement('div');
      row.textContent = `Row ${i}`;
      box.append(row);
      row.classList.toggle('slds-is-selected');
      if (i % 3 === 0) row.remove();
    }
    const before = session.facts;
    const facts = await session.next();
    // Counted, not timed: an unchanged layout costs no field read and no walk of the record.
    expect(readStats).toEqual({ full: 0, incremental: 1, fieldReads: 0, fieldLists: 0 });
    // The very facts of the read before (the session then has nothing to compare or follow).
    expect(facts).toBe(before);
    expect(facts).toEqual(fullRead(page));
  });

  test("fields read every time (checkboxes): churn around them keeps the facts while they read the same; a box's state changed without a mutation is seen", async () => {
    const page = await openFixture(row('salesforce/onboarding.html'), { shadow });
    const session = track(page.url, page.match, page.settings);
    expect(session.facts.ready).toBe(true);
    const box = deepQuery<HTMLInputElement>(item('Learning'), 'input[type="checkbox"]')!;
    const before = session.facts;
    const section = document.querySelector('.oneContent.active .slds-section__content') ?? document.querySelector('.oneContent.active')!;

    resetReadStats();
    section.append(document.createElement('div'));
    expect(await session.next()).toBe(before);
    // Only the fields never kept were read again.
    expect(readStats.fieldReads).toBeGreaterThan(0);
    expect(readStats.fieldReads).toBeLessThan(Object.keys(before.fields).length);

    box.checked = !box.checked; // a property: no mutation
    section.append(document.createElement('div'));
    const after = await session.next();
    expect(after).not.toBe(before);
    expect(after.fields['ob.learning']).toMatchObject({ status: 'ok', value: box.checked });
    expect(after).toEqual(fullRead(page));
  });

  test('no host panel opens in the record read (panelFree): its shown body while the cache stands, nothing for the New Case modal', async () => {
    const page = await openFixture(row('salesforce/opportunity.html'), { shadow });
    expect(salesforceAdapter.panelFree!(document, page.match)).toEqual([]);
    const session = track(page.url, page.match, page.settings);
    expect(session.facts.ready).toBe(true);
    const [root] = salesforceAdapter.observeRoots(document, page.match);
    expect(salesforceAdapter.panelFree!(document, page.match)).toEqual([root]);

    // The modal is the read's root there, and the page under it is the app's: nothing is left out.
    const modal = await openFixture(row('salesforce/case-new.html', '012Hs000000Esc1IAC'), { shadow });
    expect(fullRead(modal).ready).toBe(true);
    salesforceAdapter.collect(document, modal.url, modal.match, modal.settings);
    expect(salesforceAdapter.panelFree!(document, modal.match)).toEqual([]);
  });

  test('a read kept up to date by the observers asks no style: which body is shown is the visibility watch\'s', async () => {
    const page = await openFixture(row('salesforce/opportunity.html'), { shadow });
    const session = track(page.url, page.match, page.settings);
    const proto = Element.prototype as Element & { checkVisibility?: () => boolean };
    const original = proto.checkVisibility;
    const styleReads = vi.fn(() => true);
    proto.checkVisibility = styleReads;
    stops.push(() => {
      if (original) proto.checkVisibility = original;
      else Reflect.deleteProperty(proto, 'checkVisibility');
    });
    const section = document.querySelector('.oneContent.active .slds-section__content') ?? document.querySelector('.oneContent.active')!;
    section.append(document.createElement('div'));
    await session.next();
    expect(styleReads).not.toHaveBeenCalled();

    // The body's container hidden by a stylesheet rule on a class of its own (no attribute that
    // says so): the visibility watch reads in full, which asks, and the record is not shown.
    styleReads.mockReturnValue(false);
    document.querySelector('div.oneContent.active')!.classList.add('closed-by-a-stylesheet');
    const hidden = await session.next();
    expect(styleReads).toHaveBeenCalled();
    expect(hidden.ready).toBe(false);
    expect(hidden).toEqual(fullRead(page));
  });

  test('narrow watch: class and text changes outside the fields cause no read; elements coming and going and text in a field do', async () => {
    const page = await openFixture(row('salesforce/opportunity.html'), { shadow });
    const session = track(page.url, page.match, page.settings);
    const section = document.querySelector('.oneContent.active .slds-section__content') ?? document.querySelector('.oneContent.active')!;
    const box = document.createElement('div');
    box.textContent = 'Row';
    section.append(box);
    await session.next(); // an element added anywhere in the record is read
    const quiet = session.reads;
    box.classList.toggle('slds-is-selected');
    (box.firstChild as Text).data = 'Row 2';
    box.setAttribute('title', 'churn');
    // Several frames and tasks: a read, had one been scheduled, would have run by now.
    for (let i = 0; i < 3; i++) await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
    expect(session.reads).toBe(quiet);
    textNodeUnder(item('Opportunity Name'), 'Sunrise Family Clinic - New Business').data = 'Renamed Deal';
    const facts = await session.next();
    expect(facts.fields['opp.name']).toEqual({ status: 'ok', label: 'Opportunity Name', value: 'Renamed Deal' });
    expect(facts).toEqual(fullRead(page));
  });

  test('a field node replaced (a saved inline edit): that field is read again, the others kept', async () => {
    const page = await openFixture(row('salesforce/opportunity.html'), { shadow });
    const sim = await page.rendered;
    const session = track(page.url, page.match, page.settings);
    expect(session.facts.fields['opp.stage']).toMatchObject({ status: 'ok', value: 'Closed Won' });

    resetReadStats();
    expect(sim.setField('Stage', 'Negotiation')).toBe(true);
    const facts = await session.next();
    expect(readStats.full).toBe(0);
    // The replaced item is a new element: the list is rebuilt, and only new elements are read.
    expect(readStats.fieldLists).toBe(1);
    expect(readStats.fieldReads).toBeLessThanOrEqual(2); // the layout item (and a highlights copy)
    expect(facts.fields['opp.stage']).toEqual({ status: 'ok', label: 'Stage', value: 'Negotiation' });
    expect(facts).toEqual(fullRead(page));
  });

  test('text changed inside one field: only that field is read again', async () => {
    const page = await openFixture(row('salesforce/opportunity.html'), { shadow });
    const session = track(page.url, page.match, page.settings);
    const text = textNodeUnder(item('Opportunity Name'), 'Sunrise Family Clinic - New Business');

    resetReadStats();
    text.data = 'Renamed Deal';
    const facts = await session.next();
    expect(readStats).toEqual({ full: 0, incremental: 1, fieldReads: 1, fieldLists: 0 });
    expect(facts.fields['opp.name']).toEqual({ status: 'ok', label: 'Opportunity Name', value: 'Renamed Deal' });
    expect(facts).toEqual(fullRead(page));

    // Back to churn around the fields: the new facts are kept, not the ones before the change.
    document.querySelector('.oneContent.active')!.append(document.createElement('div'));
    expect(await session.next()).toBe(facts);
  });

  test('labels changed on the page: renamed, removed and back again', async () => {
    const page = await openFixture(row('salesforce/opportunity.html'), { shadow });
    const session = track(page.url, page.match, page.settings);
    const stage = item('Stage');

    stage.setAttribute('field-label', 'Sales Stage');
    let facts = await session.next();
    expect(facts.fields['opp.stage']).toMatchObject({ status: 'missing', reason: 'label-not-found' });
    expect(facts).toEqual(fullRead(page));
    // The label the settings name now: the index follows the renamed field.
    const renamed = { ...page.settings, labels: { ...page.settings.labels, 'opp.stage': 'Sales Stage' } };
    expect(fullRead(page, renamed).fields['opp.stage']).toMatchObject({ status: 'ok', value: 'Closed Won' });

    stage.removeAttribute('field-label'); // a blank space now
    facts = await session.next();
    expect(facts).toEqual(fullRead(page));
    stage.setAttribute('field-label', 'Stage');
    facts = await session.next();
    expect(facts.fields['opp.stage']).toMatchObject({ status: 'ok', value: 'Closed Won' });
    expect(facts).toEqual(fullRead(page));
  });

  test('labels renamed in settings: another settings object is never served from the cache', async () => {
    const page = await openFixture(row('salesforce/opportunity.html'), { shadow });
    const session = track(page.url, page.match, page.settings);
    const first = session.facts;
    const plain = { ...page.settings, labels: { ...page.settings.labels, 'opp.stage': 'Sales Stage' } };
    resetReadStats();
    const changes: ObservedChanges = { roots: salesforceAdapter.observeRoots(document, page.match), nodes: new Set(), added: new Set(), events: new Set(), unseen: new Set() };
    const read = salesforceAdapter.collect(document, page.url, page.match, plain, changes)[0]!;
    expect(readStats.full).toBe(1);
    expect(read).toEqual(fullRead(page, plain));
    expect(read).not.toEqual(first);
  });

  test('the record replaced in place (same container, another record): not ready, as a full read says', async () => {
    const page = await openFixture(row('salesforce/opportunity.html'), { shadow });
    const session = track(page.url, page.match, page.settings);
    const content = document.querySelector('div.oneContent.active')!;
    content.replaceChildren(new Builder(document, shadow).h('div', { class: 'oneRecordHomeFlexipage2Wrapper' }, [recordHome(new Builder(document, shadow), RECORDS.accountLakeside)]));
    const facts = await session.next();
    expect(facts.ready).toBe(false);
    expect(facts).toEqual(fullRead(page));
  });

  test('SPA navigation away and back: the old session follows the shown container like a full read', async () => {
    const page = await openFixture(row('salesforce/opportunity.html'), { shadow });
    const sim = await page.rendered;
    const session = track(page.url, page.match, page.settings);
    const before = session.facts;
    await sim.navigate(RECORDS.accountLakeside);
    await vi.waitFor(() => expect(session.facts).toEqual(fullRead(page)));
    expect(session.facts.ready).toBe(false);
    await sim.navigateToId('006Hs00001Bq7ZrIAJ');
    await vi.waitFor(() => expect(session.facts.ready).toBe(true));
    expect(session.facts).toEqual(before);
    expect(session.facts).toEqual(fullRead(page));
  });

  test('a shadow tree registered after the read (unseen): the fields in it are read again; the list only if a field in it is new', async () => {
    const page = await openFixture(row('salesforce/opportunity.html'), { shadow });
    track(page.url, page.match, page.settings);
    const cache = cacheFor(document, page.match, page.settings)!;
    const stage = item('Stage');
    const changes = (unseen: Element[]): ObservedChanges => ({ roots: [cache.root], nodes: new Set(), added: new Set(), events: new Set(), unseen: new Set(unseen) });
    rawRead(cache, cache.byElement.get(stage)!);
    resetReadStats();
    expect(applyChanges(cache, changes([stage]))).toBe(true);
    expect(readStats.fieldLists).toBe(0);
    expect(cache.raw.has(stage)).toBe(false);
    // A field element never listed, inside an element whose shadow tree was just registered.
    const box = document.createElement('div');
    stage.parentElement!.append(box);
    const late = document.createElement(stage.localName);
    late.setAttribute('field-label', 'Late Field');
    box.append(late);
    expect(applyChanges(cache, changes([box]))).toBe(true);
    expect(readStats.fieldLists).toBe(1);
    expect(cache.elements.has(late)).toBe(true);
  });

  test('an input event the cache cannot place in a field → a full read', async () => {
    const page = await openFixture(row('salesforce/opportunity.html'), { shadow });
    track(page.url, page.match, page.settings);
    const cache = cacheFor(document, page.match, page.settings)!;
    expect(cache).toBeDefined();
    const changes = (events: Node[]): ObservedChanges => ({ roots: [cache.root], nodes: new Set(), added: new Set(), events: new Set(events), unseen: new Set() });
    expect(applyChanges(cache, changes([cache.root]))).toBe(false);
    const output = deepQuery(item('Stage'), '[slot="outputField"]')!;
    expect(applyChanges(cache, changes([output]))).toBe(true);
    // Changes from an observer of another root were not all seen.
    expect(applyChanges(cache, { ...changes([]), roots: [document.body] })).toBe(false);
  });
});
