import { useId, useRef, useState } from 'react';
import type { ChecklistItem as Item } from '../../lib/core/engine/types';
import { Button } from '../common/Button';
import { formatRelativeDue, formatStamp } from '../common/format';
import { StateBadge } from '../common/StateBadge';
import { ContactLogGrid, logDays } from './ContactLogGrid';
import { Disclosure } from './Disclosure';
import { EscalationEntryEditor } from './EscalationEntryEditor';
import { actionKey, contactActions, isContactLog, type SidebarIntent } from '../../lib/view-model/sidebar';

export interface ChecklistItemProps {
  item: Item;
  /** `YYYY-MM-DD` in the user's zone. */
  today: string;
  timeZone: string;
  busyAction?: string;
  /** The account's ticks are still loading: ticking now could undo one the CSM cannot see yet. */
  locked?: boolean;
  onIntent: (intent: SidebarIntent) => void;
}

const OPEN_STATES = new Set(['todo', 'warn', 'error', 'info']);

/** One rule: `<li data-rule data-state>` with its state, message, due date, details, actions and help. */
export function ChecklistItem({ item, today, timeZone, busyAction, locked = false, onIntent }: ChecklistItemProps) {
  const titleId = useId();
  /** Index (in item.actions) of the escalation entry being typed. */
  const [editing, setEditing] = useState<number | null>(null);
  const entryButtons = useRef(new Map<number, HTMLButtonElement>());

  const contacts = contactActions(item);
  const grid = isContactLog(item) ? logDays(item, contacts) : [];
  const details = (item.details ?? []).filter((d) => !(d.key && grid.includes(d.key)));
  const manualDone = item.manual?.done === true ? item.manual : null;
  // A tick kept in the outbox but not yet in the store says so; it is safe either way.
  const stamp = manualDone
    ? `Done by ${manualDone.by || 'you'} · ${formatStamp(manualDone.at, timeZone, today)}${manualDone.pending ? ' · saving…' : ''}`
    : null;
  // The generic "Done by Maria." says less than the stamp; show one, not both.
  const message = manualDone && /^Done by [^.]*\.$/.test(item.message) ? null : item.message;
  const open = OPEN_STATES.has(item.state);
  const due = item.due ? formatRelativeDue(item.due, today, timeZone) : null;
  const buttons = item.actions.map((action, index) => ({ action, index })).filter(({ action }) => action.type !== 'log-contact');

  const closeEditor = (index: number) => {
    setEditing(null);
    entryButtons.current.get(index)?.focus();
  };

  return (
    // tabIndex -1: the sidebar moves focus here when the focused action button went away.
    <li className={`csm-item csm-item--${item.state}`} data-rule={item.ruleId} data-state={item.state} aria-labelledby={titleId} tabIndex={-1}>
      <div className="csm-item__head">
        <StateBadge state={item.state} />
        <h4 className="csm-item__title" id={titleId}>
          {item.title}
        </h4>
      </div>
      {message ? <p className="csm-item__message">{message}</p> : null}
      {due ? (
        <p className={`csm-item__due${due.overdue && open ? ' csm-item__due--overdue' : ''}`} data-due={due.date}>
          {open ? (
            <>
              <time dateTime={item.due}>{due.text}</time> · {due.absolute}
            </>
          ) : (
            <>
              Due <time dateTime={item.due}>{due.absolute}</time>
            </>
          )}
        </p>
      ) : null}
      {stamp ? <p className="csm-item__stamp">{stamp}</p> : null}
      {details.length ? (
        <ul className="csm-details" aria-label={`Details: ${item.title}`}>
          {details.map((detail, index) => (
            <li key={detail.key ?? index} className="csm-details__row" data-detail={detail.key} data-detail-state={detail.state}>
              {detail.toggle ? (
                <input
                  type="checkbox"
                  className="csm-details__tick"
                  checked={detail.toggle.done}
                  aria-label={detail.toggle.label ?? `Done: ${detail.text}`}
                  aria-busy={locked || undefined}
                  data-action="toggle-done"
                  onChange={(event) => onIntent({ type: 'toggle-done', ruleId: detail.toggle!.key, done: event.currentTarget.checked })}
                />
              ) : null}
              {detail.state ? <StateBadge state={detail.state} /> : null}
              <span>{detail.text}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {grid.length ? <ContactLogGrid item={item} actions={contacts} today={today} locked={locked} onIntent={onIntent} /> : null}
      {buttons.length ? (
        <div className="csm-actions">
          {buttons.map(({ action, index }) => {
            const busy = busyAction === actionKey(item.ruleId, action);
            const common = {
              'data-action': action.verb,
              ...('field' in action ? { 'data-field': action.field } : {}),
              busy,
              'aria-describedby': titleId,
              children: busy ? `${action.label}…` : action.label,
            };
            if (action.type === 'toggle-done') {
              const done = item.manual?.done === true;
              return (
                <Button
                  key={index}
                  {...common}
                  // Never disabled or ignored while the account's ticks load (a big batch can keep the store
                  // busy for seconds) or a tick is saving: the label says "…" and the click is taken. Shown
                  // as not done while loading, it can only mark done, never undo a tick not shown yet.
                  busy={false}
                  variant={done ? 'neutral' : 'brand'}
                  onClick={() => onIntent({ type: 'toggle-done', ruleId: item.ruleId, done: !done })}
                />
              );
            }
            if (action.type === 'escalation-entry') {
              const isOpen = editing === index;
              return (
                <Button
                  key={index}
                  {...common}
                  ref={(el) => {
                    if (el) entryButtons.current.set(index, el);
                    else entryButtons.current.delete(index);
                  }}
                  aria-expanded={isOpen}
                  onClick={() => setEditing(isOpen ? null : index)}
                />
              );
            }
            return <Button key={index} {...common} onClick={() => onIntent({ type: 'run-action', ruleId: item.ruleId, action })} />;
          })}
        </div>
      ) : null}
      {editing !== null && item.actions[editing]?.type === 'escalation-entry' ? (
        <EscalationEntryEditor
          key={editing}
          action={item.actions[editing] as Extract<Item['actions'][number], { type: 'escalation-entry' }>}
          itemTitle={item.title}
          onCancel={() => closeEditor(editing)}
          onSubmit={(text) => {
            onIntent({ type: 'run-action', ruleId: item.ruleId, action: item.actions[editing]!, text });
            closeEditor(editing);
          }}
        />
      ) : null}
      {item.steps?.length ? (
        <Disclosure className="csm-item__steps" label={`Steps (${item.steps.length})`}>
          <ol className="csm-steps">
            {item.steps.map((step, index) => (
              <li key={index}>{step}</li>
            ))}
          </ol>
        </Disclosure>
      ) : null}
      {item.help ? (
        <Disclosure className="csm-item__help" label="How to">
          <p className="csm-help">{item.help}</p>
          <p className="csm-help__source">From {item.sop}</p>
        </Disclosure>
      ) : null}
    </li>
  );
}
