// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import {
  closestAcrossShadow,
  composedParent,
  containsAcrossShadow,
  deepQuery,
  deepQueryAll,
  flatText,
  isHiddenAcrossShadow,
  shadowRootsUnder,
} from '../../../lib/dom/deep-query';

/** <x-card> with an open shadow root: <section><h2>Title</h2><slot name="body"></slot><p>fallback-free</p></section> */
function buildNative() {
  const host = document.createElement('x-card');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = '<section class="inner"><h2>Title</h2><span class="value"><slot name="body">fallback</slot></span></section>';
  const nested = document.createElement('x-value');
  nested.attachShadow({ mode: 'open' }).innerHTML = '<b class="deep">Deep text</b>';
  root.querySelector('section')!.append(nested);
  const light = document.createElement('em');
  light.setAttribute('slot', 'body');
  light.className = 'slotted';
  light.textContent = 'Slotted value';
  host.append(light);
  document.body.append(host);
  return { host, root, nested, light };
}

/** The same component in synthetic shadow: template as descendants, slot holding its child. */
function buildSynthetic() {
  const host = document.createElement('x-card');
  host.innerHTML =
    '<section class="inner"><h2>Title</h2><span class="value"><slot name="body"><em slot="body" class="slotted">Slotted value</em></slot></span><x-value><b class="deep">Deep text</b></x-value></section>';
  document.body.append(host);
  return { host };
}

beforeEach(() => document.body.replaceChildren());

describe('deep queries', () => {
  test('find elements in open shadow roots that querySelector cannot see', () => {
    buildNative();
    expect(document.querySelector('.deep')).toBeNull();
    expect(document.querySelector('.inner')).toBeNull();
    expect(deepQuery(document, '.deep')?.textContent).toBe('Deep text');
    expect(deepQueryAll(document, 'section, b, em').map((el) => el.className)).toEqual(['inner', 'deep', 'slotted']);
  });

  test('one code path: synthetic trees give the same answers', () => {
    buildSynthetic();
    expect(deepQuery(document, '.deep')?.textContent).toBe('Deep text');
    expect(deepQueryAll(document, 'section, b, em').map((el) => el.className)).toEqual(['inner', 'slotted', 'deep']);
  });

  test('shadow-including order: host, its shadow tree, then its light children', () => {
    const { host } = buildNative();
    const order = deepQueryAll(host, '*').map((el) => el.localName);
    expect(order).toEqual(['section', 'h2', 'span', 'slot', 'x-value', 'b', 'em']);
  });

  test('shadowRootsUnder lists nested roots, outermost first', () => {
    const { host, root, nested } = buildNative();
    expect(shadowRootsUnder(document.body)).toEqual([root, nested.shadowRoot]);
    expect(shadowRootsUnder(host)).toEqual([root, nested.shadowRoot]);
  });
});

describe('flattened text', () => {
  test('native: slots show their assigned nodes, hosts show their shadow tree', () => {
    const { host } = buildNative();
    expect(host.textContent).toBe('Slotted value');
    // <span> and <x-value> are inline: their text runs on; the <h2> block is its own line.
    expect(flatText(host)).toBe('Title\nSlotted valueDeep text');
  });

  test('synthetic: the same text', () => {
    const { host } = buildSynthetic();
    expect(flatText(host)).toBe('Title\nSlotted valueDeep text');
  });

  test('a slot without assigned nodes shows its fallback', () => {
    const host = document.createElement('x-empty');
    host.attachShadow({ mode: 'open' }).innerHTML = '<span><slot>nothing yet</slot></span>';
    document.body.append(host);
    expect(flatText(host)).toBe('nothing yet');
  });

  test('<br> and blocks become lines; spaces collapse; scripts and styles are skipped', () => {
    const div = document.createElement('div');
    div.innerHTML = 'first   line<br>second&nbsp;line<p>para</p><style>.x{}</style><script>1</script>';
    expect(flatText(div)).toBe('first line\nsecond line\npara');
  });
});

describe('climbing across shadow boundaries', () => {
  test('closestAcrossShadow finds ancestors outside the shadow root', () => {
    const { nested } = buildNative();
    const deep = nested.shadowRoot!.querySelector('.deep')!;
    expect(deep.closest('x-card')).toBeNull();
    expect(closestAcrossShadow(deep, 'x-card')?.localName).toBe('x-card');
    expect(closestAcrossShadow(deep, '.inner')?.className).toBe('inner');
    expect(closestAcrossShadow(deep, 'table')).toBeNull();
  });

  test('composedParent and containsAcrossShadow', () => {
    const { host, root, nested } = buildNative();
    expect(composedParent(root.firstElementChild!)).toBe(host);
    const deep = nested.shadowRoot!.querySelector('.deep')!;
    expect(host.contains(deep)).toBe(false);
    expect(containsAcrossShadow(host, deep)).toBe(true);
    expect(containsAcrossShadow(document.body, deep)).toBe(true);
  });

  test('isHiddenAcrossShadow sees a hidden ancestor beyond the shadow root', () => {
    const { host, nested } = buildNative();
    const deep = nested.shadowRoot!.querySelector('.deep')!;
    expect(isHiddenAcrossShadow(deep)).toBe(false);
    host.style.display = 'none';
    expect(isHiddenAcrossShadow(deep)).toBe(true);
    host.style.display = '';
    host.setAttribute('hidden', '');
    expect(isHiddenAcrossShadow(deep)).toBe(true);
  });
});
