/** The short human table printed after the JSON report. */
import type { BenchReport } from '../bench';

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number | null | undefined) => (value === null || value === undefined || Number.isNaN(value) ? '—' : `${value} ms`);
const verdict = (ok: boolean | null) => (ok === null ? '' : ok ? 'within target' : 'MISSES target');

export function formatTable(report: BenchReport): string {
  const rows: Array<[string, string, string]> = [];
  for (const f of report.sizes) {
    const target = f.role === 'loader' ? verdict(f.gzipBytes <= 60 * 1024) : f.role === 'app' ? 'injected on recognised pages only' : '';
    rows.push([`size ${f.file}`, `${kB(f.rawBytes)} raw, ${kB(f.gzipBytes)} gzip`, target]);
  }
  const t = report.sidebar;
  if (t) {
    rows.push(['facts → sidebar (late layout)', `median ${ms(t.lateLayout.first.median)}, p95 ${ms(t.lateLayout.first.p95)}`, verdict(t.lateLayout.first.median <= 50)]);
    rows.push(['facts → sidebar (SPA navigation)', `median ${ms(t.navigation.first.median)}, p95 ${ms(t.navigation.first.p95)}`, verdict(t.navigation.first.median <= 50)]);
    rows.push(['facts → sidebar (cold load, incl. app start)', `median ${ms(t.coldLoad.first.median)}, p95 ${ms(t.coldLoad.first.p95)}`, '']);
  }
  for (const s of report.mutations?.scopes ?? []) {
    rows.push([
      `10,000 mutations (${s.scope === 'record' ? 'in the observed record' : 'outside it'})`,
      `${s.extensionMsPer1000} ms extension work / 1,000 mutations; main thread ${s.mainThreadDeltaMsPer1000} ms / 1,000, ratio ${s.ratio}`,
      verdict(s.extensionMsPer1000 <= 1),
    ]);
  }
  if (report.heap) rows.push(['extra JS heap per tab', `${report.heap.extraMB} MB`, verdict(report.heap.extraMB <= 10)]);
  for (const row of report.log?.rows ?? []) {
    rows.push([`one tick, ${row.storedEvents.toLocaleString('en-US')} events stored`, `${row.tickToSidebarMs} ms to the open sidebar, ${row.tabWorkMs} ms of the tab's main thread`, '']);
  }
  if (report.engine) {
    const e = report.engine;
    rows.push(['evaluate() one page', `median ${ms(e.evaluateOnePage.perCallMs.median)}, p95 ${ms(e.evaluateOnePage.perCallMs.p95)}`, '']);
    rows.push([`dashboard summaries, ${e.dashboard.accounts} accounts`, `cold ${ms(e.dashboard.coldSummaryMs.median)}, after a tick ${ms(e.dashboard.afterOneTickMs.median)}`, '']);
  }
  const width = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(width[i]!)).join('  ').trimEnd()).join('\n');
}
