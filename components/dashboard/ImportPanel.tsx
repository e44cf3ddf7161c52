import { useId, useMemo, useState } from 'react';
import { applyImport, type ApplyResult } from '../../lib/audit/apply';
import { MAX_BUNDLE_CHARS } from '../../lib/audit/bundle-schema';
import { previewMerge, type AccountChange, type LocalData } from '../../lib/audit/merge';
import { readBundle, type BundleRead, type ImportedBundle } from '../../lib/audit/read-bundle';
import type { Playbook } from '../../lib/core/playbook/schema';
import type { CsmActions } from '../../lib/store/state';
import { formatStamp } from '../common/format';
import { Button } from '../common/Button';
import { StateBadge } from '../common/StateBadge';
import { plural } from './format';

interface FileResult {
  name: string;
  read: BundleRead;
}

export interface ImportPanelProps {
  local: LocalData;
  playbook: Playbook;
  actions: Pick<CsmActions, 'appendEvents' | 'observeMany'>;
  now(): string;
  timeZone: string;
  today: string;
  /** Called after a successful apply with what changed (the page announces it). */
  onApplied(message: string): void;
  /** Apply started (true) or ended (false): the page holds its table still meanwhile. */
  onApplying?(applying: boolean): void;
}

/** Preview rows shown at most; the summary line counts them all. */
const MAX_SHOWN = 200;

const readFile = async (file: File): Promise<FileResult> => {
  if (file.size > MAX_BUNDLE_CHARS * 4)
    return { name: file.name, read: { ok: false, problem: 'too-large', message: 'This file is too large to be a CSM Guide export.', details: [] } };
  return { name: file.name, read: await readBundle(await file.text()) };
};

const valueText = (value: unknown): string =>
  value === undefined ? 'not known' : value === null ? 'empty' : Array.isArray(value) ? value.join('; ') || 'none' : String(value);

function ChangeRow({ change, timeZone, today }: { change: AccountChange; timeZone: string; today: string }) {
  const lines: string[] = [];
  for (const item of change.items)
    lines.push(
      `${item.title} (${item.ruleId.split(':')[0]}): ${item.before ? (item.before.done ? 'done' : 'not done') : 'not checked'} → ${item.after.done ? 'done' : 'not done'} (${item.after.by || 'no name'}, ${formatStamp(item.after.at, timeZone, today)})`,
    );
  for (const contact of change.contacts)
    lines.push(`10-day log ${contact.day}, ${contact.channel}: ${contact.after.done ? 'logged' : 'cleared'} by ${contact.after.by || 'no name'}`);
  if (change.branch)
    lines.push(`Branch: ${change.branch.before?.value ?? 'none'} → ${change.branch.after?.value ?? 'none'}`);
  for (const fact of change.facts) lines.push(`${fact.name}: ${valueText(fact.before)} → ${valueText(fact.after)}`);
  if (change.orgHost) lines.push(`Salesforce org: ${change.orgHost}`);
  const history = change.newEvents - change.items.length - change.contacts.length - (change.branch ? 1 : 0);
  if (history > 0) lines.push(`${plural(history, 'older change')} added to the history only`);
  return (
    <tr data-account-id={change.accountId}>
      <th scope="row">
        {change.name ?? change.accountId}
        {change.isNew ? <span className="page-tag">new here</span> : null}
        <span className="audit-sub">{change.accountId}</span>
      </th>
      <td>{change.newEvents}</td>
      <td>
        <ul className="import-lines">
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </td>
    </tr>
  );
}

/**
 * Import of colleagues' export files: pick one or more, see what each file is (or why it cannot
 * be used) and what would change, then apply. Applying goes through the store's actions, so the
 * background stays the one writer; importing the same files again shows "nothing new".
 */
