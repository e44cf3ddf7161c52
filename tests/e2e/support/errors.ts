import type { Page, Worker } from '@playwright/test';

/**
 * Every error the tab reports (page world and the extension's content-script world alike:
 * uncaught exceptions and console errors) and the extension service worker's console errors.
 * Requests the harness aborts on purpose (hosts other than the fixtures) are left out.
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (/^Failed to load resource: net::ERR_(BLOCKED_BY_CLIENT|FAILED)/.test(message.text())) return;
    errors.push(`console.error: ${message.text()}`);
  });
  const watchWorker = (worker: Worker) =>
    worker.on('console', (message) => {
      if (message.type() === 'error') errors.push(`service worker console.error: ${message.text()}`);
    });
  const context = page.context();
  context.serviceWorkers().forEach(watchWorker);
  context.on('serviceworker', watchWorker);
  return errors;
}
