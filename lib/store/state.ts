import type { StoreApi } from 'zustand/vanilla';
import type { EmailKind } from '../core/facts/page-facts';
import type { ActivePlaybook } from '../core/playbook/active';
import type { ObservedFacts } from '../core/profile/merge';
import type { AccountProfile } from '../core/profile/schema';
import type { ProgressEvent } from '../core/progress/events';
import type { MessageOf, ResponseTo } from '../messages/protocol';
import type { Reminder } from '../my-day/reminder';
import type { Settings, SettingsPatch } from '../settings/schema';
import type { SyncState } from '../sync/schema';
import type { Notice } from './notices';
import type { QuarantineEntry } from './items/quarantine';
import type { SetupStep } from './items/setup';
import type { ThreadChoice } from './items/threads';
import type { UiState } from './items/ui';

/** The shape of every context's store: what it mirrors from storage and what it can ask for. */
export interface CsmActions {
  /** Ticks or unticks a manual checklist item. */
  toggleItem(accountId: string, ruleId: string, done: boolean): Promise<ResponseTo<'progress/append'>>;
  /** Contact log: the email or call of one day was made (or not). */
  logContact(accountId: string, day: string, channel: 'email' | 'call', done: boolean): Promise<ResponseTo<'progress/append'>>;
  /** Puts the account in a lifecycle branch (or out of it with `null`). */
  setBranch(
    accountId: string,
    branch: 'unresponsive' | 'escalation' | null,
    since?: string,
  ): Promise<ResponseTo<'progress/append'>>;
  /** Adds events as they are (the dashboard's import). Idempotent by event id. */
  appendEvents(events: ProgressEvent[]): Promise<ResponseTo<'progress/append'>>;
  /**
   * Follows these accounts' progress (a tab: the accounts it shows) or every account (the
   * dashboard). Only followed accounts' events are read and kept here.
   */
  watchAccounts(accountIds: readonly string[] | 'all'): Promise<void>;
  /** Facts a page taught; nothing is sent when they would not change the stored profile. */
  observeFacts(accountId: string, facts: ObservedFacts, orgHost?: string): Promise<ResponseTo<'profile/observe'>>;
  /** Many accounts' facts in one write (the dashboard's import). */
  observeMany(
    observations: Array<{ accountId: string; facts: ObservedFacts; orgHost?: string }>,
  ): Promise<ResponseTo<'profiles/observe'>>;
  /**
   * The CSM's account/email-kind choice for an email, stored under a key that outlives the page
   * (ComposeFacts.choiceKey) with the digest of the recipients it is for: undefined = keep, null = clear.
   */
  setThreadChoice(
    key: string,
    choice: { accountId?: string | null; kind?: EmailKind | null },
    recipients: string,
  ): Promise<ResponseTo<'threads/set'>>;
  /** The same for a compose with no such key: kept in this tab's memory for that compose only. */
  setMemoryThreadChoice(composeId: string, choice: { accountId?: string | null; kind?: EmailKind | null }, recipients: string): void;
  setUi(patch: MessageOf<'ui/set'>['patch']): Promise<ResponseTo<'ui/set'>>;
  saveSettings(patch: SettingsPatch): Promise<ResponseTo<'settings/set'>>;
  /** Imports a playbook (validated by the background), or `null` for the built-in one. */
  importPlaybook(playbook: Record<string, unknown> | null, source?: string): Promise<ResponseTo<'playbook/set'>>;
  /** The user read the notices: quarantine entries are marked seen (their values stay kept). */
  dismissNotices(): Promise<void>;
  /** Shows a sync state a `sync/*` answer carried at once, before its storage change arrives. */
  showSyncState(state: SyncState): void;
}

export interface CsmState {
  /** False until every item was read once. */
  loaded: boolean;
  /** The followed accounts' stored events plus the acknowledged ones still on their way to the store. */
  events: ProgressEvent[];
  /** Ids of `events` not yet stored (shown as "saving"). */
  pending: ReadonlySet<string>;
  /** Whether an account's stored events have arrived (a new function whenever `events` changes). */
  eventsLoaded: (accountId: string) => boolean;
  profiles: Record<string, AccountProfile>;
  threads: Record<string, ThreadChoice>;
  /** Choices for composes with no key that outlives the page, by composeId; never stored. */
  memoryThreads: Record<string, ThreadChoice>;
  /** What the user saved; null = never saved. */
  savedSettings: Settings | null;
  /** In force: the saved settings (or defaults) with the enterprise policy applied. */
  settings: Settings;
  /** Settings paths the policy sets (see applyManaged). */
  locked: string[];
  playbook: ActivePlaybook;
  ui: UiState;
  quarantine: QuarantineEntry[];
  /** The CSM's one-time setup steps (rules with scope 'csm'), done once for every account. */
  setup: Record<string, SetupStep>;
  notices: Notice[];
  /** What the worker last wrote about team sync (lib/store/keys.ts, teamSyncState); null until read. */
  syncState: SyncState | null;
  /** My day's morning reminder as the worker keeps it (myDayReminder); off until read. */
  reminder: Reminder;
  actions: CsmActions;
}

export type CsmStore = StoreApi<CsmState> & {
  /** Resolves once every item was read (and the policy loaded). */
  ready: Promise<void>;
  /** Resolves once every storage change seen so far has been read into the state. */
  idle(): Promise<void>;
  /** Stops watching storage. */
  destroy(): void;
};
