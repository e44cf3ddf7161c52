import type { ChecklistItem, ItemAction, ItemDetail } from '../../lib/core/engine/types';
import { isIsoDate } from '../../lib/core/dates';
import { formatShortDay } from '../common/format';
import { StateBadge } from '../common/StateBadge';
import { VisuallyHidden } from '../common/VisuallyHidden';
import type { SidebarIntent } from '../../lib/view-model/sidebar';

type ContactAction = Extract<ItemAction, { type: 'log-contact' }>;

export interface ContactLogGridProps {
  item: ChecklistItem;
  /** The item's `log-contact` actions. */
  actions: ContactAction[];
  /** `YYYY-MM-DD` in the user's zone: that row is highlighted. */
  today: string;
  /** The account's ticks are still loading (see ChecklistItem). */
  locked?: boolean;
  onIntent: (intent: SidebarIntent) => void;
}

const CHANNELS = [
  { channel: 'email', label: 'Email' },
  { channel: 'call', label: 'Call' },
] as const;

/** The days the grid shows: details keyed by a `YYYY-MM-DD` day, then any action day not among them. */
export const logDays = (item: Pick<ChecklistItem, 'details'>, actions: readonly ContactAction[]): string[] => {
  const days = (item.details ?? []).flatMap((d) => (d.key && isIsoDate(d.key) ? [d.key] : []));
  for (const a of actions) if (!days.includes(a.day)) days.push(a.day);
  return days;
};

/**
 * A contact log (an item whose view is `contact-log`). One row per day (the item's details keyed by the day give its state
 * and full text), today's row highlighted. Where the item has a `log-contact` action for a day
 * and channel, that cell is a checkbox: an action's `done` is the value to record, so the box
 * shows `!done` and ticking it raises `log-contact` with `done`. Other cells are read-only: a
 * tick when the day is complete.
 */
export function ContactLogGrid({ item, actions, today, locked = false, onIntent }: ContactLogGridProps) {
  const days = logDays(item, actions);
  const detailOf = new Map<string, ItemDetail>();
  for (const d of item.details ?? []) if (d.key && isIsoDate(d.key)) detailOf.set(d.key, d);
  const actionOf = (day: string, channel: 'email' | 'call') =>
    actions.find((a) => a.day === day && a.channel === channel);

  return (
    <table className="csm-log" data-log-grid="">
      <caption className="csm-log__caption">{days.length}-day contact log</caption>
      <thead>
        <tr>
          <th scope="col">Day</th>
          {CHANNELS.map((c) => (
            <th scope="col" key={c.channel}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {days.map((day, index) => {
          const isToday = day === today;
          const detail = detailOf.get(day);
          const dayText = formatShortDay(day);
          return (
            <tr
              key={day}
              data-day={day}
              data-detail-state={detail?.state}
              className={`csm-log__row${isToday ? ' csm-log__row--today' : ''}`}
              aria-current={isToday ? 'date' : undefined}
              title={detail?.text}
            >
              <th scope="row" className="csm-log__day">
                {detail?.state ? <StateBadge state={detail.state} text={detail.text} /> : null}
                <span className="csm-log__num" aria-hidden="true">
                  {index + 1}
                </span>{' '}
                <span aria-hidden={detail?.state ? true : undefined}>{dayText}</span>
                {isToday ? <span className="csm-log__today"> · today</span> : null}
                {!detail?.state && detail?.text ? <VisuallyHidden>{`: ${detail.text}`}</VisuallyHidden> : null}
              </th>
              {CHANNELS.map(({ channel, label }) => {
                const action = actionOf(day, channel);
                if (!action) {
                  return (
                    <td key={channel} className="csm-log__cell">
                      {detail?.state === 'done' ? (
                        <span className="csm-log__mark">
                          <span aria-hidden="true">✓</span>
                          <VisuallyHidden>{`${label} logged`}</VisuallyHidden>
                        </span>
                      ) : null}
                    </td>
                  );
                }
                const checked = !action.done;
                return (
                  <td key={channel} className="csm-log__cell">
                    <input
                      type="checkbox"
                      className="csm-check"
                      data-action="log-contact"
                      data-day={day}
                      data-channel={channel}
                      checked={checked}
                      aria-label={`${label} on ${dayText}`}
                      aria-busy={locked || undefined}
                      onChange={() => onIntent({ type: 'log-contact', ruleId: item.ruleId, day, channel, done: !checked })}
                    />
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
