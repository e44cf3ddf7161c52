import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

// No testing-library: react-dom/client + act in happy-dom.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLElement;
  rerender(ui: ReactNode): void;
  unmount(): void;
  $(selector: string): HTMLElement | null;
  $$(selector: string): HTMLElement[];
}

const mounted = new Set<Rendered>();

export function render(ui: ReactNode): Rendered {
  const container = document.createElement('div');
  document.body.append(container);
  let root: Root;
  act(() => {
    root = createRoot(container);
    root.render(ui);
  });
  const rendered: Rendered = {
    container,
    rerender(next) {
      act(() => root.render(next));
    },
    unmount() {
      act(() => root.unmount());
      container.remove();
      mounted.delete(rendered);
    },
    $: (selector) => container.querySelector<HTMLElement>(selector),
    $$: (selector) => [...container.querySelectorAll<HTMLElement>(selector)],
  };
  mounted.add(rendered);
  return rendered;
}

export function cleanup(): void {
  for (const r of [...mounted]) r.unmount();
}

export function click(element: Element | null): void {
  if (!element) throw new Error('click: no element');
  act(() => {
    (element as HTMLElement).click();
  });
}

export function key(element: Element | null, keyName: string): void {
  if (!element) throw new Error('key: no element');
  act(() => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key: keyName, bubbles: true, cancelable: true, composed: true }));
  });
}

/** Sets an input's value the way React notices (through the native setter), then fires input. */
export function type(input: Element | null, value: string): void {
  if (!(input instanceof HTMLInputElement)) throw new Error('type: not an input');
  act(() => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Chooses an option of a select and fires change. */
export function select(element: Element | null, value: string): void {
  if (!(element instanceof HTMLSelectElement)) throw new Error('select: not a select');
  act(() => {
    element.value = value;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
