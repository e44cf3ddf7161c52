import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT } from '../harness';

/**
 * Saves a review screenshot to tests/e2e/artifacts/screenshots/<name>. With
 * UPDATE_DOCS_SCREENSHOTS=1 it also refreshes docs/screenshots/<name>, the copies README shows:
 * a plain test run never rewrites tracked files.
 */
export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  const artifact = path.join(ROOT, 'tests/e2e/artifacts/screenshots', name);
  await mkdir(path.dirname(artifact), { recursive: true });
  await page.screenshot({ path: artifact, ...options });
  if (process.env.UPDATE_DOCS_SCREENSHOTS === '1') {
    const docs = path.join(ROOT, 'docs/screenshots', name);
    await mkdir(path.dirname(docs), { recursive: true });
    await copyFile(artifact, docs);
  }
}
