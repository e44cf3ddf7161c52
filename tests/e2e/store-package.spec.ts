/**
 * The Chrome Web Store upload (issue 13, item 5), checked on the BUILT manifest and files that
 * `npm run zip` packs (.output/chrome-mv3; CSM_GUIDE_EXTENSION_DIR points at another build):
 * name, description within the store's 132 characters, a version, the 16/32/48/128 px icons as
 * real PNGs of those sizes, and the toolbar button opening the "My day" popup.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { EXTENSION_DIR } from './harness';

const BUILD = process.env.CSM_GUIDE_EXTENSION_DIR ? path.resolve(process.env.CSM_GUIDE_EXTENSION_DIR) : EXTENSION_DIR;

interface Manifest {
  name?: string;
  description?: string;
  version?: string;
  icons?: Record<string, string>;
  action?: { default_popup?: string; default_title?: string };
}
const manifest = (): Manifest => JSON.parse(readFileSync(path.join(BUILD, 'manifest.json'), 'utf8')) as Manifest;

/** Width and height from a PNG's IHDR chunk, or null when the file is not a PNG. */
const pngSize = (file: string): { width: number; height: number } | null => {
  const data = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!data.subarray(0, 8).equals(signature) || data.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
};

test('the manifest names, describes and versions the extension as the store listing needs', () => {
  const m = manifest();
  expect(m.name).toBe('CSM Guide');
  expect(m.description?.length).toBeGreaterThan(20);
  expect(m.description!.length).toBeLessThanOrEqual(132);
  expect(m.version).toMatch(/^\d+\.\d+\.\d+$/);
});

test('the manifest carries the 16, 32, 48 and 128 px icons, each a PNG of its size', () => {
  const icons = manifest().icons ?? {};
  expect(Object.keys(icons).sort((a, b) => Number(a) - Number(b))).toEqual(['16', '32', '48', '128']);
  for (const [size, file] of Object.entries(icons)) {
    const full = path.join(BUILD, file);
    expect(existsSync(full), `${file} is in the package`).toBe(true);
    expect(pngSize(full), file).toEqual({ width: Number(size), height: Number(size) });
  }
});

test('the toolbar button opens the My day popup', () => {
  const action = manifest().action;
  expect(action?.default_popup).toBe('popup.html');
  expect(action?.default_title).toBe('CSM Guide: my day');
  expect(existsSync(path.join(BUILD, 'popup.html'))).toBe(true);
});
