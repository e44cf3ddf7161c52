import { useMemo } from 'react';
import { activityAuthor, authorLine } from '../../lib/audit/author';
import { authorNotes, contactLog, stampIds, stampKey, accountTimeline, type EventAuthor, type TimelineEntry } from '../../lib/audit/timeline';
import type { AccountSummary } from '../../lib/audit/types';
import type { Playbook } from '../../lib/core/playbook/schema';
import type { ItemProgress, ProgressEvent } from '../../lib/core/progress/events';
import { formatShortDay, formatStamp } from '../common/format';
import { StateBadge } from '../common/StateBadge';
import { VisuallyHidden } from '../common/VisuallyHidden';
import { accountLabel, completionText, daysText, percentText } from './format';

export interface AccountDetailProps {
  summary: AccountSummary;
  events: readonly ProgressEvent[];
  playbook: Playbook;
  timeZone: string;
  /** Who recorded each event, as team sync proves it (by event id); empty without team sync. */
  authors?: Readonly<Record<string, EventAuthor>>;
}

const NO_AUTHORS: Readonly<Record<string, EventAuthor>> = {};

const BRANCH_TEXT = { unresponsive: 'Unresponsive', escalation: 'Escalation / cancellation' } as const;

const who = (by: string) => by || 'Someone (no name set)';

const entryText = (entry: TimelineEntry): string => {
  switch (entry.kind) {
    case 'item':
      return `${entry.done ? 'Checked off' : 'Unticked'} “${entry.title}” (${entry.ruleId.split(':')[0]})`;
    case 'contact':
      return `${entry.done ? 'Logged' : 'Cleared'} the ${entry.channel} of ${formatShortDay(entry.day)} (10-day log)`;
    case 'branch':
      return entry.branch ? `Set the account to ${BRANCH_TEXT[entry.branch]} from ${formatShortDay(entry.since ?? '')}` : 'Took the account out of its branch';
  }
};

/** A contact-log stamp: the user the team server vouches for (display name beside it where it differs), else the display name. */
function Stamp({ stamp, author, timeZone, today }: { stamp: ItemProgress | null; author: EventAuthor | undefined; timeZone: string; today: string }) {
  if (!stamp) return <span className="audit-unknown">—</span>;
  const a = activityAuthor(stamp.by, author);
  return (
    <span data-proof={a.proof}>
      {stamp.done ? '✓ ' : '✗ '}
      {a.proof === 'display-name' ? who(stamp.by) : authorLine(a)}, {formatStamp(stamp.at, timeZone, today)}
    </span>
  );
}

