import { useEffect, useRef, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { sendMessage, type Transport } from '../../lib/messages/client';
import type { Message } from '../../lib/messages/protocol';
import { couchUserSchema, originPattern, teamDbUrlSchema } from '../../lib/sync/config';
import type { SyncState } from '../../lib/sync/schema';
import { Button } from '../common/Button';
import { ago, pullProgress, useTeamSyncState } from '../common/use-team-sync';
import { TextField } from './Field';
import { fieldId } from './form-model';

export interface TeamSyncSectionProps {
  /** How messages reach the background (tests pass the writer). */
  transport?: Transport;
  /** Asks the browser for the team server's origin (chrome.permissions.request; must run in the click). */
  requestOrigin?: (pattern: string) => Promise<boolean>;
}

const ERROR_TITLES: Record<NonNullable<SyncState['lastError']>['kind'], string> = {
  offline: 'Offline',
  'signed-out': 'Signed out',
  unauthorized: 'Not let in (401)',
  forbidden: 'Refused (403)',
  server: 'Server error',
  permission: 'Permission needed',
  mismatch: 'Signed in as someone else',
  limit: 'Pull stopped',
};

type Errors = Partial<Record<'url' | 'user' | 'password' | 'token', string>>;

/** What a JWT looks like on the wire (three base64url parts); the server checks the rest. */
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

const defaultRequestOrigin = (pattern: string) => browser.permissions.request({ origins: [pattern] });

/**
 * Team sync on the options page: the team database URL (locked when policy sets it), the CSM's
 * CouchDB user name and password (sent once to sign in, never stored), Sign in / Save / Sign out
 * / Sync now, and what the last sync did — when, how many events wait, the last error in plain
 * words and every event the server refused with its reason.
 */
export function TeamSyncSection({ transport, requestOrigin = defaultRequestOrigin }: TeamSyncSectionProps) {
  const [state, setState] = useTeamSyncState();
  const progress = pullProgress(state);
  const [url, setUrl] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [token, setToken] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');
  const touched = useRef(false);

  const send = async <M extends Message>(message: M) => {
    const response = await sendMessage(message, transport);
    if (response.ok && 'state' in response) setState(response.state as SyncState);
    return response;
  };

  useEffect(() => {
    void send({ type: 'sync/status' });
  }, []);
  // Fill the form from what is saved until the user types.
  useEffect(() => {
    if (!state || touched.current) return;
    setUrl(state.url ?? '');
    setUser(state.user ?? '');
  }, [state]);
  // A policy URL always shows as set.
  useEffect(() => {
    if (state?.urlLocked && state.url) setUrl(state.url);
  }, [state?.urlLocked, state?.url]);

  const locked = !!state?.urlLocked;
  const edit = (set: (value: string) => void, key: keyof Errors) => (value: string) => {
    touched.current = true;
    set(value);
    setErrors(({ [key]: _, ...rest }) => rest);
  };

  const validate = (needPassword: boolean): { url: string; user: string } | null => {
    const found: Errors = {};
    const parsedUrl = teamDbUrlSchema.safeParse(url);
    const parsedUser = couchUserSchema.safeParse(user);
    if (!parsedUrl.success) found.url = parsedUrl.error.issues[0]?.message ?? 'Check the URL.';
    if (!parsedUser.success) found.user = parsedUser.error.issues[0]?.message ?? 'Check the user name.';
    if (needPassword && !password) found.password = 'Enter your team sync password.';
    setErrors(found);
    if (!parsedUrl.success || !parsedUser.success || Object.keys(found).length) {
      document.getElementById(fieldId(`teamSync.${Object.keys(found)[0]}`))?.focus();
      return null;
    }
    return { url: parsedUrl.data, user: parsedUser.data };
  };

  const signIn = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const config = validate(true);
    if (!config) return;
    // Asked inside the click (a user gesture): the browser shows its own prompt for this origin.
    const asked = requestOrigin(originPattern(config.url)).catch(() => false);
    setBusy(true);
    setNote('Signing in…');
    try {
      if (!(await asked)) {
        setErrors({ url: `CSM Guide needs your permission to reach ${new URL(config.url).origin}: press Sign in again and allow it.` });
        setNote('');
        return;
      }
      const saved = await send({ type: 'sync/configure', ...config });
      if (!saved.ok) {
        setNote(saved.error);
        return;
      }
      const pw = password;
      setPassword('');
      const response = await send({ type: 'sync/sign-in', password: pw });
      if (!response.ok) setNote(response.error);
      else if (!response.state.signedIn) {
        setErrors({ password: response.state.lastError?.message ?? 'Sign-in failed.' });
        setNote('Not signed in.');
      } else {
        touched.current = false;
        setNote(`Signed in as ${config.user}.`);
      }
    } finally {
      setBusy(false);
    }
  };

  /** Teams with SSO: a token from the identity provider instead of a password (kept in memory only). */
  const applyToken = async () => {
    if (busy) return;
    const config = validate(false);
    if (!config) return;
    const pasted = token.trim();
    if (!JWT_SHAPE.test(pasted)) {
      setErrors({ token: 'Paste the whole token your identity provider gave you (three parts separated by dots).' });
      document.getElementById(fieldId('teamSync.token'))?.focus();
      return;
    }
    const asked = requestOrigin(originPattern(config.url)).catch(() => false);
    setBusy(true);
    try {
      if (!(await asked)) {
        setErrors({ url: `CSM Guide needs your permission to reach ${new URL(config.url).origin}: press Use token again and allow it.` });
        return;
      }
      const saved = await send({ type: 'sync/configure', ...config });
      if (!saved.ok) return void setNote(saved.error);
      setToken('');
      const response = await send({ type: 'sync/token', token: pasted });
      setNote(response.ok ? `Token in use until the browser closes; new progress is recorded as ${config.user}.` : response.error);
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    const config = validate(false);
    if (!config) return;
    setBusy(true);
    const response = await send({ type: 'sync/configure', ...config });
    setBusy(false);
    touched.current = false;
    setNote(response.ok ? 'Team sync settings saved. New progress is recorded as ' + config.user + '.' : response.error);
  };

  const act = async (message: Message, done: string) => {
    setBusy(true);
    const response = await send(message);
    setBusy(false);
    // "Synced." only when the sync succeeded: offline or signed out, the error below says why instead.
    const failedSync = response.ok && 'state' in response && message.type === 'sync/now' && (response.state as SyncState).lastError;
    setNote(!response.ok ? response.error : failedSync ? 'Not synced: see below.' : done);
  };

  const error = state?.lastError;
  return (
    <section className="page-card" aria-labelledby="team-sync-heading" data-testid="team-sync-section">
      <h2 id="team-sync-heading" className="page-card__title">
        Team sync
      </h2>
      <p className="page-hint">
        Off unless you set it up: CSM Guide works on this browser alone. Signed in, your new progress goes to your team’s database
        and you see your team’s. Earlier progress stays on this browser; export a bundle for your lead.
      </p>
      <form onSubmit={(e) => void signIn(e)} noValidate>
        <TextField
          path="teamSync.url"
          label="Team database URL"
          value={url}
          onChange={edit(setUrl, 'url')}
          error={errors.url}
          locked={locked}
          placeholder="https://couch.example.com/csm-guide-team"
          autoComplete="url"
          width="long"
        />
        <TextField path="teamSync.user" label="Your team sync user name" value={user} onChange={edit(setUser, 'user')} error={errors.user} autoComplete="username" />
        <TextField
          type="password"
          path="teamSync.password"
          label="Password"
          hint="Used once to sign in; CSM Guide does not keep it."
          autoComplete="current-password"
          width="medium"
          value={password}
          error={errors.password}
          onChange={edit(setPassword, 'password')}
        />
        <div className="page-actions">
          <button type="submit" className="csm-btn csm-btn--brand" aria-busy={busy || undefined} data-action="team-sign-in">
            Sign in
          </button>
          <Button onClick={() => void save()} busy={busy} data-action="team-save">
            Save
          </Button>
          {state?.signedIn ? (
            <Button onClick={() => void act({ type: 'sync/sign-out' }, 'Signed out of team sync.')} busy={busy} data-action="team-sign-out">
              Sign out
            </Button>
          ) : null}
          {state?.configured ? (
            <Button onClick={() => void act({ type: 'sync/now' }, 'Synced.')} busy={busy} data-action="team-sync-now">
              Sync now
            </Button>
          ) : null}
        </div>
      </form>

      <details className="page-hint" data-testid="team-sync-sso">
        <summary>Your team signs in with SSO?</summary>
        <p>
          Paste the token your identity provider issued for the team database (CouchDB checks it). It is kept only until the
          browser closes, never on disk.
        </p>
        <TextField type="password" path="teamSync.token" label="SSO token" autoComplete="off" width="long" value={token} error={errors.token} onChange={edit(setToken, 'token')} />
        <div className="page-actions">
          <Button onClick={() => void applyToken()} busy={busy} data-action="team-use-token">
            Use token
          </Button>
          <Button onClick={() => void act({ type: 'sync/token', token: null }, 'Token forgotten.')} busy={busy} data-action="team-forget-token">
            Forget token
          </Button>
        </div>
      </details>

      <div role="status" aria-live="polite" data-testid="team-sync-status" className="page-hint">
        {note ? <p>{note}</p> : null}
        {state?.configured ? (
          <p>
            {state.signedIn ? `Signed in as ${state.user}` : 'Not signed in'} ·{' '}
            {state.lastSyncAt ? `${error ? 'last good sync' : 'last synced'} ${ago(state.lastSyncAt)}` : 'not synced yet'} ·{' '}
            <span data-testid="team-sync-pending" data-count={state.pending}>
              {state.pending} {state.pending === 1 ? 'event' : 'events'} waiting to be sent
            </span>
            {state.lastSkipped ? ` · ${state.lastSkipped} team ${state.lastSkipped === 1 ? 'document' : 'documents'} left out of the last pull (not readable, too large or dated ahead)` : null}
          </p>
        ) : (
          <p>Team sync is off.</p>
        )}
      </div>
      {state?.configured && state.scope ? (
        <p className="page-hint" data-testid="team-sync-scope" data-scope={state.scope}>
          {state.scope === 'book'
            ? 'This browser keeps the progress of the accounts you work: those you open here and those your own ticks name. A team lead’s browser keeps the whole team’s.'
            : 'This browser keeps the whole team’s progress: the team server lists you as a team lead.'}
        </p>
      ) : null}
      {progress ? (
        // Outside the live region: a figure changing every second would be read out every second.
        <p className="page-hint" data-testid="team-sync-progress">
          <label>
            {progress.text}{' '}
            <progress max={progress.total ?? undefined} value={progress.total !== null ? Math.min(progress.received, progress.total) : undefined} />
          </label>
        </p>
      ) : null}
      {error ? (
        <p className="page-error-text" data-testid="team-sync-error" data-kind={error.kind}>
          <strong>{ERROR_TITLES[error.kind]}:</strong> {error.message}
        </p>
      ) : null}
      {state?.refused.length ? (
        <div data-testid="team-sync-refused">
          <h3 className="page-card__subtitle">Refused by the team server ({state.refused.length})</h3>
          <p className="page-hint">These events stay on this browser and are offered again at every sync (they count as waiting). The server said why:</p>
          <ul>
            {state.refused.map((r) => (
              <li key={`${r.accountId}/${r.eventId}`} data-event-id={r.eventId}>
                Account {r.accountId}, event {r.eventId}: {r.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

