/**
 * Least privilege, checked on what ships: the BUILT manifest and files in .output/chrome-mv3
 * (`npm run test:e2e` builds first; CSM_GUIDE_EXTENSION_DIR points at another build).
 *
 * - permissions are exactly what the code uses: `storage` (progress, settings), `scripting`
 *   (the background injects the sidebar app into a recognised tab) and `alarms` (team sync's
 *   one-shot replication every minute, the overdue badge's hourly recount and the morning
 *   reminder); the one optional API permission is `notifications`, asked for only when the CSM
 *   turns the morning reminder on;
 * - the only optional host access is for team sync: the team's CouchDB origin, asked for at run
 *   time when the CSM signs in (https, or http on this machine only for a local test server);
 * - host access is the four sites' https patterns, the same list the content scripts match and
 *   the site definitions declare (lib/sites/index.ts): no <all_urls>, no `*://`, no http, no other host;
 * - no web page or other extension can talk to it (no externally_connectable), and it exposes
 *   no files to pages (no web_accessible_resources);
 * - extension pages run under a strict CSP (only the package's own scripts, no eval, no plugins);
 * - no remote code: every script the package loads is a file inside it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { SITE_MATCHES } from '../../lib/sites';
import { EXTENSION_DIR } from './harness';

const BUILD = process.env.CSM_GUIDE_EXTENSION_DIR ? path.resolve(process.env.CSM_GUIDE_EXTENSION_DIR) : EXTENSION_DIR;

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches: string[]; js?: string[]; world?: string; all_frames?: boolean; match_about_blank?: boolean; match_origin_as_fallback?: boolean }>;
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  externally_connectable?: unknown;
  web_accessible_resources?: unknown[];
  background?: { service_worker?: string };
  sandbox?: unknown;
}

const manifest = (): Manifest => JSON.parse(readFileSync(path.join(BUILD, 'manifest.json'), 'utf8')) as Manifest;

/** The hosts the extension may reach (https patterns of its sites only), as match-pattern hosts. */
const ALLOWED_HOSTS = new Set([
  '*.lightning.force.com',
  '*.my.salesforce.com',
  '*.sandbox.lightning.force.com',
  '*.sandbox.my.salesforce.com',
  'mail.google.com',
  '*.outreach.io',
  'lms.medtrainer.com',
]);
const SITE_PATTERNS = [...SITE_MATCHES];
const PATTERN = /^https:\/\/([^/]+)(\/.*)$/;

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });

test.beforeAll(() => {
  test.skip(!existsSync(path.join(BUILD, 'manifest.json')), `no built extension in ${BUILD}: run \`npx wxt build\` (npm run test:e2e does)`);
});

test('permissions are exactly storage, scripting, alarms and unlimitedStorage; optional: notifications and host access for team sync', () => {
  const m = manifest();
  expect(m.manifest_version).toBe(3);
  // alarms: team sync runs one-shot replications on a 1-minute alarm (the worker cannot hold a live feed).
  // unlimitedStorage: the progress log and outbox never meet a quota below the disk's (no warning shown).
  expect([...(m.permissions ?? [])].sort()).toEqual(['alarms', 'scripting', 'storage', 'unlimitedStorage']);
  // The morning reminder's notification: requested from the popup when the CSM turns it on, never at install.
  expect(m.optional_permissions ?? []).toEqual(['notifications']);
  // The team's CouchDB is any https host the organisation runs (or a local test server): nothing is
  // granted at install; the options page asks for that one origin when the CSM signs in.
  expect([...(m.optional_host_permissions ?? [])].sort()).toEqual(['http://127.0.0.1/*', 'http://localhost/*', 'https://*/*']);
});

