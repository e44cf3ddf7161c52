/** The toolbar badge: the number of overdue steps, empty when none (Chrome hides an empty badge). */
export interface Badge {
  text: string;
  /** Red for overdue work, as the sidebar's error state. */
  color: string;
  /** Read by screen readers with the button's name (the action title). */
  title: string;
}

export const BADGE_COLOR = '#b3261e';
const BASE_TITLE = 'CSM Guide: my day';

/** The badge has room for about four characters: 1000 overdue steps read "999+". */
export const overdueBadge = (overdue: number): Badge => ({
  text: overdue <= 0 ? '' : overdue > 999 ? '999+' : String(overdue),
  color: BADGE_COLOR,
  title: overdue <= 0 ? BASE_TITLE : `${BASE_TITLE} (${overdue} overdue ${overdue === 1 ? 'step' : 'steps'})`,
});
