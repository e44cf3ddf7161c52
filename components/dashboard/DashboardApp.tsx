import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { auditCsv } from '../../lib/audit/audit-csv';
import { bundleFileName, createBundle, csvFileName, serializeBundle } from '../../lib/audit/bundle';
import { perCsmStats } from '../../lib/audit/per-csm';
import { applyQuery, DEFAULT_QUERY, filterOptions, type AuditQuery } from '../../lib/audit/query';
import { auditToday } from '../../lib/audit/summarize';
import type { EventAuthor } from '../../lib/audit/timeline';
import { createSummaryCache } from '../../lib/audit/summary-cache';
import type { CsmState, CsmStore } from '../../lib/store/state';
import { selectEngineSettings, selectPlaybook } from '../../lib/store/selectors';
import { useCsmStore } from '../../lib/store/use-csm-store';
import { sendMessage } from '../../lib/messages/client';
import { MAX_ACCOUNTS_PER_QUERY } from '../../lib/messages/protocol';
import { syncSummary, useTeamSyncState } from '../common/use-team-sync';
import { Button } from '../common/Button';
import { browserStorageEstimate, StoreNotices } from '../common/StoreNotices';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { AccountDetail } from './AccountDetail';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { CsmChart } from './CsmChart';
import { downloadText } from './download';
import { accountLabel, count, plural } from './format';
import { ImportPanel } from './ImportPanel';
import { Modal } from './Modal';

/**
 * How often an open dashboard pulls the team's progress while team sync is on: with the CSM's
 * push 1.5 s after a tick, a tick reaches an open dashboard in about 5 s.
 */
const LIVE_SYNC_MS = 3_000;

export interface DashboardAppProps {
  store: CsmStore;
  /** ISO instant now (the page passes the real clock; tests a fixed one). */
  clock(): string;
  /** "CSM Guide 0.1.0", written into exported bundles. */
  app: string;
  /** Link to the settings page. */
  optionsUrl: string;
}

/**
 * A lead's audit of checklist completion across every account this browser knows (its own and
 * those imported from the team): a chart per CSM, a filterable table, an account's detail, and
 * the CSV / bundle export and bundle import.
 */
/** How long the summaries stay unchanged before the authors of changed accounts are asked for. */
const AUTHORS_QUIET_MS = 1_500;