test('host access is the four sites over https, as their definitions declare it', () => {
  const m = manifest();
  const hosts = m.host_permissions ?? [];
  expect(hosts.length).toBeGreaterThan(0);
  for (const pattern of hosts) {
    expect(pattern).not.toBe('<all_urls>');
    expect(pattern).not.toMatch(/^\*:\/\//);
    expect(pattern, `${pattern} is an https pattern`).toMatch(PATTERN);
    const host = PATTERN.exec(pattern)![1]!;
    expect(ALLOWED_HOSTS.has(host), `${host} is one of the four sites`).toBe(true);
  }
  expect([...hosts].sort()).toEqual([...SITE_PATTERNS].sort());
  // Every site is there (a missing one would mean a dead adapter).
  expect(new Set(hosts.map((p) => PATTERN.exec(p)![1]))).toEqual(ALLOWED_HOSTS);
});

test('content scripts run only where host access is granted, in the isolated world, top frame only', () => {
  const m = manifest();
  const granted = new Set(m.host_permissions);
  // One loader for every site (entrypoints/loader.content), running on every granted site pattern.
  expect(m.content_scripts?.length).toBe(1);
  expect([...(m.content_scripts?.[0]?.matches ?? [])].sort()).toEqual([...granted].sort());
  for (const script of m.content_scripts ?? []) {
    for (const match of script.matches) expect(granted.has(match), `${match} is a granted host pattern`).toBe(true);
    expect(script.world ?? 'ISOLATED').toBe('ISOLATED');
    expect(script.all_frames ?? false).toBe(false);
    expect(script.match_about_blank ?? false).toBe(false);
    expect(script.match_origin_as_fallback ?? false).toBe(false);
  }
});

test('no page or other extension can connect, and no file is exposed to pages', () => {
  const m = manifest();
  expect(m.externally_connectable).toBeUndefined();
  expect(m.web_accessible_resources ?? []).toEqual([]);
  expect(m.sandbox).toBeUndefined();
  expect(m.content_security_policy?.sandbox).toBeUndefined();
});

test('extension pages run under a strict CSP: own scripts only, no eval, no plugins', () => {
  const csp = manifest().content_security_policy?.extension_pages;
  expect(csp).toBeDefined();
  const directives = new Map(
    csp!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map((parts) => [parts[0]!, parts.slice(1)] as const),
  );
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(["'self'", "'none'"]).toContain(directives.get('object-src')?.join(' '));
  expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
});

test('no remote code: every script the package loads is one of its own files', () => {
  const files = filesUnder(BUILD);
  const scripts = files.filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(4);
  const remote = [
    /\bimport\s*\(\s*["'`]\s*(https?:)?\/\//, // dynamic import of a URL
    /\bimport\s[^;'"`]*from\s*["'`](https?:)?\/\//, // static import of a URL
    /\bimportScripts\s*\(\s*["'`](https?:)?\/\//,
    /\.src\s*=\s*["'`]https?:\/\//, // a script element pointed at the network
    /<script[^>]+src\s*=\s*["']?(https?:)?\/\//i,
  ];
  for (const file of scripts) {
    const code = readFileSync(file, 'utf8');
    for (const pattern of remote) expect(pattern.test(code), `${path.relative(BUILD, file)} loads code from ${pattern}`).toBe(false);
  }
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    const sources = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1]!);
    for (const src of sources) expect(src, `${path.relative(BUILD, file)} loads ${src}`).not.toMatch(/^([a-z][a-z0-9+.-]*:)?\/\//i);
  }
  // The background's script and the injected app are package files.
  const m = manifest();
  expect(existsSync(path.join(BUILD, m.background!.service_worker!))).toBe(true);
  for (const script of m.content_scripts ?? []) for (const js of script.js ?? []) expect(existsSync(path.join(BUILD, js))).toBe(true);
  // One sidebar app per site (background/tab-services.ts injects the one for the page's site).
  for (const site of ['salesforce', 'gmail', 'outreach', 'medtrainer']) expect(existsSync(path.join(BUILD, `csm-app-${site}.js`))).toBe(true);
});
