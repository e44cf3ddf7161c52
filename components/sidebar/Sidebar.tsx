import { useId, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import type { ChecklistItem as Item } from '../../lib/core/engine/types';
import { COMPOSE_PAGES } from '../../lib/core/model/served-pages';
import { Button } from '../common/Button';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { formatRelativeDue, todayFor } from '../common/format';
import { VisuallyHidden } from '../common/VisuallyHidden';
import { AccountSummary } from './AccountSummary';
import { ChecklistItem } from './ChecklistItem';
import { ComposePicker } from './ComposePicker';
import { DisclosureToggle } from './Disclosure';
import { NoticeList, unreadableNotices } from './NoticeList';
import { ResizeHandle } from './ResizeHandle';
import { TeamSyncLine } from './TeamSyncLine';
import { SIDEBAR_WIDTH } from '../../lib/store/schemas';
import { openFlagCount, type SidebarProps } from '../../lib/view-model/sidebar';

export type { SidebarIntent, SidebarProps } from '../../lib/view-model/sidebar';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function GearIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M9.4 1h-2.8l-.4 2a5.2 5.2 0 0 0-1.3.8l-2-.7L1.5 5.5 3 6.8a5.3 5.3 0 0 0 0 1.5l-1.5 1.4 1.4 2.4 2-.7c.4.3.8.6 1.3.8l.4 2h2.8l.4-2c.5-.2.9-.5 1.3-.8l2 .7 1.4-2.4-1.5-1.4a5.3 5.3 0 0 0 0-1.5l1.5-1.3-1.4-2.4-2 .7a5.2 5.2 0 0 0-1.3-.8ZM8 5.6a2.4 2.4 0 1 1 0 4.8 2.4 2.4 0 0 1 0-4.8Z"
      />
    </svg>
  );
}

/** A window with a bar at the edge the panel would move to. */
function DockIcon({ side }: { side: 'left' | 'right' }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <rect x="1.5" y="2.5" width="13" height="11" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <rect x={side === 'left' ? 2 : 10} y="3" width="4" height="10" fill="currentColor" />
    </svg>
  );
}

