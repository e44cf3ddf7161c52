/**
 * What the built extension asks the browser to load: every content script (the loader that runs
 * on each page load of every site), the sidebar app the background injects only into a
 * recognised page (one bundle per site, `csm-app-<site>.js`; a single `csm-app.js` in builds
 * before the split), and the service worker. Raw bytes and gzip -9 bytes (what a size budget counts).
 *
 * The app's own code (issue 25: ≤ 100 kB gzipped for the site it runs on) is everything but
 * React, ReactDOM and the scheduler: the app's gzipped size minus that of a bundle of React
 * alone (react, react/jsx-runtime, react-dom and react-dom/client, minified for production by
 * the same bundler, built here). gzip is not additive, so this is an estimate; it errs low by
 * what React and the app's code would share in one gzip window, which is little.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BENCH_EXTENSION_DIR as EXTENSION_DIR } from './browser';

export interface FileSize {
  file: string;
  role: 'loader' | 'app' | 'background';
  rawBytes: number;
  gzipBytes: number;
  /** Apps only: gzipBytes minus React's gzipped bytes (see above). */
  ownGzipBytes?: number;
}

const gzip = (body: string | Buffer) => gzipSync(typeof body === 'string' ? body : new Uint8Array(body), { level: 9 }).length;

const sizeOf = (file: string, role: FileSize['role']): FileSize => {
  const body = readFileSync(path.join(EXTENSION_DIR, file));
  return { file, role, rawBytes: body.length, gzipBytes: gzip(body) };
};

/** React, ReactDOM and the scheduler alone, minified for production: gzipped bytes. */
export async function reactGzipBytes(): Promise<number> {
  const { build } = await import('vite');
  const ENTRY = '\0react-only';
  const out = await build({
    configFile: false,
    root: process.cwd(),
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [
      {
        name: 'react-only',
        resolveId: (id) => (id === 'react-only' ? ENTRY : null),
        load: (id) =>
          id === ENTRY
            ? "import * as R from 'react'; import * as J from 'react/jsx-runtime'; import * as D from 'react-dom'; import * as C from 'react-dom/client'; globalThis.__reactOnly = [R, J, D, C];"
            : null,
      },
    ],
    build: { write: false, minify: true, rollupOptions: { input: 'react-only', output: { format: 'iife' } } },
  });
  const result = (Array.isArray(out) ? out[0] : out) as { output: Array<{ type: string; code?: string }> };
  return gzip(result.output.find((o) => o.type === 'chunk')!.code!);
}

export async function measureSizes(): Promise<FileSize[]> {
  const loaders = readdirSync(path.join(EXTENSION_DIR, 'content-scripts'))
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => sizeOf(`content-scripts/${name}`, 'loader'));
  const react = await reactGzipBytes();
  const apps = readdirSync(EXTENSION_DIR)
    .filter((name) => /^csm-app(-[a-z]+)?\.js$/.test(name))
    .sort()
    .map((name) => {
      const size = sizeOf(name, 'app');
      return { ...size, ownGzipBytes: size.gzipBytes - react };
    });
  return [...loaders, ...apps, sizeOf('background.js', 'background')];
}
