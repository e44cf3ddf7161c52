// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { writeValue } from '../../../lib/dom/write-value';

test('writes through the prototype setter even when a framework shadowed the instance property', () => {
  const input = document.createElement('input');
  document.body.append(input);
  let trackerSaw = '';
  // React-style value tracking: an own property on the instance.
  const proto = Object.getPrototypeOf(input);
  const native = Object.getOwnPropertyDescriptor(proto, 'value') ?? Object.getOwnPropertyDescriptor(Object.getPrototypeOf(proto), 'value')!;
  Object.defineProperty(input, 'value', {
    configurable: true,
    get() {
      return native.get!.call(this);
    },
    set(v: string) {
      trackerSaw = v;
      native.set!.call(this, v);
    },
  });
  const events: string[] = [];
  document.addEventListener('input', (e) => events.push(`${e.type}:${(e.composedPath()[0] as HTMLInputElement).value}:${e.composed}`));
  document.addEventListener('change', (e) => events.push(`${e.type}:${(e.composedPath()[0] as HTMLInputElement).value}:${e.composed}`));
  expect(writeValue(input, 'hello')).toBe(true);
  expect(input.value).toBe('hello');
  expect(trackerSaw).toBe('');
  expect(events).toEqual(['input:hello:true', 'change:hello:true']);
});

test('events leave a shadow root (composed) and bubble to the document', () => {
  const host = document.createElement('x-field');
  const textarea = document.createElement('textarea');
  host.attachShadow({ mode: 'open' }).append(textarea);
  document.body.append(host);
  const seen: string[] = [];
  document.body.addEventListener('change', (e) => seen.push(`${e.composed}:${(e.composedPath()[0] as HTMLTextAreaElement).value}`));
  writeValue(textarea, 'line 1\nline 2');
  expect(seen).toEqual(['true:line 1\nline 2']);
});
