/**
 * Typing into host-page controls the way frameworks notice. LWC, React and Aura track an input's
 * value through its `value` property and listen for `input`/`change`; assigning `.value` on an
 * instance whose framework shadowed the property would bypass them, so the setter is taken from
 * the prototype chain (the "native setter") and the events are fired after it.
 */

/** Sets `el.value` through the nearest prototype setter (skipping instance overrides). */
export function setNativeValue(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  let proto: object | null = Object.getPrototypeOf(el);
  while (proto) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'value');
    if (descriptor?.set) {
      descriptor.set.call(el, value);
      return;
    }
    proto = Object.getPrototypeOf(proto);
  }
  el.value = value;
}

/**
 * Fires `input` then `change`, bubbling and composed so listeners outside the control's shadow
 * roots (the LWC that owns it) see them. Events are built from the element's own window.
 */
export function dispatchValueEvents(el: Element): void {
  const view = el.ownerDocument?.defaultView as (Window & typeof globalThis) | null;
  const EventCtor = view?.Event ?? Event;
  const InputEventCtor = view?.InputEvent;
  const input = InputEventCtor
    ? new InputEventCtor('input', { bubbles: true, composed: true, inputType: 'insertReplacementText' })
    : new EventCtor('input', { bubbles: true, composed: true });
  el.dispatchEvent(input);
  el.dispatchEvent(new EventCtor('change', { bubbles: true, composed: true }));
}

/** Sets the value and announces it; returns whether the control kept the value. */
export function writeValue(el: HTMLInputElement | HTMLTextAreaElement, value: string): boolean {
  setNativeValue(el, value);
  dispatchValueEvents(el);
  return el.value === value;
}
