import { DISK_FULL, STORAGE_FULL } from './quota';

/** Something the UI should tell the user (the sidebar and options page show these). */
export interface Notice {
  id: 'set-aside' | 'newer-version' | 'playbook-invalid' | 'storage-full' | 'disk-full';
  level: 'warning' | 'error';
  text: string;
  details?: string[];
}

export const NOTICE_TEXT = {
  'set-aside': 'Some saved data could not be read and was set aside.',
  'newer-version':
    'Some data was saved by a newer version of CSM Guide. Update the extension to change it; until then it is read-only here.',
  'playbook-invalid': 'The imported playbook could not be used, so the built-in playbook is shown.',
  'storage-full': STORAGE_FULL,
  'disk-full': DISK_FULL,
} as const satisfies Record<Notice['id'], string>;

/** What the notices are made from: the store's view of storage, the playbook and the last write. */
export interface NoticeInputs {
  /** Labels of the items (or keys) set aside and not yet dismissed. */
  setAside: readonly string[];
  /** Labels of the items a newer version of CSM Guide wrote. */
  newer: readonly string[];
  /** Why the imported playbook is not used. */
  playbookErrors: readonly string[];
  /** Set while the last write failed because storage (or the disk) is full. */
  storageFull: typeof STORAGE_FULL | typeof DISK_FULL | null;
}

/** The notices to show, in the order the sidebar and the options page list them. */
export const buildNotices = ({ setAside, newer, playbookErrors, storageFull }: NoticeInputs): Notice[] => {
  const list: Notice[] = [];
  if (setAside.length) list.push({ id: 'set-aside', level: 'warning', text: NOTICE_TEXT['set-aside'], details: [...setAside] });
  if (newer.length) list.push({ id: 'newer-version', level: 'warning', text: NOTICE_TEXT['newer-version'], details: [...newer] });
  if (playbookErrors.length)
    list.push({ id: 'playbook-invalid', level: 'error', text: NOTICE_TEXT['playbook-invalid'], details: playbookErrors.slice(0, 10) });
  // Ticks and learned facts are not being saved: say so until a write succeeds again.
  if (storageFull === STORAGE_FULL) list.push({ id: 'storage-full', level: 'error', text: NOTICE_TEXT['storage-full'] });
  if (storageFull === DISK_FULL) list.push({ id: 'disk-full', level: 'error', text: NOTICE_TEXT['disk-full'] });
  return list;
};
