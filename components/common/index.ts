export { Button, type ButtonProps } from './Button';
export { ErrorBoundary, type ErrorBoundaryProps } from './ErrorBoundary';
export { StateBadge, type StateBadgeProps } from './StateBadge';
export { STATE_TEXT } from './state-text';
export { VisuallyHidden } from './VisuallyHidden';
export { formatRelativeDue, formatShortDay, formatStamp, todayFor, type RelativeDue } from './format';
