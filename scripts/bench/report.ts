/**
 * The short human table printed after the JSON report, with each figure's verdict against its
 * target (issue 25's moments: first record after a restart ≤ 500 ms, a new tab ≤ 100 ms after
 * DOMContentLoaded, toggles clickable ≤ 1 s after an import and never blocked longer, 40 of 40
 * presses in a second tab; issue 15's table: the loader ≤ 60 kB gz, the app's own code ≤ 100 kB gz, facts → sidebar median
 * ≤ 16 ms and p95 ≤ 50 ms, ≤ 1 ms of main-thread time per 1,000 host mutations with minus
 * without, heap ≤ 5 MB, evaluate() ≤ 0.3 ms, dashboard cold ≤ 200 ms and ≤ 20 ms after a tick).
 */
import type { BenchReport } from '../bench';
import { teamRows } from './team-report';

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number | null | undefined) => (value === null || value === undefined || Number.isNaN(value) ? '—' : `${value} ms`);
const signed = (value: number) => `${value >= 0 ? '+' : ''}${Math.round(value * 10) / 10}`;
const verdict = (ok: boolean | null) => (ok === null ? '' : ok ? 'within target' : 'MISSES target');

export function formatTable(report: BenchReport): string {
  const rows: Array<[string, string, string]> = [];
  for (const f of report.sizes) {
    // The app's target (issue 25) is its own code, React, ReactDOM and the scheduler aside.
    const target = f.role === 'loader' ? verdict(f.gzipBytes <= 60 * 1024) : f.role === 'app' ? verdict((f.ownGzipBytes ?? f.gzipBytes) <= 100 * 1024) : '';
    const own = f.ownGzipBytes === undefined ? '' : `; own code (React aside) ≈ ${kB(f.ownGzipBytes)} gzip`;
    rows.push([`size ${f.file}`, `${kB(f.rawBytes)} raw, ${kB(f.gzipBytes)} gzip${own}`, target]);
  }
  const i = report.instants;
  if (i) {
    const fv = (f: typeof i.newTab) => `median ${ms(f.sinceNavigationMs.median)} from navigation (${ms(f.sinceDomContentLoadedMs.median)} after DOMContentLoaded), max ${ms(f.sinceNavigationMs.max)}${f.missed ? `, ${f.missed} never` : ''}`;
    rows.push(['first record after a browser restart (navigation → first verdict)', fv(i.restart), verdict(!i.restart.missed && i.restart.sinceNavigationMs.median <= 500)]);
    rows.push(['record in a new tab (DOMContentLoaded → first verdict)', fv(i.newTab), verdict(!i.newTab.missed && i.newTab.sinceDomContentLoadedMs.median <= 100)]);
    rows.push([
      `${i.import.events.toLocaleString('en-US')} events arrive: toggles take a click`,
      `${ms(i.import.clickAfterArrivalMs)} after the last arrived (import ${ms(i.import.importMs)}); longest with no clickable toggle ${ms(i.import.longestBlockedMs)}`,
      verdict(i.import.clickAfterArrivalMs !== null && i.import.clickAfterArrivalMs <= 1000 && i.import.longestBlockedMs <= 1000),
    ]);
    rows.push([
      'second tab of the record while the first ticks',
      `${i.twoTabs.landed} of ${i.twoTabs.presses} presses land (${i.twoTabs.refused} refused, ${i.twoTabs.lost} lost; first tab ${i.twoTabs.firstTabTicks} ticks)`,
      verdict(i.twoTabs.landed === i.twoTabs.presses),
    ]);
  }
  const t = report.sidebar;
  if (t) {
    rows.push(['facts → sidebar (late layout)', `median ${ms(t.lateLayout.first.median)}, p95 ${ms(t.lateLayout.first.p95)}`, verdict(t.lateLayout.first.median <= 16 && t.lateLayout.first.p95 <= 50)]);
    rows.push(['facts → sidebar (SPA navigation)', `median ${ms(t.navigation.first.median)}, p95 ${ms(t.navigation.first.p95)}`, verdict(t.navigation.first.median <= 16 && t.navigation.first.p95 <= 50)]);
    rows.push(['facts → sidebar (cold load, incl. app start)', `median ${ms(t.coldLoad.first.median)}, p95 ${ms(t.coldLoad.first.p95)}`, '']);
  }
  for (const s of report.mutations?.scopes ?? []) {
    rows.push([
      `10,000 mutations (${s.scope === 'record' ? 'in the observed record' : 'outside it'})`,
      // Where the difference went: script in every world, and the page's own mutation calls (in
      // which Chrome queues the records for the extension's observers).
      `${s.extensionMsPer1000} ms extension work / 1,000 mutations; main thread ${s.mainThreadDeltaMsPer1000} ms / 1,000, ratio ${s.ratio} ` +
        `(script ${signed(s.withExtension.scriptMs - s.withoutExtension.scriptMs)} ms, the page's batches ${signed(s.withExtension.pageBatchMs - s.withoutExtension.pageBatchMs)} ms in all)`,
      // The target is the whole main-thread difference (issue 15), not only the extension's code.
      verdict(s.mainThreadDeltaMsPer1000 <= 1),
    ]);
  }
  if (report.heap) rows.push(['extra JS heap per tab', `${report.heap.extraMB} MB`, verdict(report.heap.extraMB <= 5)]);
  for (const row of report.log?.rows ?? []) {
    rows.push([`one tick, ${row.storedEvents.toLocaleString('en-US')} events stored`, `${row.tickToSidebarMs} ms to the open sidebar, ${row.tabWorkMs} ms of the tab's main thread`, '']);
  }
  if (report.engine) {
    const e = report.engine;
    rows.push(['evaluate() one page', `median ${ms(e.evaluateOnePage.perCallMs.median)}, p95 ${ms(e.evaluateOnePage.perCallMs.p95)}`, verdict(e.evaluateOnePage.perCallMs.median <= 0.3)]);
    rows.push([
      `dashboard summaries, ${e.dashboard.accounts} accounts`,
      `cold ${ms(e.dashboard.coldSummaryMs.median)}, after a tick ${ms(e.dashboard.afterOneTickMs.median)}`,
      verdict(e.dashboard.coldSummaryMs.median <= 200 && e.dashboard.afterOneTickMs.median <= 20),
    ]);
  }
  if (report.team) rows.push(...teamRows(report.team));
  const width = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(width[i]!)).join('  ').trimEnd()).join('\n');
}
