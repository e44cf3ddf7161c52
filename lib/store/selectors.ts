import type { EngineSettings } from '../core/engine/types';
import type { Playbook } from '../core/playbook/schema';
import type { AccountProfile } from '../core/profile/schema';
import { deriveProgress, type AccountProgress, type ProgressEvent } from '../core/progress/events';
import { toAdapterSettings, toEngineSettings, type Settings } from '../settings/schema';
import type { AdapterSettings } from '../sites/types';
import type { Notice } from './notices';
import type { SetupStep } from './items/setup';
import type { CsmState } from './state';

/**
 * Pure selectors over the store's state. Each returns the same reference while its inputs are
 * unchanged (safe for React's useSyncExternalStore and for the engine's memo).
 */
const progressCache = new WeakMap<readonly ProgressEvent[], Map<string, AccountProgress>>();
const csmRulesCache = new WeakMap<Playbook, string[]>();
/** The playbook's rules with scope 'csm' (one-time setup per CSM). */
const csmScopedRules = (playbook: Playbook): string[] => {
  let ids = csmRulesCache.get(playbook);
  if (!ids) csmRulesCache.set(playbook, (ids = playbook.rules.filter((rule) => rule.scope === 'csm').map((rule) => rule.id)));
  return ids;
};
export const isCsmScoped = (playbook: Playbook, ruleId: string): boolean => csmScopedRules(playbook).includes(ruleId);

const withSetupCache = new WeakMap<AccountProgress, { setup: Record<string, SetupStep>; progress: AccountProgress }>();
/**
 * One account's checklist progress, derived from the event log; the CSM's one-time setup steps
 * (rules with scope 'csm') come from `setup` when that is later than the account's own tick.
 */
export const selectProgress = (
  state: Pick<CsmState, 'events'> & Partial<Pick<CsmState, 'pending' | 'setup' | 'playbook'>>,
  accountId: string,
): AccountProgress => {
  let perAccount = progressCache.get(state.events);
  if (!perAccount) progressCache.set(state.events, (perAccount = new Map()));
  let progress = perAccount.get(accountId);
  // `pending` changes only together with `events` (a new array), so the cache key holds.
  if (!progress) perAccount.set(accountId, (progress = deriveProgress(state.events, accountId, state.pending)));
  const setup = state.setup;
  if (!setup || !state.playbook) return progress;
  const overlays = csmScopedRules(state.playbook.playbook).filter((id) => {
    const step = setup[id];
    const own = progress.items[id];
    return step && (!own || Date.parse(step.at) > Date.parse(own.at));
  });
  if (!overlays.length) return progress;
  const cached = withSetupCache.get(progress);
  if (cached?.setup === setup) return cached.progress;
  const items = { ...progress.items };
  for (const id of overlays) items[id] = { ...setup[id]! };
  const combined = { ...progress, items };
  withSetupCache.set(progress, { setup, progress: combined });
  return combined;
};
export const selectProfile = (state: Pick<CsmState, 'profiles'>, accountId: string): AccountProfile | null =>
  state.profiles[accountId] ?? null;
export const selectSettings = (state: Pick<CsmState, 'settings'>): Settings => state.settings;

const engineCache = new WeakMap<Settings, EngineSettings>();
export const selectEngineSettings = (state: Pick<CsmState, 'settings'>): EngineSettings => {
  let value = engineCache.get(state.settings);
  if (!value) engineCache.set(state.settings, (value = toEngineSettings(state.settings)));
  return value;
};
const adapterCache = new WeakMap<Settings, Map<string, AdapterSettings>>();
/** What the site adapters read on the org at `host` (same reference while the settings are unchanged). */
export const selectAdapterSettings = (state: Pick<CsmState, 'settings'>, host = ''): AdapterSettings => {
  let perHost = adapterCache.get(state.settings);
  if (!perHost) adapterCache.set(state.settings, (perHost = new Map()));
  let value = perHost.get(host);
  if (!value) perHost.set(host, (value = toAdapterSettings(state.settings, host || undefined)));
  return value;
};
export const selectPlaybook = (state: Pick<CsmState, 'playbook'>): Playbook => state.playbook.playbook;
export const selectNotices = (state: Pick<CsmState, 'notices'>): Notice[] => state.notices;
