export { Button, type ButtonProps } from './Button';
export { StateBadge, type StateBadgeProps } from './StateBadge';
export { STATE_TEXT } from './state-text';
export { VisuallyHidden } from './VisuallyHidden';
export { formatRelativeDue, formatShortDay, formatStamp, todayFor, type RelativeDue } from './format';
