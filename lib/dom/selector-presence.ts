/**
 * Calls back once when an element matching `selector` exists in the document, without a
 * MutationObserver over the whole page: a 1 ms CSS animation on matching elements fires
 * `animationstart` (refined-github's selector-observer technique). Used by the loaders, which
 * run on every page of a site all day. Light DOM only — which is where Gmail's composes live.
 */
export const whenPresent = (doc: Document, selector: string, signal: AbortSignal, onPresent: () => void): void => {
  if (signal.aborted) return;
  if (doc.querySelector(selector)) {
    onPresent();
    return;
  }
  const name = `csm-guide-presence-${Math.random().toString(36).slice(2, 8)}`;
  const style = doc.createElement('style');
  style.textContent = `@keyframes ${name}{from{outline-color:inherit}to{outline-color:inherit}}:where(${selector}){animation:1ms ${name}}`;
  const stop = () => {
    style.remove();
    doc.removeEventListener('animationstart', onStart, true);
  };
  function onStart(event: Event) {
    if ((event as AnimationEvent).animationName !== name) return;
    stop();
    onPresent();
  }
  doc.addEventListener('animationstart', onStart, true);
  signal.addEventListener('abort', stop, { once: true });
  (doc.head ?? doc.documentElement).append(style);
};
