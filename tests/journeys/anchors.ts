/**
 * Assignment days the journeys start on: the weekdays that move due days (a Friday's next business
 * day is Monday), both DST changes, month and year ends, the holiday weeks, Feb 29.
 */
export interface Anchor {
  key: string;
  label: string;
  /** The assignment date (Onboarding email sent date), a business day. */
  day: string;
}

export const ANCHORS: Anchor[] = [
  { key: 'monday', label: 'Monday', day: '2027-04-05' },
  { key: 'thursday', label: 'Thursday', day: '2027-04-08' },
  { key: 'friday', label: 'Friday', day: '2027-04-09' },
  { key: 'dst-spring', label: 'Friday before DST starts (Mar 14, 2027)', day: '2027-03-12' },
  { key: 'dst-fall', label: 'Friday before DST ends (Nov 1, 2026)', day: '2026-10-30' },
  { key: 'month-end', label: 'Month end (Wed Jun 30, 2027)', day: '2027-06-30' },
  { key: 'year-end', label: 'Year end (Thu Dec 31, 2026)', day: '2026-12-31' },
  { key: 'thanksgiving', label: 'Thanksgiving week (Tue Nov 24, 2026)', day: '2026-11-24' },
  { key: 'christmas', label: 'Christmas week (Wed Dec 23, 2026)', day: '2026-12-23' },
  { key: 'feb-29', label: 'Feb 29, 2028 (Tuesday)', day: '2028-02-29' },
];
