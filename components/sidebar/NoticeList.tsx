import { Button } from '../common/Button';
import { StateBadge } from '../common/StateBadge';
import type { Notice, SidebarIntent } from '../../lib/view-model/sidebar';

const BADGE = { error: 'error', warn: 'warn', info: 'info' } as const;

/** Banners above the checklist. Text is rendered as text; settings and dismiss raise intents. */
export function NoticeList({ notices, onIntent }: { notices: Notice[]; onIntent: (intent: SidebarIntent) => void }) {
  if (!notices.length) return null;
  return (
    <ul className="csm-notices" aria-label="Notices">
      {notices.map((notice) => (
        <li key={notice.id} className={`csm-notice csm-notice--${notice.level}`} data-notice={notice.id}>
          <StateBadge state={BADGE[notice.level]} />
          <div className="csm-notice__body">
            <p>{notice.text}</p>
            {notice.settings || notice.dismissible ? (
              <div className="csm-actions">
                {notice.settings ? (
                  <Button variant="link" onClick={() => onIntent({ type: 'open-settings' })}>
                    Open settings
                  </Button>
                ) : null}
                {notice.dismissible ? (
                  <Button variant="link" onClick={() => onIntent({ type: 'dismiss-notice', id: notice.id })}>
                    Dismiss
                  </Button>
                ) : null}
              </div>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The model's unreadable page fields as notices ("can't read …: check the label in settings"). */
export const unreadableNotices = (unreadable: ReadonlyArray<{ field: string; label: string }>): Notice[] =>
  unreadable.map(({ field, label }) => ({
    id: `unreadable:${field}`,
    level: 'warn',
    text: `Can't read "${label}" on this page: check the label in settings.`,
    settings: true,
  }));
