import { sidebarSyncLine, useTeamSyncState } from '../common/use-team-sync';
import { Button } from '../common/Button';
import type { SidebarIntent } from '../../lib/view-model/sidebar';

/**
 * One quiet line under the sidebar's header while team sync is set up: signed out (a browser
 * restart or an expired session), offline, changes waiting, or all sent. Nothing when sync is off.
 * It is always there while sync is set up, so its text changing with each tick never shifts the
 * checklist; only the states that need the CSM are announced to a screen reader. "Sign in again"
 * opens Settings, where the password is asked for.
 */
export function TeamSyncLine({ onIntent }: { onIntent: (intent: SidebarIntent) => void }) {
  const [state] = useTeamSyncState();
  const line = sidebarSyncLine(state);
  if (!line) return null;
  return (
    <p
      className="csm-sync-line"
      role="status"
      aria-live={line.kind === 'waiting' || line.kind === 'synced' || line.kind === 'not-yet' ? 'off' : 'polite'}
      data-testid="team-sync-line"
      data-kind={line.kind}
    >
      {line.text}
      {line.signIn ? (
        <>
          {' · '}
          <Button variant="link" onClick={() => onIntent({ type: 'open-settings' })} data-action="team-sync-sign-in">
            Sign in again
          </Button>
        </>
      ) : null}
    </p>
  );
}
