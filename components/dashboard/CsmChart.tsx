import { useId } from 'react';
import type { CsmStats } from '../../lib/audit/per-csm';
import { percentText, plural } from './format';

export interface CsmChartProps {
  stats: CsmStats[];
  /** id of the heading that names the chart. */
  labelledBy: string;
}

const ROW = 30;
const NAME_W = 170;
const BAR_W = 260;
const GAP = 90;
const OVERDUE_W = 180;
const WIDTH = NAME_W + BAR_W + GAP + OVERDUE_W + 60;
const TOP = 26;

const nameOf = (s: CsmStats) => s.csm ?? 'CSM not known';

/** What the chart shows, in one sentence per CSM (the SVG's accessible description). */
export const chartSummary = (stats: readonly CsmStats[]): string =>
  stats
    .map((s) => `${nameOf(s)}: ${percentText(s.completion)} complete (${s.done} of ${s.applicable} steps), ${plural(s.overdue, 'overdue step')} on ${plural(s.accountsOverdue, 'account')}.`)
    .join(' ');

/**
 * Completion and overdue steps per CSM, as bars. The SVG is one image with a text description
 * for screen readers; the same numbers are in a table below for anyone who prefers to read them.
 * Colour is never the only cue: every bar is labelled with its number.
 */
export function CsmChart({ stats, labelledBy }: CsmChartProps) {
  const descId = useId();
  if (!stats.length) return <p className="page-empty">No accounts to chart.</p>;
  const maxOverdue = Math.max(1, ...stats.map((s) => s.overdue));
  const height = TOP + stats.length * ROW + 8;
  const overdueX = NAME_W + BAR_W + GAP;
  return (
    <figure className="csm-chart">
      <svg
        className="csm-chart__svg"
        role="img"
        aria-labelledby={`${labelledBy} ${descId}`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        style={{ maxWidth: WIDTH }}
        data-testid="csm-chart"
      >
        <desc id={descId}>{chartSummary(stats)}</desc>
        <text x={NAME_W} y={14} className="csm-chart__axis">
          Completion (done of applicable steps)
        </text>
        <text x={overdueX} y={14} className="csm-chart__axis">
          Overdue steps
        </text>
        {stats.map((s, i) => {
          const y = TOP + i * ROW;
          const done = Math.round((s.completion ?? 0) * BAR_W);
          const overdue = Math.round((s.overdue / maxOverdue) * OVERDUE_W);
          return (
            <g key={s.csm ?? '(none)'} data-csm={s.csm ?? ''}>
              <text x={NAME_W - 10} y={y + 15} textAnchor="end" className="csm-chart__name">
                {nameOf(s).length > 24 ? `${nameOf(s).slice(0, 23)}…` : nameOf(s)}
              </text>
              <rect x={NAME_W} y={y + 3} width={BAR_W} height={16} className="csm-chart__track" />
              <rect x={NAME_W} y={y + 3} width={done} height={16} className="csm-chart__done" />
              <text x={NAME_W + BAR_W + 8} y={y + 15} className="csm-chart__value">
                {percentText(s.completion)}
              </text>
              <rect x={overdueX} y={y + 3} width={Math.max(overdue, s.overdue ? 2 : 0)} height={16} className="csm-chart__overdue" />
              <text x={overdueX + Math.max(overdue, 0) + 6} y={y + 15} className="csm-chart__value">
                {s.overdue}
              </text>
            </g>
          );
        })}
      </svg>
      <details className="csm-chart__table">
        <summary>Show these numbers as a table</summary>
        <table className="page-table">
          <caption className="csm-vh">Completion and overdue steps per CSM</caption>
          <thead>
            <tr>
              <th scope="col">CSM</th>
              <th scope="col">Accounts</th>
              <th scope="col">Steps done</th>
              <th scope="col">Steps that apply</th>
              <th scope="col">Completion</th>
              <th scope="col">Overdue steps</th>
              <th scope="col">Accounts with overdue steps</th>
            </tr>
          </thead>
          <tbody>
            {stats.map((s) => (
              <tr key={s.csm ?? '(none)'}>
                <th scope="row">{nameOf(s)}</th>
                <td>{s.accounts}</td>
                <td>{s.done}</td>
                <td>{s.applicable}</td>
                <td>{percentText(s.completion)}</td>
                <td>{s.overdue}</td>
                <td>{s.accountsOverdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
