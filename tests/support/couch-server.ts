/**
 * A CouchDB-protocol server for the team-sync tests: pouchdb-server 4.2.0 (tools/couch-server),
 * in memory, on 127.0.0.1 and a free port, admin party ended. No vitest imports, so Playwright
 * specs can use it too.
 *
 * To test against a real Apache CouchDB / Cloudant instead, set
 *   CSM_GUIDE_COUCHDB_URL=http://127.0.0.1:5984  CSM_GUIDE_COUCHDB_ADMIN=admin:password
 * Then nothing is started and `stop()` leaves the server alone (tests clean up their own databases).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CouchServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  /** A server admin (the one that ended the admin party, or CSM_GUIDE_COUCHDB_ADMIN). */
  admin: { name: string; password: string };
  /** True when CSM_GUIDE_COUCHDB_URL points at a server this module did not start. */
  external: boolean;
  /** Ends the process and removes its working directory; safe to call twice. */
  stop(): Promise<void>;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const COUCH_SERVER_DIR = path.join(ROOT, 'tools', 'couch-server');
const PINNED_VERSION = '4.2.0';
const BIN = path.join(COUCH_SERVER_DIR, 'node_modules', 'pouchdb-server', 'bin', 'pouchdb-server');
/** Teaches pouchdb-server CouchDB's `POST _changes?filter=_selector` (a CSM's filtered pull); see the file. */
const SELECTOR_CHANGES = path.join(COUCH_SERVER_DIR, 'selector-changes.cjs');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const isInstalled = (): boolean => {
  const manifest = path.join(COUCH_SERVER_DIR, 'node_modules', 'pouchdb-server', 'package.json');
  if (!existsSync(manifest) || !existsSync(BIN)) return false;
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version === PINNED_VERSION;
};

const run = (command: string, args: string[]): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`)),
    );
  });

/**
 * Installs tools/couch-server on first use, so `npm test` works on a fresh clone. `--ignore-scripts`
 * because pouchdb-server's optional sqlite3 would otherwise compile from source. A lock directory
 * keeps parallel test workers from running two installs into the same folder.
 */
export async function ensureCouchServerInstalled(): Promise<void> {
  if (isInstalled()) return;
  const lock = path.join(COUCH_SERVER_DIR, '.installing');
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another worker installs; a lock older than 3 minutes is left over from a killed run.
      if (isInstalled()) return;
      const lockedAt = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      if (lockedAt !== undefined && Date.now() - lockedAt > 180_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Timed out waiting for another install of ${COUCH_SERVER_DIR}`);
      await sleep(250);
    }
  }
  try {
    if (!isInstalled()) {
      await run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--prefix', COUCH_SERVER_DIR]);
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

const answers = async (url: string): Promise<boolean> => {
  try {
    const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
};

const external = (): CouchServer | null => {
  const url = process.env.CSM_GUIDE_COUCHDB_URL;
  if (!url) return null;
  const credentials = process.env.CSM_GUIDE_COUCHDB_ADMIN ?? '';
  const colon = credentials.indexOf(':');
  if (colon < 1) throw new Error('CSM_GUIDE_COUCHDB_URL is set: also set CSM_GUIDE_COUCHDB_ADMIN=user:password');
  return {
    url: url.replace(/\/+$/, ''),
    admin: { name: credentials.slice(0, colon), password: credentials.slice(colon + 1) },
    external: true,
    stop: async () => {},
  };
};

const waitForExit = (child: ChildProcess, ms: number): Promise<boolean> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(true);
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });

/** One attempt on one port; rejects with the server's output if it exits or stays silent. */
async function launch(port: number): Promise<CouchServer> {
  // pouchdb-server writes config.json (admin hashes included) and log.txt into its working directory.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'csm-guide-couch-'));
  const child = spawn(
    process.execPath,
    ['--require', SELECTOR_CHANGES, BIN, '--in-memory', '--host', '127.0.0.1', '--port', String(port), '--no-stdout-logs', '--no-color'],
    { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  // If the test process ends without stop() (a crash, a killed worker), the server must not outlive it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', killOnExit);
    child.kill('SIGTERM');
    if (!(await waitForExit(child, 3000))) {
      child.kill('SIGKILL');
      await waitForExit(child, 3000);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  try {
    const deadline = Date.now() + 20_000;
    while (!(await answers(url))) {
      if (child.exitCode !== null) throw new Error(`pouchdb-server exited with ${child.exitCode}:\n${stderr}`);
      if (Date.now() > deadline) throw new Error(`pouchdb-server did not answer on ${url} within 20 s:\n${stderr}`);
      await sleep(100);
    }
    const admin = { name: 'admin', password: randomBytes(12).toString('hex') };
    const response = await fetch(`${url}/_config/admins/${admin.name}`, {
      method: 'PUT',
      body: JSON.stringify(admin.password),
    });
    if (!response.ok) throw new Error(`Could not end the admin party: ${response.status} ${await response.text()}`);
    return { url, admin, external: false, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Starts pouchdb-server (or returns the CSM_GUIDE_COUCHDB_URL server). Always pair with stop(). */
export async function startCouchServer(): Promise<CouchServer> {
  const configured = external();
  if (configured) return configured;
  await ensureCouchServerInstalled();
  let lastError: unknown;
  // The free port can be taken between probing and binding; another port fixes that.
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await launch(await freePort());
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}