export function ImportPanel({ local, playbook, actions, now, timeZone, today, onApplied, onApplying }: ImportPanelProps) {
  const inputId = useId();
  const [files, setFiles] = useState<FileResult[]>([]);
  const [reading, setReading] = useState(false);
  const [applying, setApplying] = useState(false);
  const [result, setResult] = useState<ApplyResult | null>(null);

  const bundles = useMemo(() => files.flatMap((f) => (f.read.ok ? [f.read.bundle] : [])), [files]);
  // While applying, every saved profile changes `local`: the preview stays as it was when Apply
  // was pressed (recomputing it per write would make a large import quadratic), then catches up.
  const [frozen, setFrozen] = useState<LocalData | null>(null);
  const base = frozen ?? local;
  const preview = useMemo(() => (bundles.length ? previewMerge(base, bundles, playbook, now()) : null), [bundles, base, playbook, now]);

  const choose = async (list: FileList | null) => {
    setResult(null);
    if (!list?.length) return setFiles([]);
    setReading(true);
    setFiles(await Promise.all([...list].map(readFile)));
    setReading(false);
  };

  const apply = async () => {
    if (!preview || preview.unchanged) return;
    setApplying(true);
    setFrozen(local);
    onApplying?.(true);
    const outcome = await applyImport(preview, actions);
    onApplying?.(false);
    setFrozen(null);
    setApplying(false);
    setResult(outcome);
    if (!outcome.errors.length)
      onApplied(`Imported ${plural(outcome.eventsAdded, 'checklist change')} and updated ${plural(outcome.profilesChanged, 'account profile')}.`);
  };

  const accountsShown = preview?.accounts.slice(0, MAX_SHOWN) ?? [];
  const newAccounts = preview?.accounts.filter((a) => a.isNew).length ?? 0;
  const factCount = preview?.accounts.reduce((n, a) => n + a.facts.length, 0) ?? 0;

  return (
    <div className="import" data-testid="import-panel">
      <div className="page-field">
        <label htmlFor={inputId}>Export files from your team (.json, several at once)</label>
        <input
          id={inputId}
          type="file"
          multiple
          accept=".json,application/json"
          className="page-file"
          onChange={(e) => void choose(e.currentTarget.files)}
          data-testid="import-files"
        />
      </div>

      <div aria-live="polite" aria-busy={reading}>
        {files.length ? (
          <ul className="import-files" aria-label="Files">
            {files.map((f, i) => (
              <li key={`${f.name}-${i}`} data-file={f.name} data-ok={f.read.ok}>
                {f.read.ok ? (
                  <>
                    <StateBadge state="done" text="Can be imported" /> <strong>{f.name}</strong>: {plural(f.read.bundle.events.length, 'checklist event')},{' '}
                    {plural(f.read.bundle.profiles.length, 'account profile')}, exported by {describeExporter(f.read.bundle)} on{' '}
                    {formatStamp(f.read.bundle.exportedAt, timeZone, today)}
                    {f.read.bundle.fileVersion < 2 ? ' (older format, converted)' : ''}
                  </>
                ) : (
                  <>
                    <StateBadge state="error" text="Cannot be imported" /> <strong>{f.name}</strong>: {f.read.message}
                    {f.read.details.length ? (
                      <ul className="import-details">
                        {f.read.details.map((d, j) => (
                          <li key={j}>{d}</li>
                        ))}
                      </ul>
                    ) : null}
                  </>
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </div>

      {preview ? (
        <section aria-labelledby={`${inputId}-preview`} className="import-preview" data-testid="import-preview">
          <h3 id={`${inputId}-preview`}>What would change</h3>
          {preview.unchanged ? (
            <p data-testid="import-summary">Nothing new: everything in {bundles.length === 1 ? 'this file' : 'these files'} is already here.</p>
          ) : (
            <p data-testid="import-summary">
              {plural(preview.newEvents.length, 'new checklist event')} on {plural(preview.accounts.filter((a) => a.newEvents).length, 'account')}
              {newAccounts ? `, ${plural(newAccounts, 'account')} new to this browser` : ''}
              {factCount ? `, ${plural(factCount, 'profile fact')} updated` : ''}
              {preview.knownEvents ? `; ${plural(preview.knownEvents, 'event')} already here` : ''}.
            </p>
          )}
          {preview.conflicts.length ? (
            <p className="page-warning">
              <StateBadge state="warn" /> {plural(preview.conflicts.length, 'event')} in these files reuse{preview.conflicts.length === 1 ? 's' : ''} the id of a
              different event already here; the one here is kept.
            </p>
          ) : null}
          {preview.refused.length ? (
            <div className="page-warning" data-testid="import-refused">
              <StateBadge state="warn" /> {plural(preview.refused.length, 'account profile')} cannot be imported:
              <ul className="import-details">
                {preview.refused.slice(0, MAX_SHOWN).map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {accountsShown.length ? (
            <table className="page-table import-table">
              <thead>
                <tr>
                  <th scope="col">Account</th>
                  <th scope="col">New events</th>
                  <th scope="col">Changes</th>
                </tr>
              </thead>
              <tbody>
                {accountsShown.map((change) => (
                  <ChangeRow key={change.accountId} change={change} timeZone={timeZone} today={today} />
                ))}
              </tbody>
            </table>
          ) : null}
          {preview.accounts.length > MAX_SHOWN ? <p>…and {plural(preview.accounts.length - MAX_SHOWN, 'more account')}.</p> : null}
        </section>
      ) : null}

      <div className="import-actions">
        <Button
          variant="brand"
          onClick={() => void apply()}
          busy={applying}
          aria-disabled={!preview || preview.unchanged || undefined}
          data-action="apply-import"
        >
          Apply import
        </Button>
      </div>
      <div role="status" className="import-result" data-testid="import-result">
        {result
          ? result.errors.length
            ? `Some of the import could not be saved: ${result.errors.join('; ')}`
            : `Imported ${plural(result.eventsAdded, 'checklist change')} and updated ${plural(result.profilesChanged, 'account profile')}.`
          : ''}
      </div>
    </div>
  );
}

const describeExporter = (bundle: ImportedBundle): string =>
  [bundle.exporter.name || 'someone with no name set', bundle.exporter.initials ? `(${bundle.exporter.initials})` : ''].filter(Boolean).join(' ');
