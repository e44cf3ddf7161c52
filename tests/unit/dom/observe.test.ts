// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { firstOf, observeBatched, whenIdleFrame, type ObservedChanges } from '../../../lib/dom/observe';
import { waitFor } from '../../../lib/dom/wait-for';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

let controller: AbortController;
beforeEach(() => {
  document.body.replaceChildren();
  controller = new AbortController();
});
afterEach(() => controller.abort());

describe('observeBatched', () => {
  test('many mutations in one frame → one callback', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const onChange = vi.fn();
    observeBatched([root], onChange, controller.signal);
    for (let i = 0; i < 50; i++) root.append(document.createElement('span'));
    root.firstElementChild!.setAttribute('class', 'x');
    root.firstElementChild!.textContent = 'text';
    await frame();
    expect(onChange).toHaveBeenCalledTimes(1);
    root.append('more');
    await frame();
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  test('sees changes inside open shadow roots present at start', async () => {
    const host = document.createElement('x-host');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div><span>old</span></div>';
    document.body.append(host);
    const onChange = vi.fn();
    observeBatched([document.body], onChange, controller.signal);
    shadow.querySelector('span')!.textContent = 'new';
    await frame();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  test('picks up shadow roots added later, including nested ones', async () => {
    const calls: ObservedChanges[] = [];
    observeBatched([document.body], (changes) => calls.push(changes), controller.signal);
    const outer = document.createElement('x-outer');
    const outerRoot = outer.attachShadow({ mode: 'open' });
    const inner = document.createElement('x-inner');
    const innerRoot = inner.attachShadow({ mode: 'open' });
    outerRoot.append(inner);
    document.body.append(outer);
    // The read, then the walk that registers both roots (handed on as unseen).
    await vi.waitFor(() => expect(calls.flatMap((c) => [...c.unseen])).toEqual([outer, inner]));
    const seen = calls.length;
    // Content rendered into the nested shadow root after insertion (LWC's connectedCallback).
    innerRoot.innerHTML = '<p>late</p>';
    await vi.waitFor(() => expect(calls.length).toBe(seen + 1));
    expect([...calls[seen]!.nodes]).toContain(innerRoot);
  });

  test('attributes outside the narrow filter (style) are ignored; class is not', async () => {
    const el = document.createElement('div');
    document.body.append(el);
    const onChange = vi.fn();
    observeBatched([document.body], onChange, controller.signal);
    el.setAttribute('style', 'opacity: .5');
    await frame();
    expect(onChange).not.toHaveBeenCalled();
    el.setAttribute('class', 'active');
    await frame();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  test('typing (a value change without mutation) counts, also from inside a shadow root', async () => {
    const host = document.createElement('x-field');
    const input = document.createElement('input');
    host.attachShadow({ mode: 'open' }).append(input);
    document.body.append(host);
    const onChange = vi.fn();
    observeBatched([document.body], onChange, controller.signal);
    input.value = 'typed';
    // `change` is not composed: only a listener on the shadow root itself hears it.
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await frame();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  test('each call is handed what changed since the previous one', async () => {
    const root = document.createElement('div');
    const kept = document.createElement('p');
    const gone = document.createElement('p');
    const text = document.createTextNode('old');
    kept.append(text);
    root.append(kept, gone);
    const host = document.createElement('x-field');
    const input = document.createElement('input');
    host.attachShadow({ mode: 'open' }).append(input);
    root.append(host);
    document.body.append(root);
    const calls: ObservedChanges[] = [];
    observeBatched([root], (changes) => calls.push(changes), controller.signal);

    const fresh = document.createElement('span');
    root.append(fresh);
    gone.remove();
    text.data = 'new';
    kept.setAttribute('class', 'x');
    kept.setAttribute('title', 'y');
    kept.setAttribute('style', 'color: red'); // not observed
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await frame();
    expect(calls).toHaveLength(1);
    const [first] = calls;
    expect(first!.roots).toEqual([root]);
    expect([...first!.added]).toEqual([fresh]);
    // The removed node's parent, the text, the element whose observed attributes changed.
    expect([...first!.nodes]).toEqual([root, text, kept]);
    // The listener on the field's shadow root sees the input itself, the one on root its host.
    expect([...first!.events]).toEqual(expect.arrayContaining([input]));

    fresh.textContent = 'later';
    await frame();
    expect(calls).toHaveLength(2);
    expect([...calls[1]!.nodes]).toEqual([fresh]);
    expect(calls[1]!.added.size + calls[1]!.events.size).toBe(0);
  });

  test('an element added and removed again before the read is not handed on as added; its parent is', async () => {
    const root = document.createElement('div');
    const box = document.createElement('section');
    root.append(box);
    document.body.append(root);
    const calls: ObservedChanges[] = [];
    observeBatched([root], (changes) => calls.push(changes), controller.signal);
    // A feed's row that came and went within the frame, and one that stays.
    const gone = document.createElement('p');
    const stays = document.createElement('p');
    box.append(gone, stays);
    gone.remove();
    await frame();
    expect(calls).toHaveLength(1);
    expect([...calls[0]!.added]).toEqual([stays]);
    expect([...calls[0]!.nodes]).toEqual([box]);
  });

  test('abort disconnects and cancels a pending frame', async () => {
    const onChange = vi.fn();
    observeBatched([document.body], onChange, controller.signal);
    document.body.append(document.createElement('p'));
    await Promise.resolve();
    controller.abort();
    await frame();
    document.body.append(document.createElement('p'));
    await frame();
    expect(onChange).not.toHaveBeenCalled();
  });

  test('a throwing consumer does not stop later notifications', async () => {
    const onChange = vi.fn(() => {
      throw new Error('consumer bug');
    });
    observeBatched([document.body], onChange, controller.signal);
    document.body.append('a');
    await frame();
    document.body.append('b');
    await frame();
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  test('the first change after a quiet spell is read by the next task or the next frame, whichever comes first; the rest of the burst waits for frames', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const onChange = vi.fn();
    observeBatched([root], onChange, controller.signal);
    // A frame that never comes (as when Chrome runs the task first): the task reads, the frame is cancelled.
    const frames = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 4242);
    const cancelled = vi.spyOn(window, 'cancelAnimationFrame');
    root.append(document.createElement('span'));
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(frames).toHaveBeenCalledTimes(1);
    expect(cancelled).toHaveBeenCalledWith(4242);
    frames.mockRestore();
    root.append(document.createElement('span')); // same burst: the next frame
    const burstFrames = vi.spyOn(window, 'requestAnimationFrame');
    await frame();
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(burstFrames).toHaveBeenCalled();
  });

  test('firstOf runs the callback once, by the first scheduler, and cancels the other', () => {
    const pending: Array<() => void> = [];
    const cancels: string[] = [];
    const manual = (name: string) => (cb: () => void) => {
      pending.push(cb);
      return () => cancels.push(name);
    };
    const cb = vi.fn();
    firstOf(manual('task'), manual('frame'))(cb);
    pending[1]!(); // the frame comes first
    pending[0]!();
    expect(cb).toHaveBeenCalledTimes(1);
    expect(cancels).toEqual(['task', 'frame']);
    const never = vi.fn();
    firstOf(manual('task'), manual('frame'))(never)();
    pending[2]!();
    expect(never).not.toHaveBeenCalled();
  });

  test('shadow roots under added elements are registered after the read, and a root found then is read again', async () => {
    const calls: ObservedChanges[] = [];
    const host = document.createElement('x-late');
    const shadow = host.attachShadow({ mode: 'open' });
    observeBatched(
      [document.body],
      (changes) => {
        calls.push(changes);
        // Rendered after the read, before the walk's task: only the walk's second read sees it.
        if (calls.length === 1) queueMicrotask(() => (shadow.innerHTML = '<p>rendered before the walk</p>'));
      },
      controller.signal,
    );
    document.body.append(host);
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect([...calls[0]!.added]).toEqual([host]);
    expect(calls[0]!.unseen.size).toBe(0);
    // Not moved, so not `added` again: its shadow tree was simply not watched until then.
    expect(calls[1]!.added.size).toBe(0);
    expect([...calls[1]!.unseen]).toEqual([host]);
    shadow.querySelector('p')!.textContent = 'observed now';
    await vi.waitFor(() => expect(calls).toHaveLength(3));
    expect(calls[2]!.nodes.size).toBeGreaterThan(0);
  });

  test('focus: outside the focused nodes only elements coming and going count; inside them text and attributes too; null watches everything again', async () => {
    const root = document.createElement('div');
    const field = document.createElement('x-field');
    const fieldText = document.createTextNode('value');
    field.append(fieldText);
    const other = document.createElement('p');
    const otherText = document.createTextNode('churn');
    other.append(otherText);
    root.append(field, other);
    document.body.append(root);
    const calls: ObservedChanges[] = [];
    const watcher = observeBatched([root], (changes) => calls.push(changes), controller.signal);
    watcher.focus([field]);
    const settle = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));

    other.setAttribute('class', 'selected');
    otherText.data = 'churn 2';
    await settle();
    await settle();
    expect(calls).toHaveLength(0);

    fieldText.data = 'new value';
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect([...calls[0]!.nodes]).toEqual([fieldText]);
    field.setAttribute('title', 'Stage');
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect([...calls[1]!.nodes]).toEqual([field]);

    const added = document.createElement('span');
    other.append(added);
    await vi.waitFor(() => expect(calls).toHaveLength(3));
    expect([...calls[2]!.added]).toEqual([added]);

    watcher.focus(null);
    other.setAttribute('class', 'again');
    await vi.waitFor(() => expect(calls).toHaveLength(4));
    expect([...calls[3]!.nodes]).toEqual([other]);
  });

  test('focus: a shadow root that appears inside a focused node later has its text watched', async () => {
    const root = document.createElement('div');
    const field = document.createElement('x-field');
    root.append(field);
    document.body.append(root);
    const calls: ObservedChanges[] = [];
    const watcher = observeBatched([root], (changes) => calls.push(changes), controller.signal);
    watcher.focus([field]);
    const inner = document.createElement('x-output');
    const shadow = inner.attachShadow({ mode: 'open' });
    const text = document.createTextNode('old');
    shadow.append(text);
    field.append(inner);
    // The read of the added element, then the walk that registers its shadow root (unseen).
    await vi.waitFor(() => expect(calls.flatMap((c) => [...c.unseen])).toEqual([inner]));
    const seen = calls.length;
    text.data = 'new';
    await vi.waitFor(() => expect(calls.length).toBe(seen + 1));
    expect([...calls[seen]!.nodes]).toEqual([text]);
  });

  test('never polls', async () => {
    const interval = vi.spyOn(globalThis, 'setInterval');
    const winInterval = vi.spyOn(window, 'setInterval');
    observeBatched([document.body], () => undefined, controller.signal);
    document.body.append('x');
    await frame();
    expect(interval).not.toHaveBeenCalled();
    expect(winInterval).not.toHaveBeenCalled();
  });
});

describe('whenIdleFrame and waitFor', () => {
  test('whenIdleFrame resolves true after a frame, false when aborted', async () => {
    await expect(whenIdleFrame(controller.signal)).resolves.toBe(true);
    const aborted = new AbortController();
    const pending = whenIdleFrame(aborted.signal);
    aborted.abort();
    await expect(pending).resolves.toBe(false);
  });

  test('waitFor resolves with the element once it renders (in a shadow root)', async () => {
    const host = document.createElement('x-late');
    const shadow = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    const found = waitFor([document.body], () => shadow.querySelector('.ready'), { signal: controller.signal, timeoutMs: 1000 });
    setTimeout(() => (shadow.innerHTML = '<i class="ready">ok</i>'), 10);
    expect((await found)?.textContent).toBe('ok');
  });

  test('waitFor gives up with null after the cap', async () => {
    await expect(waitFor([document.body], () => null, { signal: controller.signal, timeoutMs: 20 })).resolves.toBeNull();
  });
});
