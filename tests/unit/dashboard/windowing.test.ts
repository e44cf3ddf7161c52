import { describe, expect, it } from 'vitest';
import { windowRange } from '@/components/dashboard/windowing';

describe('windowRange (which table rows to render)', () => {
  it('renders the rows in view plus the overscan on each side, spacers standing in for the rest', () => {
    // 2,000 rows of 56 px in a 560 px viewport, scrolled to row 100.
    expect(windowRange(2000, 56, 100 * 56, 560, 8)).toEqual({ start: 92, end: 119, before: 92 * 56, after: (2000 - 119) * 56 });
  });

  it('starts at the top and never runs past either end', () => {
    expect(windowRange(2000, 56, 0, 560, 8)).toEqual({ start: 0, end: 19, before: 0, after: 1981 * 56 });
    expect(windowRange(2000, 56, 1999 * 56, 560, 8)).toMatchObject({ end: 2000, after: 0 });
    expect(windowRange(5, 56, 0, 560, 8)).toEqual({ start: 0, end: 5, before: 0, after: 0 });
    // A list that just got shorter while scrolled far down (filters applied).
    const shrunk = windowRange(10, 56, 1500 * 56, 560, 8);
    expect(shrunk.end).toBe(10);
    expect(shrunk.start).toBeLessThanOrEqual(shrunk.end);
  });

  it('renders nothing for an empty list', () => {
    expect(windowRange(0, 56, 0, 560)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
  });
});
