/**
 * The extension service worker's JavaScript heap, sampled while it works (a team pull).
 *
 * Playwright opens CDP sessions on pages only, so the bench starts Chromium with
 * `--remote-debugging-port=0`, reads the port Chromium picked from `DevToolsActivePort` in the
 * profile, finds the worker's target in `/json/list` and asks it `Runtime.getHeapUsage` (the
 * worker's isolate: used bytes, no forced garbage collection, so a peak is a real peak).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import WebSocket from 'ws';

export const REMOTE_DEBUGGING_ARG = '--remote-debugging-port=0';

export interface HeapSampler {
  /** Used heap now, in bytes. */
  sample(): Promise<number>;
  close(): void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function workerHeap(userDataDir: string, extensionId: string): Promise<HeapSampler> {
  let port = '';
  for (let i = 0; i < 50 && !port; i++) {
    port = (await readFile(path.join(userDataDir, 'DevToolsActivePort'), 'utf8').catch(() => '')).split('\n')[0] ?? '';
    if (!port) await sleep(100);
  }
  if (!port) throw new Error('Chromium wrote no DevToolsActivePort: was it started with --remote-debugging-port=0?');
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as Array<{ type: string; url: string; webSocketDebuggerUrl: string }>;
  const target = targets.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  if (!target) throw new Error('the extension’s service worker is not among the debugging targets');
  const socket = new WebSocket(target.webSocketDebuggerUrl, { perMessageDeflate: false });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  let id = 0;
  const waiting = new Map<number, (result: unknown) => void>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result);
  });
  const send = (method: string): Promise<unknown> =>
    new Promise((resolve) => {
      const n = ++id;
      waiting.set(n, (result) => {
        waiting.delete(n);
        resolve(result);
      });
      socket.send(JSON.stringify({ id: n, method }));
    });
  return {
    sample: async () => ((await send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize,
    close: () => socket.close(),
  };
}
