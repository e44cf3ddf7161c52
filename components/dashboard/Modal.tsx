import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { Button } from '../common/Button';

export interface ModalProps {
  open: boolean;
  /** Called when the dialog closes (Escape, the close button or the parent). */
  onClose(): void;
  title: ReactNode;
  /** Where focus goes back to; if it is gone (a table row scrolled away), `fallbackFocus`. */
  returnFocus?: HTMLElement | null;
  fallbackFocus?: RefObject<HTMLElement | null>;
  children: ReactNode;
  footer?: ReactNode;
  className?: string;
  testId?: string;
}

/**
 * A modal dialog on the native `<dialog>`: showModal() makes the rest of the page inert, keeps
 * Tab inside and closes on Escape. Focus starts on the title (so a screen reader reads what
 * opened) and goes back to what opened the dialog when it closes.
 */
export function Modal({ open, onClose, title, returnFocus, fallbackFocus, children, footer, className, testId }: ModalProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const back = useRef<{ returnFocus?: HTMLElement | null; fallbackFocus?: RefObject<HTMLElement | null> }>({});
  back.current = { returnFocus, fallbackFocus };
  const titleId = `${testId ?? 'dialog'}-title`;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      heading.current?.focus();
    } else if (!open && element.open) element.close();
  }, [open]);

  const restoreFocus = () => {
    const { returnFocus: target, fallbackFocus: fallback } = back.current;
    if (target?.isConnected) target.focus();
    else fallback?.current?.focus();
  };

  return (
    <dialog
      ref={dialog}
      className={['page-dialog', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      data-testid={testId}
      onClose={() => {
        onClose();
        restoreFocus();
      }}
    >
      {open ? (
        <>
          <div className="page-dialog__head">
            <h2 id={titleId} ref={heading} tabIndex={-1} className="page-dialog__title">
              {title}
            </h2>
            <Button variant="icon" aria-label="Close" onClick={() => dialog.current?.close()} data-action="close-dialog">
              <span aria-hidden="true">✕</span>
            </Button>
          </div>
          {/* Focusable: a long detail (a busy timeline) scrolls here, and keyboard users must be able to scroll it. */}
          <div className="page-dialog__body" tabIndex={0}>
            {children}
          </div>
          {footer ? <div className="page-dialog__foot">{footer}</div> : null}
        </>
      ) : null}
    </dialog>
  );
}
