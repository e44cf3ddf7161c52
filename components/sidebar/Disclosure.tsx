import { useId, useState, type ReactNode } from 'react';

export interface DisclosureProps {
  label: ReactNode;
  children: ReactNode;
  className?: string;
  defaultOpen?: boolean;
}

/** The show/hide button of a disclosure: a chevron and its label, `aria-expanded` on the region it controls. */
export function DisclosureToggle({ open, controls, onToggle, children }: { open: boolean; controls: string; onToggle(): void; children: ReactNode }) {
  return (
    <button type="button" className="csm-disclosure__toggle" aria-expanded={open} aria-controls={controls} onClick={onToggle}>
      {/* Drawn by sidebar.css (.csm-chevron): one element, not an SVG of two, in ~30 toggles. */}
      <span className="csm-chevron" aria-hidden="true" />
      {children}
    </button>
  );
}

/**
 * A show/hide button (aria-expanded) and the region it controls. A closed region is an empty
 * `hidden` element: its id stays for `aria-controls`, and its content (steps, help: a third of the
 * sidebar's text, read by nobody until opened) is not built at all, which keeps every sidebar
 * render cheaper (issue 15). Nothing in it can hold state or focus while closed.
 */
export function Disclosure({ label, children, className, defaultOpen = false }: DisclosureProps) {
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  return (
    <div className={['csm-disclosure', className].filter(Boolean).join(' ')}>
      <DisclosureToggle open={open} controls={id} onToggle={() => setOpen(!open)}>
        {label}
      </DisclosureToggle>
      <div id={id} className="csm-disclosure__body" hidden={!open}>
        {open ? children : null}
      </div>
    </div>
  );
}
