/**
 * Runs once before the end-to-end tests. When the run is pinned (CSM_TEST_NOW, see clock.ts),
 * copies the build under test to a temporary directory with the clock shift prepended to every
 * script (background, content scripts, the sidebar app, the extension pages' chunks), and points
 * CSM_GUIDE_EXTENSION_DIR at the copy for the workers. The build itself is left as it is.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { extensionDir } from './launch';
import { clockOffset, clockShiftSource, TEST_NOW_ENV } from './clock';

async function scripts(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await scripts(full)));
    else if (entry.name.endsWith('.js')) out.push(full);
  }
  return out;
}

export default async function globalSetup(): Promise<(() => Promise<void>) | void> {
  const offset = clockOffset();
  if (offset === 0) return;
  const copy = await mkdtemp(path.join(os.tmpdir(), 'csm-guide-pinned-build-'));
  await cp(extensionDir(), copy, { recursive: true });
  const shift = clockShiftSource(offset);
  for (const file of await scripts(copy)) await writeFile(file, shift + (await readFile(file, 'utf8')));
  process.env.CSM_GUIDE_EXTENSION_DIR = copy;
  console.log(`e2e clock pinned: ${TEST_NOW_ENV}=${process.env[TEST_NOW_ENV]} (browser and Node), zone ${process.env.TZ}`);
  return async () => {
    await rm(copy, { recursive: true, force: true });
  };
}
