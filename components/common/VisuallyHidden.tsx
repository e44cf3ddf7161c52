import type { ReactNode } from 'react';

/**
 * Text for assistive technology only (state names next to icons, "opens settings"…). Styled by
 * `.csm-vh` in shared.css: clipped, not `display: none`, so screen readers still read it.
 */
export function VisuallyHidden({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <span className="csm-vh" id={id}>
      {children}
    </span>
  );
}
