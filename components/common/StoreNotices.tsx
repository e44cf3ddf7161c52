import { useEffect, useState } from 'react';
import type { CsmStore } from '../../lib/store/state';
import type { Notice } from '../../lib/store/notices';
import { useCsmStore } from '../../lib/store/use-csm-store';
import { Button } from './Button';
import { StateBadge } from './StateBadge';

/** What `navigator.storage.estimate()` gives (the extension's IndexedDB and storage share it). */
export interface StorageEstimate {
  usage?: number;
  quota?: number;
}

/** Used share of the extension's quota from which the pages warn (the disk is nearly full). */
export const NEARLY_FULL = 0.9;

const megabytes = (bytes: number) => `${Math.round(bytes / 1_000_000).toLocaleString('en-US')} MB`;

/** The "nearly full" notice for an estimate, or null when there is room (or nothing is known). */
export const nearlyFullText = ({ usage, quota }: StorageEstimate): string | null =>
  usage !== undefined && quota && usage / quota >= NEARLY_FULL
    ? `Storage is nearly full: CSM Guide may use ${megabytes(quota)} on this computer and ${megabytes(usage)} is taken. Free disk space, or ticks will stop being saved.`
    : null;

export interface StoreNoticesProps {
  store: CsmStore;
  /** `navigator.storage.estimate` on the extension's pages; absent in tests that do not need it. */
  estimate?: () => Promise<StorageEstimate>;
}

/**
 * The store's notices on the extension's own pages (the sidebar shows the same ones): data set
 * aside as unreadable, data from a newer version, an unusable playbook, full storage — and,
 * before it is full, that it is nearly so. A lead learns of them without opening a sidebar.
 */
export function StoreNotices({ store, estimate }: StoreNoticesProps) {
  const notices = useCsmStore((s) => s.notices, store);
  const dismiss = useCsmStore((s) => s.actions.dismissNotices, store);
  const [nearlyFull, setNearlyFull] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    estimate?.()
      .then((found) => live && setNearlyFull(nearlyFullText(found)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [estimate, notices]);

  const shown: Array<Pick<Notice, 'id' | 'level' | 'text' | 'details'> | { id: 'nearly-full'; level: 'warning'; text: string }> = [...notices];
  if (nearlyFull && !notices.some((n) => n.id === 'storage-full' || n.id === 'disk-full')) shown.push({ id: 'nearly-full', level: 'warning', text: nearlyFull });
  if (!shown.length) return null;
  return (
    <ul className="csm-store-notices" aria-label="Notices" data-testid="store-notices">
      {shown.map((notice) => (
        <li key={notice.id} className={`csm-store-notice csm-store-notice--${notice.level}`} data-notice={notice.id} role={notice.level === 'error' ? 'alert' : 'status'}>
          <StateBadge state={notice.level === 'error' ? 'error' : 'warn'} />
          <div>
            <p>{notice.text}</p>
            {'details' in notice && notice.details?.length ? <p className="csm-store-notice__details">{notice.details.join('; ')}</p> : null}
            {notice.id === 'set-aside' ? (
              <Button variant="link" onClick={() => void dismiss()}>
                Dismiss
              </Button>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The browser's estimate for this extension's origin; nothing known where the API is missing. */
export const browserStorageEstimate = (): Promise<StorageEstimate> =>
  typeof navigator !== 'undefined' && navigator.storage?.estimate ? navigator.storage.estimate() : Promise.resolve({});
