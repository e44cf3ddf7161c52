/**
 * What the built extension asks the browser to load: every content script (the loader that runs
 * on each page load of every site), the sidebar app the background injects only into a
 * recognised page, and the service worker. Raw bytes and gzip -9 bytes (what a size budget counts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BENCH_EXTENSION_DIR as EXTENSION_DIR } from './browser';

export interface FileSize {
  file: string;
  role: 'loader' | 'app' | 'background';
  rawBytes: number;
  gzipBytes: number;
}

const sizeOf = (file: string, role: FileSize['role']): FileSize => {
  const body = readFileSync(path.join(EXTENSION_DIR, file));
  return { file, role, rawBytes: body.length, gzipBytes: gzipSync(new Uint8Array(body), { level: 9 }).length };
};

export function measureSizes(): FileSize[] {
  const loaders = readdirSync(path.join(EXTENSION_DIR, 'content-scripts'))
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => sizeOf(`content-scripts/${name}`, 'loader'));
  const app = statSync(path.join(EXTENSION_DIR, 'csm-app.js'), { throwIfNoEntry: false }) ? [sizeOf('csm-app.js', 'app')] : [];
  return [...loaders, ...app, sizeOf('background.js', 'background')];
}
