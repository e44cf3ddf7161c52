import type { EngineSettings } from '../../lib/core/engine/types';
import { activePlaybook, type ActivePlaybook, type ImportedPlaybook } from '../../lib/core/playbook/active';
import { BUILTIN_PLAYBOOK } from '../../lib/core/playbook/builtin';
import type { Playbook } from '../../lib/core/playbook/schema';
import type { AccountProfile } from '../../lib/core/profile/schema';
import { applyManaged } from '../../lib/settings/managed';
import { defaultSettings, toEngineSettings } from '../../lib/settings/schema';
import type { StorageItems } from '../../lib/store/items';
import { readItem } from '../../lib/store/read';

export interface MyDayInputs {
  profiles: Record<string, AccountProfile>;
  settings: EngineSettings;
  playbook: Playbook;
  /** Says which playbook this is (the imported one's stored text, or the built-in one). */
  playbookKey: string;
}

/**
 * What the badge needs besides the log, read the way every tab's store reads it (lib/store/
 * csm-store.ts): stored settings or the browser's defaults with the policy applied, and the
 * imported playbook when it parses, else the built-in one (parsed again only when its stored
 * value changed).
 */
export const createMyDayInputs = (options: {
  items: Pick<StorageItems, 'profiles' | 'settings' | 'playbook'>;
  managed: () => Promise<unknown>;
  /** The browser's IANA zone, until the user saves settings. */
  timeZone: string;
}) => {
  let imported: { raw: string; active: ActivePlaybook } | undefined;
  // The same activation as every tab's store (lib/core/playbook/active.ts), parsed again only
  // when the stored import changed.
  const playbookOf = (stored: ImportedPlaybook | null): { playbook: Playbook; playbookKey: string } => {
    if (!stored) return { playbook: activePlaybook(null, BUILTIN_PLAYBOOK).playbook, playbookKey: 'builtin' };
    const raw = JSON.stringify(stored.playbook);
    if (imported?.raw !== raw) imported = { raw, active: activePlaybook(stored, BUILTIN_PLAYBOOK) };
    const { active } = imported;
    return { playbook: active.playbook, playbookKey: active.source === 'imported' ? raw : 'builtin' };
  };

  return async (): Promise<MyDayInputs> => {
    const [profiles, settings, playbook, policy] = await Promise.all([
      readItem(options.items.profiles),
      readItem(options.items.settings),
      readItem(options.items.playbook),
      options.managed().catch(() => ({})),
    ]);
    const { settings: effective } = applyManaged(settings.value ?? defaultSettings(options.timeZone), policy);
    return { profiles: profiles.value, settings: toEngineSettings(effective), ...playbookOf(playbook.value) };
  };
};