export function DashboardApp({ store, clock, app, optionsUrl }: DashboardAppProps) {
  const loaded = useCsmStore((s) => s.loaded, store);
  const [teamSync] = useTeamSyncState();
  // While an import is being applied, every saved profile is a storage change. The page keeps
  // showing the data as it was (the selectors return the held values, so nothing re-renders)
  // and catches up once when the import is done, not once per account.
  const held = useRef<{ events: CsmState['events']; profiles: CsmState['profiles'] } | null>(null);
  const [, setHoldCount] = useState(0);
  const events = useCsmStore((s) => held.current?.events ?? s.events, store);
  const profiles = useCsmStore((s) => held.current?.profiles ?? s.profiles, store);
  const playbook = useCsmStore(selectPlaybook, store);
  const engineSettings = useCsmStore(selectEngineSettings, store);
  const settings = useCsmStore((s) => s.settings, store);
  const actions = useCsmStore((s) => s.actions, store);

  // The audit covers every account: follow the whole log (pages of it at first, then each change).
  useEffect(() => {
    void actions.watchAccounts('all');
  }, [actions]);

  // With team sync on, an open and visible dashboard pulls the team every LIVE_SYNC_MS (the
  // background's own alarm runs once a minute): what a CSM ticks shows up here within seconds,
  // through the same change notices as a local tick. Nothing is asked while the page is hidden.
  const syncConfigured = teamSync?.configured === true;
  useEffect(() => {
    if (!syncConfigured) return;
    const pull = () => {
      if (document.visibilityState === 'visible') void sendMessage({ type: 'sync/now' });
    };
    const timer = window.setInterval(pull, LIVE_SYNC_MS);
    document.addEventListener('visibilitychange', pull);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', pull);
    };
  }, [syncConfigured]);

  // "Today" moves on when the page comes back into view (no timers): overdue counts follow.
  const [today, setToday] = useState(() => auditToday(clock(), engineSettings.timeZone));
  useEffect(() => {
    const refresh = () => {
      if (document.visibilityState === 'visible') setToday(auditToday(clock(), engineSettings.timeZone));
    };
    document.addEventListener('visibilitychange', refresh);
    window.addEventListener('focus', refresh);
    refresh();
    return () => {
      document.removeEventListener('visibilitychange', refresh);
      window.removeEventListener('focus', refresh);
    };
  }, [clock, engineSettings.timeZone]);

  // Summaries once per data change; the cache re-evaluates only the accounts that changed.
  const cache = useRef(createSummaryCache());
  const [summaries, failed] = useMemo(
    () => [cache.current.summarize(profiles, events, { playbook, settings: engineSettings, now: clock() }), cache.current.lastFailed] as const,
    // `today` is a dependency on purpose: a new day re-evaluates every account.
    [profiles, events, playbook, engineSettings, clock, today],
  );

  const [query, setQuery] = useState<AuditQuery>(DEFAULT_QUERY);
  const deferredQuery = useDeferredValue(query);
  const rows = useMemo(() => applyQuery(summaries, deferredQuery), [summaries, deferredQuery]);
  const options = useMemo(() => filterOptions(summaries), [summaries]);
  const stats = useMemo(() => perCsmStats(rows), [rows]);

  const [selected, setSelected] = useState<{ accountId: string; opener: HTMLElement | null } | null>(null);
  const selectedSummary = selected ? summaries.find((s) => s.accountId === selected.accountId) : undefined;
  // Who recorded each event, as team sync's ids prove it: the table's and the CSV's "Last activity"
  // and the detail's timeline and contact log name that user. Asked for every account at first,
  // then again only for an account whose events changed (the log is append-only; ids never move).
  const [teamAuthors, setTeamAuthors] = useState<Record<string, EventAuthor>>({});
  const askedAuthors = useRef(new Map<string, number>());
  // Asked once the summaries are quiet for a moment, one chunk at a time: during a team pull
  // every page touches thousands of accounts, and asking for each page in parallel made the
  // worker read their events again and again while it stored the pull.
  useEffect(() => {
    let cancelled = false;
    const timer = window.setTimeout(() => {
      const stale = summaries.filter((s) => s.eventCount > 0 && askedAuthors.current.get(s.accountId) !== s.eventCount);
      if (!stale.length) return;
      for (const s of stale) askedAuthors.current.set(s.accountId, s.eventCount);
      void (async () => {
        for (let start = 0; start < stale.length; start += MAX_ACCOUNTS_PER_QUERY) {
          const chunk = stale.slice(start, start + MAX_ACCOUNTS_PER_QUERY).map((s) => s.accountId);
          if (cancelled) {
            // Superseded by a newer change: asked again then.
            for (const id of chunk) askedAuthors.current.delete(id);
            continue;
          }
          try {
            const response = await sendMessage({ type: 'events/authors', accountIds: chunk });
            if (!response.ok) throw new Error('authors not answered');
            if (Object.keys(response.authors).length) setTeamAuthors((previous) => ({ ...previous, ...response.authors }));
          } catch {
            // Asked again at the next change (the names stay the display names meanwhile).
            for (const id of chunk) askedAuthors.current.delete(id);
          }
        }
      })();
    }, AUTHORS_QUIET_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [summaries]);
  const authors = teamAuthors;
  const [importOpen, setImportOpen] = useState(false);
  const importButton = useRef<HTMLButtonElement>(null);
  const tableHeading = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState('');

  const exportCsv = () => {
    downloadText(`\uFEFF${auditCsv(rows, playbook, teamAuthors)}`, csvFileName(today), 'text/csv;charset=utf-8');
    setStatus(`Exported ${plural(rows.length, 'account')} as CSV.`);
  };
  const exportBundle = async () => {
    const exporter = { name: settings.userName, ...(settings.initials ? { initials: settings.initials } : {}), app };
    const bundle = await createBundle({ events, profiles, exporter, now: clock() });
    downloadText(serializeBundle(bundle), bundleFileName(exporter, bundle.exportedAt), 'application/json');
    setStatus(`Exported ${plural(events.length, 'checklist event')} and ${plural(bundle.content.profiles.length, 'account profile')} as a bundle.`);
  };
  const local = useMemo(() => ({ events, profiles }), [events, profiles]);
  const onApplied = useCallback((message: string) => setStatus(message), []);
  const onApplying = useCallback(
    (applying: boolean) => {
      const state = store.getState();
      held.current = applying ? { events: state.events, profiles: state.profiles } : null;
      setHoldCount((n) => n + 1);
    },
    [store],
  );
  const now = useCallback(() => clock(), [clock]);

  const patchQuery = (patch: Partial<AuditQuery>) => setQuery((q) => ({ ...q, ...patch }));

  return (
    <div className="page">
      <a className="page-skip" href="#accounts">
        Skip to the accounts
      </a>
      <header className="page-header">
        <div>
          <p className="page-eyebrow">CSM Guide</p>
          <h1 className="page-title">Team audit</h1>
          <p className="page-subtitle">Checklist completion across every account this browser knows, yours and those imported from your team.</p>
          {teamSync?.configured ? (
            <p className="page-subtitle" role="status" data-testid="team-sync-status" data-kind={teamSync.lastError?.kind}>
              {syncSummary(teamSync)}
            </p>
          ) : null}
        </div>
        <nav aria-label="CSM Guide pages" className="page-nav">
          <a className="page-link" href={optionsUrl}>
            Settings
          </a>
        </nav>
      </header>

      <main className="page-main">
        <StoreNotices store={store} estimate={browserStorageEstimate} />
        <section className="page-card" aria-labelledby="exchange-heading">
          <h2 id="exchange-heading" className="page-card__title">
            Export and import
          </h2>
          <p className="page-hint">
            {syncConfigured
              ? 'Team sync brings your team’s progress here: there is no need to mail bundles. A bundle is for progress recorded before team sync, or for a lead outside it. '
              : 'CSMs export a bundle and send it to their lead; the lead imports everyone’s bundles here. '}
            The CSV is for spreadsheets: one row per account, one column per rule.
          </p>
          <div className="page-actions">
            <Button onClick={exportCsv} aria-disabled={!rows.length || undefined} data-action="export-csv">
              Export CSV ({plural(rows.length, 'account')} shown)
            </Button>
            <Button onClick={() => void exportBundle()} aria-disabled={!loaded || undefined} data-action="export-bundle">
              Export bundle (JSON)
            </Button>
            <Button variant="brand" ref={importButton} onClick={() => setImportOpen(true)} data-action="open-import">
              Import bundles…
            </Button>
          </div>
        </section>

        <section className="page-card" aria-labelledby="chart-heading">
          <h2 id="chart-heading" className="page-card__title">
            Completion and overdue steps by CSM
          </h2>
          <ErrorBoundary what="The chart" resetKey={stats}>
            <CsmChart stats={stats} labelledBy="chart-heading" />
          </ErrorBoundary>
        </section>

        <section className="page-card page-card--table" aria-labelledby="accounts-heading" id="accounts">
          <h2 id="accounts-heading" className="page-card__title" ref={tableHeading} tabIndex={-1}>
            Accounts
          </h2>
          <AuditFilters query={query} options={options} onChange={patchQuery} onReset={() => setQuery({ ...DEFAULT_QUERY, sort: query.sort })} />
          <p role="status" className="audit-count" data-testid="audit-count">
            {!loaded
              ? 'Loading…'
              : summaries.length
                ? `${plural(rows.length, 'account')} shown of ${count(summaries.length)}.`
                : 'No accounts yet. Open accounts in Salesforce with CSM Guide, or import your team’s bundles.'}
          </p>
          {failed.length ? (
            <div role="alert" className="csm-failed" data-testid="audit-failed">
              <p>{plural(failed.length, 'account')} could not be audited and {failed.length === 1 ? 'is' : 'are'} left out:</p>
              <ul>
                {failed.slice(0, 20).map((f) => (
                  <li key={f.accountId}>
                    {f.accountId}: {f.message}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <ErrorBoundary what="The accounts table" resetKey={rows}>
            {rows.length ? (
              <AuditTable
                rows={rows}
                sort={query.sort}
                onSort={(sort) => patchQuery({ sort })}
                onOpen={(accountId, opener) => setSelected({ accountId, opener })}
                timeZone={engineSettings.timeZone}
                today={today}
                labelledBy="accounts-heading"
                resetKey={JSON.stringify(deferredQuery)}
                authors={authors}
              />
            ) : null}
          </ErrorBoundary>
        </section>
      </main>

      <div role="status" className="csm-vh" data-testid="page-status">
        {status}
      </div>

      <Modal
        open={!!selectedSummary}
        onClose={() => setSelected(null)}
        title={selectedSummary ? accountLabel(selectedSummary) : ''}
        returnFocus={selected?.opener}
        fallbackFocus={tableHeading}
        testId="account-detail"
        className="page-dialog--wide"
      >
        {selectedSummary ? (
          <ErrorBoundary what="This account's detail" resetKey={selectedSummary}>
            <AccountDetail summary={selectedSummary} events={events} playbook={playbook} timeZone={engineSettings.timeZone} authors={authors} />
          </ErrorBoundary>
        ) : null}
      </Modal>

      <Modal open={importOpen} onClose={() => setImportOpen(false)} title="Import bundles" returnFocus={importButton.current} testId="import-dialog">
        <ErrorBoundary what="The import">
          <ImportPanel
            local={local}
            playbook={playbook}
            actions={actions}
            now={now}
            timeZone={engineSettings.timeZone}
            today={today}
            onApplied={onApplied}
            onApplying={onApplying}
          />
        </ErrorBoundary>
      </Modal>
    </div>
  );
}