/** One account, as a lead audits it: where it stands, what is late, and who did what when. */
export function AccountDetail({ summary: s, events, playbook, timeZone, authors = NO_AUTHORS }: AccountDetailProps) {
  const timeline = useMemo(() => accountTimeline(events, s.accountId, playbook), [events, s.accountId, playbook]);
  const notes = useMemo(() => authorNotes(timeline, authors), [timeline, authors]);
  const log = useMemo(() => contactLog(s), [s]);
  const ids = useMemo(() => stampIds(events, s.accountId), [events, s.accountId]);
  const authorOf = (where: string, stamp: ItemProgress | null): EventAuthor | undefined => {
    const id = stamp ? ids.get(stampKey(where, stamp)) : undefined;
    return id ? authors[id] : undefined;
  };
  const shown = s.items.filter((item) => item.state !== 'na');
  const today = s.today;

  return (
    <div className="detail" data-account-id={s.accountId}>
      <dl className="detail-facts">
        <div>
          <dt>Salesforce ID</dt>
          <dd>{s.accountId}</dd>
        </div>
        <div>
          <dt>CSM</dt>
          <dd>{s.csm ?? 'not known yet'}</dd>
        </div>
        <div>
          <dt>Segment</dt>
          <dd>{s.segment ?? 'not known yet'}</dd>
        </div>
        <div>
          <dt>Tier</dt>
          <dd>{s.tier ?? 'not known yet'}</dd>
        </div>
        <div>
          <dt>Stage</dt>
          <dd>{s.stageKnown === false ? 'Unknown: no page of this account was seen here and no account card came from the team' : (s.stageName ?? '—')}</dd>
        </div>
        <div>
          <dt>Completion</dt>
          <dd>
            {percentText(s.completion)} ({completionText(s)} steps)
          </dd>
        </div>
      </dl>
      {s.recordUrl ? (
        <p>
          <a className="page-link" href={s.recordUrl} target="_blank" rel="noopener noreferrer" data-action="open-salesforce">
            Open {accountLabel(s)} in Salesforce<VisuallyHidden> (opens in a new tab)</VisuallyHidden>
          </a>
        </p>
      ) : (
        <p className="page-hint">No Salesforce link yet: it appears once someone opens this account in Salesforce with CSM Guide.</p>
      )}

      <section aria-labelledby="detail-attention">
        <h3 id="detail-attention">Needs attention</h3>
        {s.overdue.length || s.flags.length ? (
          <ul className="detail-list">
            {s.overdue.map((item) => (
              <li key={`o-${item.ruleId}`} data-rule={item.ruleId} data-state={item.state}>
                <StateBadge state="error" text="Overdue" /> <strong>{item.title}</strong> ({item.ruleId}): due {formatShortDay(item.due ?? '')},{' '}
                {daysText(item.overdueDays ?? 0)} late
              </li>
            ))}
            {s.flags.map((flag) => (
              <li key={`f-${flag.kind}-${flag.ruleId ?? ''}`} data-flag={flag.kind}>
                <StateBadge state={flag.state} /> <strong>{flag.text}</strong>
                {flag.ruleId ? ` (${flag.ruleId})` : ''}
                {flag.since ? `: open since ${formatShortDay(flag.since)}${flag.openDays ? `, ${daysText(flag.openDays)}` : ''}` : ': open'}
              </li>
            ))}
          </ul>
        ) : (
          <p>Nothing overdue and no open flags.</p>
        )}
      </section>

      <section aria-labelledby="detail-checklist">
        <h3 id="detail-checklist">Checklist</h3>
        <table className="page-table detail-checklist">
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">State</th>
              <th scope="col">Due</th>
              <th scope="col">Checked off</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => (
              <tr key={item.ruleId} data-rule={item.ruleId} data-state={item.state}>
                <th scope="row">
                  {item.title} <span className="audit-sub">{item.ruleId}</span>
                </th>
                <td>
                  <StateBadge state={item.state} showText />
                  <span className="audit-sub">{item.message}</span>
                </td>
                <td>{item.due ? formatShortDay(item.due) : '—'}</td>
                <td>
                  <Stamp stamp={item.manual} author={authorOf(`item/${item.ruleId}`, item.manual)} timeZone={timeZone} today={today} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {log.length ? (
        <section aria-labelledby="detail-log">
          <h3 id="detail-log">10-day contact log</h3>
          <table className="page-table">
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Email</th>
                <th scope="col">Call</th>
              </tr>
            </thead>
            <tbody>
              {log.map((row, index) => (
                <tr key={row.day} data-day={row.day} aria-current={row.day === today ? 'date' : undefined}>
                  <th scope="row">
                    {row.state ? <StateBadge state={row.state} text={row.text ?? undefined} /> : null} {index + 1}. {formatShortDay(row.day)}
                    {row.day === today ? ' (today)' : ''}
                  </th>
                  <td>
                    <Stamp stamp={row.email} author={authorOf(`${row.day}/email`, row.email)} timeZone={timeZone} today={today} />
                  </td>
                  <td>
                    <Stamp stamp={row.call} author={authorOf(`${row.day}/call`, row.call)} timeZone={timeZone} today={today} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      <section aria-labelledby="detail-timeline">
        <h3 id="detail-timeline">Timeline</h3>
        {timeline.length ? (
          <ol className="detail-timeline" data-testid="timeline">
            {timeline.map((entry) => (
              <li
                key={entry.id}
                className={entry.current ? undefined : 'detail-timeline__old'}
                data-owner={notes.get(entry.id)?.owner ?? undefined}
                data-flagged={notes.get(entry.id)?.flags.length ? 'true' : undefined}
              >
                <time dateTime={entry.at}>{formatStamp(entry.at, timeZone, today)}</time> ·{' '}
                {notes.get(entry.id)?.owner ? (
                  <>
                    <strong>{notes.get(entry.id)!.owner}</strong> <span className="audit-sub">(signed in; display name “{entry.by || 'none'}”)</span>
                  </>
                ) : (
                  <strong>{who(entry.by)}</strong>
                )}{' '}
                · {entryText(entry)}
                {entry.current ? null : <span className="audit-sub"> (replaced by a later change)</span>}
                {notes.get(entry.id)?.flags.length ? (
                  <strong className="detail-flag" data-testid="author-flag">
                    {' '}
                    ⚠ Check: {notes.get(entry.id)!.flags.join('; ')}.
                  </strong>
                ) : null}
              </li>
            ))}
          </ol>
        ) : (
          <p>Nobody has checked anything off for this account yet.</p>
        )}
      </section>
    </div>
  );
}
