import { useEffect, useState, type RefObject } from 'react';

export interface WindowRange {
  /** First row rendered (inclusive) and last (exclusive). */
  start: number;
  end: number;
  /** Space standing in for the rows above and below, in px. */
  before: number;
  after: number;
}

/**
 * Which rows of a fixed-height list to render for a scroll position: the visible ones plus
 * `overscan` on each side, so Tab (which scrolls the focused row into view) always finds the
 * next row already there.
 */
export const windowRange = (count: number, rowHeight: number, scrollTop: number, viewport: number, overscan = 8): WindowRange => {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0, before: 0, after: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(Math.max(viewport, rowHeight) / rowHeight) + 1;
  const start = Math.max(0, Math.min(count - 1, first - overscan));
  const end = Math.min(count, first + visible + overscan);
  return { start, end, before: start * rowHeight, after: (count - end) * rowHeight };
};

/**
 * Follows a scroll container (scroll and resize events, no polling) and returns the rows to
 * render. `offset` is the height above the first row inside the container (a sticky header).
 */
export const useWindowing = (
  container: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  offset = 0,
): WindowRange => {
  const [view, setView] = useState({ scrollTop: 0, height: 0 });
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const measure = () => setView({ scrollTop: Math.max(0, element.scrollTop - offset), height: element.clientHeight });
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, [container, offset]);
  // Before the first measure (and in tests without layout) show a screenful.
  return windowRange(count, rowHeight, view.scrollTop, view.height || rowHeight * 12);
};
