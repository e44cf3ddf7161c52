/**
 * `npm run bench` (= `wxt build && jiti scripts/bench.ts`): figures, not pass/fail, for what CSM
 * Guide costs a CSM who keeps Salesforce and Gmail open all day. Runs the built extension in
 * Debian's Chromium (the e2e harness's flags and fixture routing: fixture pages on the real host
 * names, nothing leaves the machine) and the core in Node, then prints a JSON report and a table.
 *
 *   npm run bench                       # everything, 30 loads (a few minutes)
 *   npm run bench -- --loads=50         # more facts-to-sidebar samples
 *   npm run bench -- --only=sizes,engine
 *   npm run bench -- --out=report.json  # also write the JSON to a file
 *   CSM_BENCH_EXTENSION=/path/to/chrome-mv3 npx jiti scripts/bench.ts   # another build
 *   npm run bench -- --only=team        # a team's history at scale (~10 min; not in the default run)
 *
 * What each figure means and how it is measured: docs/performance.md and scripts/bench/*.ts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_PATH } from '../tests/e2e/support/launch';
import { BENCH_EXTENSION_DIR, launch } from './bench/browser';
import type { EngineReport } from './bench/engine';
import { measureHeap, type HeapReport } from './bench/heap';
import { measureLogScale, type LogScaleReport } from './bench/log-scale';
import { measureMutations, type MutationReport } from './bench/mutations';
import { formatTable } from './bench/report';
import { measureSidebarTiming, type SidebarTimingReport } from './bench/sidebar-timing';
import { measureSizes, type FileSize } from './bench/sizes';
import { withViteModule } from './vite-module';
import type { TeamBenchReport } from './bench/team';

const SECTIONS = ['sizes', 'sidebar', 'mutations', 'heap', 'log', 'engine', 'team'] as const;
/** Asked for by name only: it seeds a server and runs two browsers for several minutes. */
const ON_REQUEST: readonly Section[] = ['team'];
type Section = (typeof SECTIONS)[number];

export interface BenchReport {
  startedAt: string;
  environment: { node: string; chromium: string; cpus: number; cpuModel: string; loadAverage: number[]; extension: string };
  sizes: FileSize[];
  sidebar?: SidebarTimingReport;
  mutations?: MutationReport;
  heap?: HeapReport;
  log?: LogScaleReport;
  engine?: EngineReport;
  team?: TeamBenchReport;
  durationS: number;
}

const arg = (name: string): string | undefined =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

const log = (line: string) => process.stderr.write(`${line}\n`);

const fail = (message: string): never => {
  log(`bench: ${message}`);
  process.exit(1);
};

async function main(): Promise<void> {
  const only = new Set((arg('only')?.split(',') ?? SECTIONS.filter((s) => !ON_REQUEST.includes(s))) as Section[]);
  for (const s of only) if (!SECTIONS.includes(s)) fail(`unknown section "${s}" (one of ${SECTIONS.join(', ')})`);
  const loads = Number(arg('loads') ?? 30);
  if (!Number.isInteger(loads) || loads < 1) fail('--loads must be a positive integer');
  if (!existsSync(path.join(BENCH_EXTENSION_DIR, 'manifest.json'))) fail(`no built extension in ${BENCH_EXTENSION_DIR}: run \`npm run bench\` (it builds first).`);
  const needsBrowser = ['sidebar', 'mutations', 'heap', 'log'].some((s) => only.has(s as Section));
  if ((needsBrowser || only.has('team')) && !existsSync(CHROMIUM_PATH)) fail(`Chromium not found at ${CHROMIUM_PATH}: \`apt-get install chromium\` or set CHROMIUM_PATH (never a downloaded browser).`);

  const started = Date.now();
  let chromium = 'not used';
  if (needsBrowser) {
    try {
      chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      chromium = CHROMIUM_PATH;
    }
  }
  const report: BenchReport = {
    startedAt: new Date(started).toISOString(),
    environment: {
      node: process.version,
      chromium,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      loadAverage: os.loadavg().map((v) => Math.round(v * 100) / 100),
      extension: path.relative(process.cwd(), BENCH_EXTENSION_DIR) || BENCH_EXTENSION_DIR,
    },
    sizes: only.has('sizes') ? measureSizes() : [],
    durationS: 0,
  };

  if (needsBrowser) {
    const withExt = await launch({ extension: true });
    const without = only.has('mutations') || only.has('heap') ? await launch({ extension: false }) : null;
    try {
      if (only.has('sidebar')) {
        log(`facts → sidebar: ${loads} loads (plus one warm-up)…`);
        report.sidebar = await measureSidebarTiming(withExt.context, { loads, delayMs: 1000, log });
      }
      if (only.has('mutations') && without) {
        log('10,000 host-page mutations, with and without the extension…');
        report.mutations = await measureMutations(withExt.context, without.context, { log });
      }
      if (only.has('heap') && without) {
        log('JS heap with and without the extension…');
        report.heap = await measureHeap(withExt.context, without.context);
      }
      if (only.has('log')) {
        log('one tick with 0, 20,000 and 300,000 events stored…');
        report.log = await measureLogScale(withExt.context, new URL(withExt.worker!.url()).host);
      }
    } finally {
      await withExt.close();
      await without?.close();
    }
  }
  if (only.has('engine')) {
    log('rules engine and dashboard summaries (Node)…');
    report.engine = await withViteModule('/scripts/bench/engine.ts', (engine: typeof import('./bench/engine')) => engine.measureEngine(2000));
  }
  if (only.has('team')) report.team = await (await import('./bench/team')).measureTeam({ log, ...(arg('team-events') ? { events: Number(arg('team-events')), accounts: Math.ceil(Number(arg('team-events')) / 20) } : {}) });
  report.durationS = Math.round((Date.now() - started) / 1000);

  const json = JSON.stringify(report, null, 2);
  const out = arg('out');
  if (out) writeFileSync(out, `${json}\n`);
  process.stdout.write(`${json}\n\n${formatTable(report)}\n`);
}

await main();
