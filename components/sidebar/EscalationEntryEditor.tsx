import { useId, useState, type KeyboardEvent } from 'react';
import type { ItemAction } from '../../lib/core/engine/types';
import { formatEscalationEntry } from '../../lib/core/formats/escalation-entry';
import { Button } from '../common/Button';

type EntryAction = Extract<ItemAction, { type: 'escalation-entry' }>;

/** The canonical line for the typed text, or why there is none yet. */
const preview = (action: EntryAction, text: string): { ok: true; line: string } | { ok: false; error: string } => {
  if (!text.trim()) return { ok: false, error: 'Type what was done, e.g. "Called the admin, left a voicemail".' };
  try {
    return { ok: true, line: formatEscalationEntry({ date: action.date, initials: action.initials, action: text }) };
  } catch (error) {
    const message = (error as Error).message;
    return { ok: false, error: /initials/i.test(message) ? 'Set your initials in settings first.' : message };
  }
};

export interface EscalationEntryEditorProps {
  action: EntryAction;
  /** Labels the group with the action's label ("Add a Description entry: <item title>"). */
  itemTitle: string;
  onSubmit: (text: string) => void;
  onCancel: () => void;
}

/**
 * Inline input for an escalation entry's action text (`MM/DD/YY_Initials:Action`). Enter adds the
 * entry, Escape cancels; the canonical `MM/DD/YY_Initials:Action` line is previewed live. It
 * takes focus when it opens, which only happens because the user pressed the action's button.
 */
export function EscalationEntryEditor({ action, itemTitle, onSubmit, onCancel }: EscalationEntryEditorProps) {
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const inputId = useId();
  const previewId = useId();
  const result = preview(action, text);
  const showError = !result.ok && tried;

  const submit = () => {
    setTried(true);
    if (result.ok) onSubmit(text.trim());
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      submit();
    } else if (event.key === 'Escape') {
      // Handled here: the sidebar's own Escape (collapse) must not run as well.
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };

  return (
    <div className="csm-entry" role="group" aria-label={`${action.label}: ${itemTitle}`} data-entry-editor={action.field}>
      <label className="csm-entry__label" htmlFor={inputId}>
        What was done? <span className="csm-entry__keys">(Enter adds, Escape cancels)</span>
      </label>
      <input
        id={inputId}
        className="csm-input"
        type="text"
        autoComplete="off"
        spellCheck
        autoFocus
        value={text}
        aria-describedby={previewId}
        aria-invalid={showError || undefined}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={previewId} className={`csm-entry__preview${showError ? ' csm-entry__preview--error' : ''}`}>
        {result.ok ? (
          <>
            Entry: <code className="csm-code">{result.line}</code>
          </>
        ) : (
          result.error
        )}
      </p>
      <div className="csm-actions">
        <Button variant="brand" onClick={submit}>
          Add entry
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </div>
  );
}
