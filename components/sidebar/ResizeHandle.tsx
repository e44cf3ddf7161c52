import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { SIDEBAR_WIDTH } from '../../lib/store/schemas';

export interface ResizeHandleProps {
  side: 'left' | 'right';
  width: number;
  /** While dragging: the width to show (not saved yet). */
  onPreview(width: number): void;
  /** The CSM let go or pressed a key: the width to keep. */
  onCommit(width: number): void;
}

const STEP = 20;
const clamp = (width: number) => Math.round(Math.min(SIDEBAR_WIDTH.max, Math.max(SIDEBAR_WIDTH.min, width)));

/**
 * The panel's inner edge, a focusable separator (WAI-ARIA window splitter): drag it, or use the
 * arrow keys (Home/End for the narrowest and widest). The arrow pointing away from the panel's
 * edge widens it, whichever side it is on.
 */
export function ResizeHandle({ side, width, onPreview, onCommit }: ResizeHandleProps) {
  const drag = useRef<{ x: number; width: number; last: number } | null>(null);
  const widthAt = (clientX: number) => {
    const start = drag.current!;
    return clamp(start.width + (side === 'right' ? start.x - clientX : clientX - start.x));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const wider = side === 'right' ? 'ArrowLeft' : 'ArrowRight';
    const narrower = side === 'right' ? 'ArrowRight' : 'ArrowLeft';
    const next =
      event.key === wider ? width + STEP : event.key === narrower ? width - STEP : event.key === 'Home' ? SIDEBAR_WIDTH.min : event.key === 'End' ? SIDEBAR_WIDTH.max : null;
    if (next === null) return;
    event.preventDefault();
    onCommit(clamp(next));
  };
  return (
    <div
      className="csm-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize CSM Guide"
      aria-valuemin={SIDEBAR_WIDTH.min}
      aria-valuemax={SIDEBAR_WIDTH.max}
      aria-valuenow={width}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={(event: PointerEvent<HTMLDivElement>) => {
        if (!event.isTrusted) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { x: event.clientX, width, last: width };
      }}
      onPointerMove={(event) => {
        if (!drag.current || !event.isTrusted) return;
        drag.current.last = widthAt(event.clientX);
        onPreview(drag.current.last);
      }}
      onPointerUp={(event) => {
        const done = drag.current;
        drag.current = null;
        if (done && event.isTrusted) onCommit(widthAt(event.clientX));
      }}
      onPointerCancel={() => {
        if (drag.current) onPreview(drag.current.width);
        drag.current = null;
      }}
    />
  );
}
