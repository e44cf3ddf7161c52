// @vitest-environment happy-dom
/**
 * lib/dom remembers what chrome.dom.openOrClosedShadowRoot answered per element (npm run bench
 * found that call to be most of the sidebar's work while a page churns). These tests pin what
 * the cache must not change: closed roots are still found, open roots attached later are still
 * seen, and each element costs at most one call into the extension bindings.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deepQuery, deepQueryAll, shadowRootOf, shadowRootsUnder } from '@/lib/dom/deep-query';
import { labelTextMatches, normalizeLabelText } from '@/lib/dom/label-text';

type ChromeLike = { dom: { openOrClosedShadowRoot: (el: Element) => ShadowRoot | null } };
const g = globalThis as unknown as { chrome?: ChromeLike };
let saved: ChromeLike | undefined;
const closed = new WeakMap<Element, ShadowRoot>();
const openOrClosedShadowRoot = vi.fn((el: Element) => el.shadowRoot ?? closed.get(el) ?? null);

beforeEach(() => {
  saved = g.chrome;
  g.chrome = { dom: { openOrClosedShadowRoot } };
  openOrClosedShadowRoot.mockClear();
  document.body.replaceChildren();
});
afterEach(() => {
  g.chrome = saved;
});

const closedHost = (tag: string, html: string) => {
  const host = document.createElement(tag);
  const root = host.attachShadow({ mode: 'closed' });
  root.innerHTML = html;
  closed.set(host, root);
  return host;
};

describe('shadow roots through chrome.dom, remembered per element', () => {
  it('finds a closed root, and asks the bindings once per element however often the page is read', () => {
    const host = closedHost('x-closed', '<span class="inside">secret layout</span>');
    document.body.append(host, document.createElement('div'));
    for (let read = 0; read < 5; read++) {
      expect(deepQuery(document.body, '.inside')?.textContent).toBe('secret layout');
      expect(shadowRootsUnder(document.body)).toHaveLength(1);
    }
    // Four elements were visited (body, x-closed, its span, the div); only the custom element
    // can be a component with a closed root: one call for it, not one per read.
    expect(openOrClosedShadowRoot).toHaveBeenCalledTimes(1);
    expect(openOrClosedShadowRoot).toHaveBeenCalledWith(host);
  });

  it('asks about custom elements only: plain elements are never a component with a closed root', () => {
    const plain = document.createElement('div');
    plain.append(document.createElement('span'), document.createElement('x-item'));
    document.body.append(plain);
    expect(shadowRootsUnder(document.body)).toHaveLength(0);
    expect(openOrClosedShadowRoot.mock.calls.map(([el]) => el.localName)).toEqual(['x-item']);
  });

  it('still sees an OPEN root attached after the element was first visited', () => {
    const late = document.createElement('x-late');
    document.body.append(late);
    expect(shadowRootOf(late)).toBeNull();
    const root = late.attachShadow({ mode: 'open' });
    root.innerHTML = '<b class="late">rendered later</b>';
    expect(shadowRootOf(late)).toBe(root);
    expect(deepQueryAll(document.body, '.late')).toHaveLength(1);
  });

  it('reads the same without the extension bindings (tests, extension pages)', () => {
    g.chrome = undefined;
    const host = document.createElement('x-open');
    host.attachShadow({ mode: 'open' }).innerHTML = '<i class="o">open</i>';
    document.body.append(host);
    expect(deepQuery(document.body, '.o')?.textContent).toBe('open');
  });
});

describe('label normalisation, remembered per text', () => {
  it('gives the same answers the second time, decorations and case included', () => {
    const labels = ['* Due Date', 'Due Date Required', 'Company Name:', 'ACCOUNT  ID *', 'Account ID'];
    const first = labels.map(normalizeLabelText);
    expect(first).toEqual(['due date', 'due date', 'company name', 'account id', 'account id']);
    expect(labels.map(normalizeLabelText)).toEqual(first);
    expect(labelTextMatches('ACCOUNT  ID *', 'account id')).toBe(true);
  });

  it('stays correct past its bound (many distinct texts)', () => {
    for (let i = 0; i < 5000; i++) expect(normalizeLabelText(`Field ${i}:`)).toBe(`field ${i}`);
    expect(normalizeLabelText('* Due Date')).toBe('due date');
  });
});
