import type { EngineSettings } from '../../lib/core/engine/types';
import { BUILTIN_PLAYBOOK } from '../../lib/core/playbook/builtin';
import type { Playbook } from '../../lib/core/playbook/schema';
import { overlayPlaybook } from '../../lib/core/playbook/overlay';
import { parsePlaybook } from '../../lib/core/playbook/validate';
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
 * progress-store.ts): stored settings or the browser's defaults with the policy applied, and the
 * imported playbook when it parses, else the built-in one (parsed again only when its stored
 * value changed).
 */
export const createMyDayInputs = (options: {
  items: Pick<StorageItems, 'profiles' | 'settings' | 'playbook'>;
  managed: () => Promise<unknown>;
  /** The browser's IANA zone, until the user saves settings. */
  timeZone: string;
}) => {
  let builtin: Playbook | undefined;
  let imported: { raw: string; playbook: Playbook | null } | undefined;
  const builtinPlaybook = (): Playbook => {
    if (builtin) return builtin;
    const parsed = parsePlaybook(BUILTIN_PLAYBOOK);
    if (!parsed.ok) throw new Error(`The built-in playbook is invalid: ${parsed.errors.join('; ')}`);
    return (builtin = parsed.playbook);
  };
  const playbookOf = (stored: unknown): { playbook: Playbook; playbookKey: string } => {
    if (stored === null || stored === undefined) return { playbook: builtinPlaybook(), playbookKey: 'builtin' };
    const raw = JSON.stringify(stored);
    if (imported?.raw !== raw) {
      const parsed = parsePlaybook(stored);
      imported = { raw, playbook: parsed.ok ? overlayPlaybook(builtinPlaybook(), parsed.playbook) : null };
    }
    return imported.playbook ? { playbook: imported.playbook, playbookKey: raw } : { playbook: builtinPlaybook(), playbookKey: 'builtin' };
  };

  return async (): Promise<MyDayInputs> => {
    const [profiles, settings, playbook, policy] = await Promise.all([
      readItem(options.items.profiles),
      readItem(options.items.settings),
      readItem(options.items.playbook),
      options.managed().catch(() => ({})),
    ]);
    const { settings: effective } = applyManaged(settings.value ?? defaultSettings(options.timeZone), policy);
    return { profiles: profiles.value, settings: toEngineSettings(effective), ...playbookOf(playbook.value?.playbook ?? null) };
  };
};
