import type { ItemState } from '../../lib/core/model/vocab';
import { STATE_TEXT } from './state-text';
import { VisuallyHidden } from './VisuallyHidden';

export interface StateBadgeProps {
  state: ItemState;
  /** Show the state's name next to the icon (dashboard tables); otherwise it is for screen readers only. */
  showText?: boolean;
  /** Replaces the default state name ("Done", "Warning"…). */
  text?: string;
}

/**
 * A state icon plus its name: colour is never the only signal.
 *
 * The icon is one empty `<span>` drawn by shared.css (`.csm-badge--<state> > .csm-badge__icon`:
 * the shape as a mask over currentColor, its white mark as a background image), not an inline SVG
 * of 2–4 elements: the sidebar shows ~30 of them and re-renders them on every read of the page
 * (issue 15). A state change only changes the badge's class.
 */
export function StateBadge({ state, showText = false, text }: StateBadgeProps) {
  const label = text ?? STATE_TEXT[state];
  return (
    <span className={`csm-badge csm-badge--${state}`}>
      <span className="csm-badge__icon" aria-hidden="true" />
      {showText ? <span className="csm-badge__text">{label}</span> : <VisuallyHidden>{label}</VisuallyHidden>}
    </span>
  );
}
