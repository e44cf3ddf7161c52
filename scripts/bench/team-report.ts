/**
 * The team bench's rows for the table `npm run bench` prints (issue 28's targets beside each).
 */
import type { TeamBenchReport } from './team';

const s = (value: number | null) => (value === null ? 'not reached' : `${value} s`);
const verdict = (ok: boolean | null) => (ok === null ? '' : ok ? 'within target' : 'MISSES target');

/** A few figures in a row: "120, 98, 143" (or "none"). */
const list = (values: readonly number[] | undefined): string => (values?.length ? values.join(', ') : 'none');

export function teamRows(t: TeamBenchReport): Array<[string, string, string]> {
  const n = (v: number) => v.toLocaleString('en-US');
  return [
    [`team: seeded ${n(t.events)} events, ${t.csms} CSMs, ${n(t.accounts)} accounts`, `${t.seedS} s`, ''],
    [
      `team: the lead's first pull (${n(t.lead.documents)} documents)`,
      `${s(t.lead.pullS)}; progress from ${s(t.lead.progressFirstS)}${t.lead.progressText ? ` (“${t.lead.progressText}”)` : ''}`,
      verdict(t.lead.pullS !== null && t.lead.pullS <= 120 && t.lead.progressFirstS !== null),
    ],
    [`team: the lead's worker heap during the pull`, `${t.lead.heapStartMB} → peak ${t.lead.heapPeakMB} MB`, verdict(t.lead.heapPeakMB <= 100)],
    [
      `team: the lead's dashboard on the first day`,
      `first row ${s(t.lead.dashboardFirstRowS)}, all ${n(t.accounts)} accounts ${s(t.lead.dashboardAllAccountsS)} after sign-in`,
      verdict(t.lead.dashboardFirstRowS !== null && t.lead.pullS !== null && t.lead.dashboardFirstRowS < t.lead.pullS),
    ],
    [
      `team: the lead's dashboard, history local`,
      `first row ${s(t.lead.reopenFirstRowS)}, all ${n(t.lead.accountsShown)} accounts ${s(t.lead.reopenAllAccountsS)}`,
      verdict(t.lead.reopenAllAccountsS !== null && t.lead.reopenAllAccountsS <= 10),
    ],
    [`team: the lead's profile on disk`, `${t.lead.profileMB} MB (IndexedDB ${t.lead.indexedDbMB} MB), ${Math.round((t.lead.indexedDbMB / Math.max(1, t.lead.documents)) * 100_000)} MB of IndexedDB per 100,000 events`, ''],
    [
      `team: a CSM's first pull (${n(t.csm.documents)} documents)`,
      `${s(t.csm.pullS)}; progress from ${s(t.csm.progressFirstS)}${t.csm.progressText ? ` (“${t.csm.progressText}”)` : ''}; waiting count shown: ${t.csm.waitingShown ? 'yes' : 'no'}`,
      verdict(t.csm.pullS !== null && t.csm.pullS <= 120 && t.csm.progressFirstS !== null),
    ],
    [`team: the CSM's worker heap during the pull`, `${t.csm.heapStartMB} → peak ${t.csm.heapPeakMB} MB`, verdict(t.csm.heapPeakMB <= 100)],
    [
      `team: sidebar toggle clicks during the pull (${t.csm.clicksMs.length}): mouse at the toggle → new state shown`,
      t.csm.clicksMs.length ? `median ${t.csm.clickMedianMs} ms, max ${t.csm.clickMaxMs} ms` : 'none made',
      verdict(t.csm.clickMaxMs === null ? null : t.csm.clickMaxMs <= 1000),
    ],
    [
      `team: the same clicks inside the page (event → new state at a frame)`,
      `during the pull ${list(t.csm.clicksInPageMs)} ms; before signing in (no pull): ${list(t.csm.baselineClicksInPageMs)} ms, Playwright-timed ${list(t.csm.baselineClicksMs)} ms`,
      '',
    ],
    [
      `team: each click split (click → event in page / → new state / → Playwright told)`,
      t.csm.clickSplits.map((c) => `${c.toEventMs}/${c.inPageMs}/${c.backMs}`).join(', ') || 'none',
      '',
    ],
    [`team: Playwright's actionability checks before each click (locator.click trial)`, `${list(t.csm.checksMs)} ms (the first 4 before signing in)`, ''],
    [`team: a tick during the pull → on the server`, s(t.csm.tickToServerS), verdict(t.csm.tickToServerS === null ? null : t.csm.tickToServerS <= 10)],
  ];
}
