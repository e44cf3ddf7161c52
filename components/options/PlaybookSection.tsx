import { useId, useRef, useState } from 'react';
import { parsePlaybook } from '../../lib/core/playbook/validate';
import type { ActivePlaybook } from '../../lib/core/playbook/active';
import type { CsmActions } from '../../lib/store/state';
import { Button } from '../common/Button';
import { formatStamp } from '../common/format';
import { StateBadge } from '../common/StateBadge';
import { downloadText } from '../dashboard/download';

export interface PlaybookSectionProps {
  active: ActivePlaybook;
  importPlaybook: CsmActions['importPlaybook'];
  timeZone: string;
  today: string;
}

type Outcome =
  | { kind: 'errors'; file: string; message: string; errors: string[] }
  | { kind: 'imported'; file: string; warnings: string[] }
  | { kind: 'restored' }
  | null;

const MAX_SHOWN = 50;

/** A file name safe for a download: `csm-guide-playbook-2026.11.1.json`. */
const exportName = (version: string) => `csm-guide-playbook-${version.replace(/[^A-Za-z0-9._-]+/g, '-')}.json`;

/**
 * CS Operations' playbook: which one is in force, export it as JSON (to edit when an SOP page
 * changes), import an edited one (checked here first, every problem named by entry), and go back
 * to the built-in playbook, which always stays as the fallback.
 */
export function PlaybookSection({ active, importPlaybook, timeZone, today }: PlaybookSectionProps) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const { playbook } = active;

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    const text = await file.text();
    // Read: let the same file be chosen again after it is fixed (an unchanged input fires no change).
    if (input.current) input.current.value = '';
    let raw: unknown;
    try {
      raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      setBusy(false);
      setOutcome({
        kind: 'errors',
        file: file.name,
        message: 'This file is not JSON (or was cut short).',
        errors: [error instanceof Error ? error.message : String(error)],
      });
      return;
    }
    const parsed = parsePlaybook(raw);
    if (!parsed.ok || typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      setBusy(false);
      setOutcome({
        kind: 'errors',
        file: file.name,
        message: 'This playbook cannot be used. Nothing was changed; fix these entries and import it again:',
        errors: parsed.ok ? ['Playbook: expected a JSON object'] : parsed.errors,
      });
      return;
    }
    const response = await importPlaybook(raw as Record<string, unknown>, file.name);
    setBusy(false);
    setOutcome(
      response.ok
        ? { kind: 'imported', file: file.name, warnings: response.warnings }
        : { kind: 'errors', file: file.name, message: response.error, errors: response.details ?? [] },
    );
  };

  const restore = async () => {
    setBusy(true);
    const response = await importPlaybook(null);
    setBusy(false);
    setOutcome(response.ok ? { kind: 'restored' } : { kind: 'errors', file: '', message: response.error, errors: response.details ?? [] });
  };

  return (
    <section className="page-card" aria-labelledby="playbook-heading" data-testid="playbook-section">
      <h2 id="playbook-heading" className="page-card__title">
        Playbook
      </h2>
      <p data-testid="playbook-in-use">
        In use: <strong>{playbook.name}</strong>, version {playbook.version} ({playbook.rules.length} rules),{' '}
        {active.source === 'builtin'
          ? 'built into CSM Guide'
          : `imported${active.imported?.source ? ` from ${active.imported.source}` : ''}${active.imported ? ` on ${formatStamp(active.imported.importedAt, timeZone, today)}` : ''}`}
        .
      </p>
      {active.errors.length ? (
        <div className="page-warning" role="note">
          <p>
            <StateBadge state="warn" /> The imported playbook can no longer be used, so the built-in one is in force:
          </p>
          <ul>
            {active.errors.slice(0, MAX_SHOWN).map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {active.warnings.length ? (
        <ul className="page-hint">
          {active.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      ) : null}
      <p className="page-hint">
        To follow a changed SOP page: export the playbook, edit the entry (its rules keep their IDs), and import the file here. Every problem is named by entry before
        anything changes.
      </p>
      <div className="page-field">
        <label htmlFor={inputId}>Import a playbook (.json)</label>
        <input
          id={inputId}
          ref={input}
          type="file"
          accept=".json,application/json"
          className="page-file"
          onChange={(e) => void choose(e.currentTarget.files?.[0])}
          aria-describedby={`${inputId}-result`}
          data-testid="playbook-file"
        />
      </div>
      <div className="page-actions">
        <Button
          onClick={() => downloadText(`${JSON.stringify(playbook, null, 2)}\n`, exportName(playbook.version), 'application/json')}
          data-action="export-playbook"
        >
          Export playbook (JSON)
        </Button>
        {active.source === 'imported' || active.imported ? (
          <Button onClick={() => void restore()} busy={busy} data-action="restore-playbook">
            Restore the built-in playbook
          </Button>
        ) : null}
      </div>
      <div id={`${inputId}-result`} role="status" aria-busy={busy} className="playbook-result" data-testid="playbook-result">
        {outcome?.kind === 'errors' ? (
          <div className="playbook-errors">
            <p className="page-error-text">
              {outcome.file ? `${outcome.file}: ` : ''}
              {outcome.message}
            </p>
            <ul>
              {outcome.errors.slice(0, MAX_SHOWN).map((e, i) => (
                <li key={i} data-playbook-error="">
                  {e}
                </li>
              ))}
              {outcome.errors.length > MAX_SHOWN ? <li>…and {outcome.errors.length - MAX_SHOWN} more</li> : null}
            </ul>
          </div>
        ) : outcome?.kind === 'imported' ? (
          <p>
            Imported {outcome.file}.{outcome.warnings.length ? ` ${outcome.warnings.join(' ')}` : ''}
          </p>
        ) : outcome?.kind === 'restored' ? (
          <p>The built-in playbook is in force again.</p>
        ) : null}
      </div>
    </section>
  );
}