function ChevronIcon({ direction }: { direction: 'left' | 'right' }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        d={direction === 'right' ? 'm5.5 3 5 5-5 5' : 'm10.5 3-5 5 5 5'}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

interface SectionProps {
  title: string;
  section: string;
  items: Item[];
  empty: string;
  render: (item: Item) => ReactNode;
}

function ItemSection({ title, section, items, empty, render }: SectionProps) {
  const id = useId();
  return (
    <section className="csm-section" data-section={section} aria-labelledby={id}>
      <h3 className="csm-section__title" id={id}>
        {title}
      </h3>
      {items.length ? <ul className="csm-items">{items.map(render)}</ul> : <p className="csm-muted csm-empty">{empty}</p>}
    </section>
  );
}

/**
 * The in-page sidebar: renders a ChecklistModel and raises intents. It never queries the host page,
 * never touches storage, and only takes focus when the user asks for it (opening it from the tab,
 * opening an entry input); when it collapses with focus inside, focus goes to the tab.
 */
export function Sidebar(props: SidebarProps) {
  const { model, account, pageLabel, notices, collapsed, now, timeZone, busyAction, lastResult, composes, progressLoading, onIntent } = props;
  const side = props.side ?? 'right';
  const savedWidth = props.width ?? SIDEBAR_WIDTH.default;
  // While the edge is dragged the panel follows the pointer; the width is saved on release.
  // It is also held after a key press until the saved width comes back, so quick presses add up.
  const [previewWidth, setPreviewWidth] = useState<number | null>(null);
  useLayoutEffect(() => setPreviewWidth(null), [savedWidth]);
  const width = previewWidth ?? savedWidth;
  const other = side === 'right' ? 'left' : 'right';
  const today = todayFor(now, timeZone);
  const panelId = useId();
  const headingId = useId();
  const [naOpen, setNaOpen] = useState(false);
  const naListId = useId();

  const tabRef = useRef<HTMLButtonElement>(null);
  const collapseRef = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<'tab' | 'panel' | null>(null);
  const focusInside = useRef(false);
  const panelRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  /** The element last focused in the panel and the rule it belongs to (see the rescue below). */
  const lastFocus = useRef<{ el: Element; rule: string | null } | null>(null);

  const requestCollapse = (next: boolean) => {
    pendingFocus.current = next ? 'tab' : 'panel';
    onIntent({ type: 'collapse', collapsed: next });
  };

  // Runs when the owner applies the new `collapsed`. Focus only follows a user's request, or is
  // rescued when the element holding it was just hidden.
  useLayoutEffect(() => {
    const wanted = pendingFocus.current;
    pendingFocus.current = null;
    if (collapsed && (wanted === 'tab' || focusInside.current)) {
      focusInside.current = false;
      tabRef.current?.focus();
    } else if (!collapsed && wanted === 'panel') {
      collapseRef.current?.focus();
    }
  }, [collapsed]);

  // An action's button can go away in the re-render its own success causes (a fill that is now
  // done offers no fill). The browser then drops focus to the page body: put it on the item the
  // button belonged to (or the heading), so keyboard and screen-reader users keep their place.
  useLayoutEffect(() => {
    const last = lastFocus.current;
    const panel = panelRef.current;
    if (!last || !panel || last.el.isConnected || collapsed) return;
    lastFocus.current = null;
    const root = panel.getRootNode() as Document | ShadowRoot;
    if (root.activeElement && root.activeElement !== panel.ownerDocument.body) return;
    const item = last.rule ? Array.from(panel.querySelectorAll<HTMLElement>('[data-rule]')).find((el) => el.dataset.rule === last.rule) : undefined;
    (item && !item.closest('[hidden]') ? item : headingRef.current)?.focus();
  });

  const onPanelKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      requestCollapse(true);
    }
  };
  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    // Enter would click the button anyway; handling it here keeps one path (and one intent).
    if (event.key === 'Enter') {
      event.preventDefault();
      requestCollapse(false);
    }
  };

  const flags = openFlagCount(model);
  const pageItems = model.items.filter((i) => i.section === 'page' && i.state !== 'na');
  const timelineItems = model.items.filter((i) => i.section === 'timeline' && i.state !== 'na');
  const naItems = model.items.filter((i) => i.state === 'na');
  const allNotices = [...unreadableNotices(model.unreadable), ...notices];
  const accountId = model.accountId ?? account?.accountId ?? undefined;
  const next = model.next;
  const nextDue = next?.due ? formatRelativeDue(next.due, today, timeZone) : null;
  const summary = [
    model.counts.error ? plural(model.counts.error, 'problem') : null,
    model.counts.warn ? plural(model.counts.warn, 'warning') : null,
    model.counts.todo ? `${model.counts.todo} to do` : null,
    model.counts.done ? `${model.counts.done} done` : null,
  ].filter(Boolean);

  const renderItem = (item: Item) => (
    <ChecklistItem
      key={item.ruleId}
      item={item}
      today={today}
      timeZone={timeZone}
      locked={progressLoading === true}
      onIntent={onIntent}
      {...(busyAction ? { busyAction } : {})}
    />
  );

  return (
    <div
      className="csm-root"
      data-testid="csm-guide-sidebar"
      data-page-kind={model.pageKind ?? undefined}
      data-account-id={accountId}
      data-collapsed={collapsed ? 'true' : 'false'}
      data-progress={progressLoading ? 'loading' : 'ready'}
      data-side={side}
      style={{ '--csm-top': `${Math.max(0, props.topOffset ?? 0)}px`, '--csm-width': `${width}px` } as CSSProperties}
    >
      <button
        ref={tabRef}
        type="button"
        className="csm-tab"
        hidden={!collapsed}
        aria-expanded={false}
        aria-controls={panelId}
        data-flags={flags}
        onClick={() => requestCollapse(false)}
        onKeyDown={onTabKeyDown}
      >
        <ChevronIcon direction={side === 'right' ? 'left' : 'right'} />
        <span className="csm-tab__label">CSM Guide</span>
        {flags ? (
          <span className={`csm-tab__count${model.counts.error ? ' csm-tab__count--error' : ''}`} aria-hidden="true">
            {flags}
          </span>
        ) : null}
        <VisuallyHidden>{flags ? `, ${plural(flags, 'open flag')}` : ', no open flags'}</VisuallyHidden>
      </button>

      <aside
        id={panelId}
        className="csm-panel"
        hidden={collapsed}
        aria-labelledby={headingId}
        ref={panelRef}
        onKeyDown={onPanelKeyDown}
        onFocus={(event) => {
          focusInside.current = true;
          lastFocus.current = { el: event.target, rule: event.target.closest('[data-rule]')?.getAttribute('data-rule') ?? null };
        }}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) focusInside.current = false;
          // Focus moved on to something else: nothing to rescue (a removed element gives no relatedTarget).
          if (event.relatedTarget && !event.currentTarget.contains(event.relatedTarget as Node)) lastFocus.current = null;
        }}
      >
        <ResizeHandle
          side={side}
          width={width}
          onPreview={setPreviewWidth}
          onCommit={(next) => {
            setPreviewWidth(next === savedWidth ? null : next);
            if (next !== savedWidth) onIntent({ type: 'set-width', width: next });
          }}
        />
        <header className="csm-header">
          <div className="csm-header__text">
            <h2 className="csm-header__title" id={headingId} ref={headingRef} tabIndex={-1}>
              CSM Guide
            </h2>
            <p className="csm-header__page">{pageLabel}</p>
          </div>
          <Button variant="icon" title="Settings" onClick={() => onIntent({ type: 'open-settings' })}>
            <GearIcon />
            <VisuallyHidden>Settings</VisuallyHidden>
          </Button>
          <Button variant="icon" title={`Dock on the ${other}`} data-action="set-side" onClick={() => onIntent({ type: 'set-side', side: other })}>
            <DockIcon side={other} />
            <VisuallyHidden>{`Dock CSM Guide on the ${other} on this site`}</VisuallyHidden>
          </Button>
          <Button
            variant="icon"
            ref={collapseRef}
            title="Collapse (Esc)"
            aria-expanded={true}
            data-collapse=""
            onClick={() => requestCollapse(true)}
          >
            <ChevronIcon direction={side} />
            <VisuallyHidden>Collapse CSM Guide</VisuallyHidden>
          </Button>
        </header>
        <TeamSyncLine onIntent={onIntent} />
        {lastResult ? (
          <p className={`csm-result csm-result--${lastResult.ok ? 'ok' : 'error'}`} data-result={lastResult.ok ? 'ok' : 'error'}>
            {lastResult.message}
          </p>
        ) : null}
        <div className="csm-body">
          {/* The header above (settings, collapse) keeps working when the checklist cannot render. */}
          <ErrorBoundary what="The checklist" resetKey={model}>
            {progressLoading ? (
              <p className="csm-muted" data-testid="progress-loading">
                Loading this account’s ticks… (your clicks are kept)
              </p>
            ) : null}
            {summary.length || next ? (
              <div className="csm-summary">
                {summary.length ? <p>{summary.join(' · ')}</p> : null}
                {next ? (
                  <p>
                    Next: {next.title}
                    {nextDue ? `, ${nextDue.text}` : ''}
                  </p>
                ) : null}
              </div>
            ) : null}
            {COMPOSE_PAGES && composes ? <ComposePicker view={composes} onIntent={onIntent} /> : null}
            <AccountSummary account={account} onIntent={onIntent} />
            <NoticeList notices={allNotices} onIntent={onIntent} />
            <ItemSection
              title="This page"
              section="page"
              items={pageItems}
              empty="Nothing to check on this page."
              render={renderItem}
            />
            <ItemSection
              title="Account timeline"
              section="timeline"
              items={timelineItems}
              empty="No timeline steps for this account yet."
              render={renderItem}
            />
            {naItems.length ? (
              <section className="csm-section csm-na" data-section="na">
                <h3 className="csm-section__title">
                  <DisclosureToggle open={naOpen} controls={naListId} onToggle={() => setNaOpen(!naOpen)}>
                    Not for this account ({naItems.length})
                  </DisclosureToggle>
                </h3>
                {/* Kept in the DOM (hidden) so every rule shown keeps its data-rule/data-state hook. */}
                <ul className="csm-items" id={naListId} hidden={!naOpen}>
                  {naItems.map(renderItem)}
                </ul>
              </section>
            ) : null}
          </ErrorBoundary>
        </div>
      </aside>

      <div className="csm-vh" role="status" aria-live="polite" aria-atomic="true">
        {lastResult?.message ?? ''}
      </div>
    </div>
  );
}
