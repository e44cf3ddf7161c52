import type { ButtonHTMLAttributes, MouseEvent, Ref } from 'react';

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> {
  variant?: 'brand' | 'neutral' | 'link' | 'icon';
  /**
   * Work in progress: announced with aria-busy and clicks are ignored, but the button stays
   * focusable (a `disabled` button would drop keyboard focus to the page).
   */
  busy?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

/** Always a real `<button type="button">`, so it never submits a host form it ends up in. */
export function Button({ variant = 'neutral', busy = false, className, onClick, children, ref, ...rest }: ButtonProps) {
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (busy || rest['aria-disabled'] === true || rest['aria-disabled'] === 'true') {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      {...rest}
      ref={ref}
      type="button"
      className={['csm-btn', `csm-btn--${variant}`, className].filter(Boolean).join(' ')}
      aria-busy={busy || undefined}
      aria-disabled={busy || rest['aria-disabled'] || undefined}
      onClick={handleClick}
    >
      {children}
    </button>
  );
}
