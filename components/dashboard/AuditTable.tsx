import { useEffect, useRef, type MouseEvent } from 'react';
import { activityAuthor, authorLine } from '../../lib/audit/author';
import type { SortKey } from '../../lib/audit/query';
import type { EventAuthor } from '../../lib/audit/timeline';
import type { AccountSummary } from '../../lib/audit/types';
import { formatStamp } from '../common/format';
import { StateBadge } from '../common/StateBadge';
import { VisuallyHidden } from '../common/VisuallyHidden';
import { accountLabel, completionText, daysText, openText, percentText, stageText, worstOverdue } from './format';
import { useWindowing } from './windowing';

/** Every row has the same height, which is what lets the table render only what is in view. */
export const ROW_HEIGHT = 56;
const HEADER_HEIGHT = 40;

interface Column {
  key: SortKey | null;
  label: string;
  width: string;
  /** Numbers sort biggest first on the first click, text A→Z. */
  firstDir?: 'asc' | 'desc';
}

const COLUMNS: Column[] = [
  { key: 'name', label: 'Account', width: '20%' },
  { key: 'csm', label: 'CSM', width: '10%' },
  { key: 'segment', label: 'Segment', width: '7%' },
  { key: 'tier', label: 'Tier', width: '7%' },
  { key: 'stage', label: 'Stage', width: '11%' },
  { key: 'completion', label: 'Completion', width: '9%', firstDir: 'asc' },
  { key: 'overdue', label: 'Overdue', width: '10%', firstDir: 'desc' },
  { key: 'flags', label: 'Open flags', width: '14%', firstDir: 'desc' },
  { key: 'activity', label: 'Last activity', width: '12%', firstDir: 'desc' },
];

export interface AuditTableProps {
  rows: AccountSummary[];
  sort: { key: SortKey; dir: 'asc' | 'desc' };
  onSort(sort: { key: SortKey; dir: 'asc' | 'desc' }): void;
  /** Opens the account's detail; `opener` gets focus back when it closes. */
  onOpen(accountId: string, opener: HTMLElement): void;
  timeZone: string;
  today: string;
  /** id of the heading that names the table. */
  labelledBy: string;
  /** Changes when the filters or the sort change: the table then scrolls back to its top. */
  resetKey?: string;
  /** Who recorded events, as team sync proves it (by event id): "Last activity" names that user. */
  authors?: Readonly<Record<string, EventAuthor>>;
}

const NO_AUTHORS: Readonly<Record<string, EventAuthor>> = {};

