import { useEffect, useMemo, useRef, useState } from 'react';
import { auditToday } from '../../lib/audit/summarize';
import { createSummaryCache } from '../../lib/audit/summary-cache';
import { formatDate } from '../../lib/core/dates';
import { myDay } from '../../lib/my-day/due-steps';
import { myDayExtras } from '../../lib/my-day/extras';
import { selectEngineSettings, selectPlaybook } from '../../lib/store/selectors';
import type { CsmStore } from '../../lib/store/state';
import { useCsmStore } from '../../lib/store/use-csm-store';
import { MyDayAccountGroup, countsText } from './MyDayAccountGroup';
import type { ReactNode } from 'react';

export interface MyDayAppProps {
  store: CsmStore;
  /** ISO instant now (the popup passes the real clock; tests a fixed one). */
  clock(): string;
  dashboardUrl: string;
  optionsUrl: string;
  /** The morning reminder's switch (absent in tests that do not need it). */
  reminder?: ReactNode;
}

/**
 * The toolbar popup: what is due today and overdue across every account this browser knows,
 * grouped by account. It reads the data the way the dashboard does (the whole log, the same
 * summaries), so its counts are the dashboard's and the badge's.
 */
export function MyDayApp({ store, clock, dashboardUrl, optionsUrl, reminder }: MyDayAppProps) {
  const loaded = useCsmStore((s) => s.loaded, store);
  const events = useCsmStore((s) => s.events, store);
  const profiles = useCsmStore((s) => s.profiles, store);
  const playbook = useCsmStore(selectPlaybook, store);
  const settings = useCsmStore(selectEngineSettings, store);
  const actions = useCsmStore((s) => s.actions, store);
  // Every account: follow the whole log, as the dashboard does.
  const [following, setFollowing] = useState(false);
  useEffect(() => {
    void actions.watchAccounts('all').finally(() => setFollowing(true));
  }, [actions]);

  const cache = useRef(createSummaryCache());
  const day = useMemo(() => {
    const now = clock();
    const summaries = cache.current.summarize(profiles, events, { playbook, settings, now });
    return myDay(summaries, auditToday(now, settings.timeZone), myDayExtras(profiles, playbook, now, settings.timeZone));
  }, [profiles, events, playbook, settings, clock]);

  const ready = loaded && following;
  return (
    <div className="myday" data-testid="my-day" data-loaded={ready}>
      <header className="myday__header">
        <h1 className="myday__title">My day</h1>
        <p className="myday__date">{formatDate(day.today, 'long')}</p>
      </header>
      <main className="myday__main">
        <p role="status" className="myday__summary" data-testid="my-day-summary">
          {!ready ? 'Loading…' : day.accounts.length ? countsText(day) + ` across ${day.accounts.length === 1 ? '1 account' : `${day.accounts.length} accounts`}.` : 'Nothing due today or overdue.'}
        </p>
        {ready && day.accounts.length ? (
          <ul className="myday-accounts" aria-label="Accounts with steps due">
            {day.accounts.map((account) => (
              <MyDayAccountGroup key={account.accountId} account={account} />
            ))}
          </ul>
        ) : null}
        {reminder}
      </main>
      <footer className="myday__footer">
        <nav aria-label="CSM Guide pages" className="myday__nav">
          <a href={dashboardUrl} target="_blank" rel="noreferrer">
            Team audit
          </a>
          <a href={optionsUrl} target="_blank" rel="noreferrer">
            Settings
          </a>
        </nav>
      </footer>
    </div>
  );
}
