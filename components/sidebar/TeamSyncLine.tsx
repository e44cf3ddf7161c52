import { sidebarSyncLine, useTeamSyncState } from '../common/use-team-sync';
import { Button } from '../common/Button';
import type { SidebarIntent } from '../../lib/view-model/sidebar';

/**
 * One quiet line under the sidebar's header when team sync needs the CSM: signed out (a browser
 * restart or an expired session), offline, or changes waiting. Nothing when sync is off or all is
 * sent. "Sign in again" opens Settings, where the password is asked for.
 */
export function TeamSyncLine({ onIntent }: { onIntent: (intent: SidebarIntent) => void }) {
  const [state] = useTeamSyncState();
  const line = sidebarSyncLine(state);
  if (!line) return null;
  return (
    <p className="csm-sync-line" role="status" data-testid="team-sync-line" data-kind={line.kind}>
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
