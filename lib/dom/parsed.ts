/**
 * Resolves once the document is parsed (DOMContentLoaded, or at once if that has passed). The
 * loader runs at document_start and the app is injected as soon as it asks, so both can start
 * before the page's <body> exists: what reads or writes the page waits for this, what does not
 * (storage reads, the script's own start) does not wait.
 */
export const whenParsed = (doc: Document, signal?: AbortSignal): Promise<void> =>
  doc.readyState !== 'loading'
    ? Promise.resolve()
    : new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true, ...(signal ? { signal } : {}) }));