function SortHeader({ column, sort, onSort }: { column: Column; sort: AuditTableProps['sort']; onSort: AuditTableProps['onSort'] }) {
  const active = column.key !== null && sort.key === column.key;
  const ariaSort = active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none';
  if (!column.key) return <th scope="col">{column.label}</th>;
  const key = column.key;
  const next = () => onSort({ key, dir: active ? (sort.dir === 'asc' ? 'desc' : 'asc') : (column.firstDir ?? 'asc') });
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button type="button" className="audit-sort" onClick={next} data-sort={key}>
        {column.label}
        <span className="audit-sort__arrow" aria-hidden="true">
          {active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

/**
 * The accounts table. A real `<table>` (so screen readers announce rows and columns) whose body
 * renders only the rows in view plus a margin: spacer rows stand in for the rest, and
 * aria-rowcount / aria-rowindex tell assistive technology where each rendered row sits.
 */
export function AuditTable({ rows, sort, onSort, onOpen, timeZone, today, labelledBy, resetKey, authors = NO_AUTHORS }: AuditTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    scroller.current?.scrollTo?.({ top: 0 });
  }, [resetKey]);
  const range = useWindowing(scroller, rows.length, ROW_HEIGHT, HEADER_HEIGHT);
  const visible = rows.slice(range.start, range.end);
  const open = (accountId: string) => (event: MouseEvent<HTMLButtonElement>) => onOpen(accountId, event.currentTarget);

  return (
    <div className="audit-scroll" ref={scroller} role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="audit-table" aria-labelledby={labelledBy} aria-rowcount={rows.length + 1} data-testid="audit-table">
        <colgroup>
          {COLUMNS.map((c) => (
            <col key={c.label} style={{ width: c.width }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((column) => (
              <SortHeader key={column.label} column={column} sort={sort} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {range.before > 0 ? (
            <tr className="audit-spacer" aria-hidden="true" style={{ height: range.before }}>
              <td colSpan={COLUMNS.length} />
            </tr>
          ) : null}
          {visible.map((s, i) => {
            const worst = worstOverdue(s);
            return (
              <tr
                key={s.accountId}
                className="audit-row"
                style={{ height: ROW_HEIGHT }}
                aria-rowindex={range.start + i + 2}
                data-account-id={s.accountId}
                data-overdue={s.overdue.length}
              >
                <th scope="row" className="audit-cell audit-cell--account">
                  <button type="button" className="audit-open" onClick={open(s.accountId)} data-action="open-account">
                    {accountLabel(s)}
                  </button>
                  <span className="audit-id">
                    <VisuallyHidden>Salesforce ID </VisuallyHidden>
                    {s.accountId}
                  </span>
                  {s.recordUrl ? (
                    <a className="audit-sf" href={s.recordUrl} target="_blank" rel="noopener noreferrer">
                      Salesforce<VisuallyHidden>{` record of ${accountLabel(s)} (opens in a new tab)`}</VisuallyHidden>
                    </a>
                  ) : null}
                </th>
                <td className="audit-cell">{s.csm ?? <span className="audit-unknown">not known</span>}</td>
                <td className="audit-cell">{s.segment ?? <span className="audit-unknown">—</span>}</td>
                <td className="audit-cell">{s.tier ?? <span className="audit-unknown">—</span>}</td>
                <td className="audit-cell" title={stageText(s) ?? undefined}>
                  {s.stageKnown === false ? <span className="audit-unknown">Unknown</span> : (s.stageName ?? <span className="audit-unknown">—</span>)}
                </td>
                <td className="audit-cell" data-col="completion">
                  <span className="audit-num">{percentText(s.completion)}</span>
                  <span className="audit-sub">{completionText(s)}</span>
                  <span className="audit-bar" aria-hidden="true">
                    <span className="audit-bar__fill" style={{ width: `${Math.round((s.completion ?? 0) * 100)}%` }} />
                  </span>
                </td>
                <td className="audit-cell" data-col="overdue">
                  {s.overdue.length ? (
                    <>
                      <StateBadge state="error" text="Overdue steps:" />
                      <span className="audit-num"> {s.overdue.length}</span>
                      <span className="audit-sub">longest {daysText(worst)}</span>
                    </>
                  ) : (
                    <span className="audit-none">None</span>
                  )}
                </td>
                <td className="audit-cell" data-col="flags" title={s.flags.map((f) => f.text).join('; ') || undefined}>
                  {s.flags.length ? (
                    <>
                      <span className="audit-flag">
                        <StateBadge state={s.flags[0]!.state} /> {s.flags[0]!.text}
                      </span>
                      <span className="audit-sub">
                        {[
                          openText(s.flags[0]!.openDays),
                          s.flags.length > 1 ? `+${s.flags.length - 1} more` : null,
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </span>
                    </>
                  ) : (
                    <span className="audit-none">None</span>
                  )}
                </td>
                <td className="audit-cell">
                  {s.lastActivity ? (
                    <>
                      <span>{formatStamp(s.lastActivity.at, timeZone, today)}</span>
                      {(() => {
                        const author = activityAuthor(s.lastActivity.by, authors[s.lastActivity.id]);
                        return (
                          <span className="audit-sub" data-testid="last-activity-by" data-proof={author.proof}>
                            {authorLine(author)}
                          </span>
                        );
                      })()}
                    </>
                  ) : (
                    <span className="audit-unknown">none</span>
                  )}
                </td>
              </tr>
            );
          })}
          {range.after > 0 ? (
            <tr className="audit-spacer" aria-hidden="true" style={{ height: range.after }}>
              <td colSpan={COLUMNS.length} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
