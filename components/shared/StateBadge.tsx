import type { ReactNode } from 'react';
import type { ItemState } from '../../lib/model/vocab';
import { STATE_TEXT } from './state-text';
import { VisuallyHidden } from './VisuallyHidden';

// 16×16 icons drawn with currentColor, so forced-colors (Windows high contrast) repaints them.
const ICONS: Record<ItemState, ReactNode> = {
  todo: <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" strokeWidth="1.5" />,
  done: (
    <>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M4.6 8.2 7 10.5l4.4-4.9" fill="none" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </>
  ),
  warn: (
    <>
      <path d="M8 1.2 15.2 14.3H.8Z" fill="currentColor" />
      <path d="M8 5.6v4.2" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
      <circle cx="8" cy="12" r=".95" fill="#fff" />
    </>
  ),
  error: (
    <>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="m5.3 5.3 5.4 5.4m0-5.4-5.4 5.4" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
    </>
  ),
  na: (
    <>
      <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M5 8h6" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </>
  ),
  info: (
    <>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M8 7.2v4.3" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
      <circle cx="8" cy="4.8" r=".95" fill="#fff" />
    </>
  ),
};

export interface StateBadgeProps {
  state: ItemState;
  /** Show the state's name next to the icon (dashboard tables); otherwise it is for screen readers only. */
  showText?: boolean;
  /** Replaces the default state name ("Done", "Warning"…). */
  text?: string;
}

/** A state icon plus its name: colour is never the only signal. */
export function StateBadge({ state, showText = false, text }: StateBadgeProps) {
  const label = text ?? STATE_TEXT[state];
  return (
    <span className={`csm-badge csm-badge--${state}`}>
      <svg className="csm-badge__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        {ICONS[state]}
      </svg>
      {showText ? <span className="csm-badge__text">{label}</span> : <VisuallyHidden>{label}</VisuallyHidden>}
    </span>
  );
}
