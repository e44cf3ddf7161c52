import type { ReactNode } from 'react';
import { fieldId } from './form-model';

export const LOCKED_TEXT = 'Set by your organisation’s policy, so it cannot be changed here.';

export interface TextFieldProps {
  path: string;
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  error?: string;
  locked?: boolean;
  hint?: ReactNode;
  placeholder?: string;
  autoComplete?: string;
  maxLength?: number;
  width?: 'short' | 'medium' | 'long';
  /** `password` for a secret the page must not echo (a team sync password or token). */
  type?: 'text' | 'password';
}

/** Ids of the texts that describe a field: its hint, why it is locked, its error. */
export const describedBy = (path: string, parts: { hint?: boolean; locked?: boolean; error?: boolean }): string | undefined =>
  [parts.hint && `${fieldId(path)}-hint`, parts.locked && `${fieldId(path)}-locked`, parts.error && `${fieldId(path)}-error`]
    .filter(Boolean)
    .join(' ') || undefined;

export function LockedNote({ path }: { path: string }) {
  return (
    <span id={`${fieldId(path)}-locked`} className="opt-locked">
      <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
        <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2h.5a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1Zm1.5 0h4V5a2 2 0 0 0-4 0Z" fill="currentColor" />
      </svg>{' '}
      {LOCKED_TEXT}
    </span>
  );
}

export function FieldError({ path, error }: { path: string; error?: string }) {
  if (!error) return null;
  return (
    <span id={`${fieldId(path)}-error`} className="opt-error">
      {error}
    </span>
  );
}

/**
 * A labelled text input. A locked field is read-only (still focusable and read out, with the
 * reason); an error is shown under it, tied to it with aria-describedby, and what the user
 * typed stays in the box.
 */
export function TextField({ path, label, value, onChange, error, locked, hint, placeholder, autoComplete, maxLength, width = 'medium', type = 'text' }: TextFieldProps) {
  const id = fieldId(path);
  return (
    <div className="page-field" data-field={path} data-locked={locked || undefined}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span id={`${id}-hint`} className="opt-hint">
          {hint}
        </span>
      ) : null}
      <input
        id={id}
        className={`page-input opt-input--${width}`}
        type={type}
        value={value}
        readOnly={locked}
        aria-readonly={locked || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(path, { hint: !!hint, locked, error: !!error })}
        placeholder={placeholder}
        autoComplete={autoComplete ?? 'off'}
        spellCheck={false}
        maxLength={maxLength}
        onChange={(e) => onChange(e.target.value)}
      />
      {locked ? <LockedNote path={path} /> : null}
      <FieldError path={path} error={error} />
    </div>
  );
}
