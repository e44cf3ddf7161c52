import type { EngineSettings, ItemDetail, ItemView } from '../core/engine/types';
import type { ItemState, Segment, ServiceLevel, Stage } from '../core/model/vocab';
import type { Playbook } from '../core/playbook/schema';
import type { AccountProgress, ItemProgress } from '../core/progress/events';

/** What every summary of one audit run shares: the playbook, the user's settings and the clock. */
export interface AuditContext {
  playbook: Playbook;
  settings: EngineSettings;
  /** ISO instant; lib code never reads the clock. */
  now: string;
}

/**
 * One rule of one account as a lead's audit sees it. `source`:
 * - `audit`: the engine judged it without a page (timeline and any-page rules);
 * - `checked-off`: a page-only rule the engine cannot judge from the dashboard, shown because
 *   someone ticked (or unticked) it by hand on its page.
 */
export interface AuditItem {
  ruleId: string;
  title: string;
  sop: string;
  state: ItemState;
  message: string;
  /** The due day in the user's zone (`YYYY-MM-DD`), when the rule has one. */
  due: string | null;
  /** Calendar days past `due` when the step is still open; null when not overdue. */
  overdueDays: number | null;
  /** Who ticked it and when, for manual steps. */
  manual: ItemProgress | null;
  source: 'audit' | 'checked-off';
  details?: ItemDetail[];
  /** The rule's detail layout (lib/core/engine/types ItemView), when it has one. */
  view?: ItemView;
}

/** Something a lead should look at: the account's lifecycle branch, or a rule in warn/error. */
export interface AuditFlag {
  kind: 'branch' | 'item';
  /** The rule, for item flags. */
  ruleId?: string;
  /** "Unresponsive", or the rule's title. */
  text: string;
  state: 'warn' | 'error';
  /** `YYYY-MM-DD` the flag has been open since, when known (the branch start, a due day). */
  since: string | null;
  /** Calendar days open (today − since), when `since` is known. */
  openDays: number | null;
}

export interface AccountSummary {
  accountId: string;
  name: string | null;
  csm: string | null;
  csmLeader: string | null;
  segment: Segment | null;
  /** The service level (Basic, Standard, Premium): what the SOPs call the account's tier. */
  tier: ServiceLevel | null;
  stage: Stage | null;
  stageName: string | null;
  /**
   * False when this browser has learned nothing that decides the stage (no profile or account
   * card, no branch): stage and completion are then unknown, never the engine's default stage.
   */
  stageKnown: boolean;
  /** Org host the account was seen on, and the record's Lightning URL when that host is a Salesforce org. */
  orgHost: string | null;
  recordUrl: string | null;
  /** Steps done among the applicable ones (states todo, done, warn, error). */
  done: number;
  applicable: number;
  /** done / applicable, or null when nothing applies yet. */
  completion: number | null;
  overdue: AuditItem[];
  flags: AuditFlag[];
  /** Every rule the audit could say something about, in playbook order. */
  items: AuditItem[];
  progress: AccountProgress;
  /**
   * Latest event (who did something to this account, and when): `by` is the display name typed by
   * its writer; `id` finds who the server says wrote it (lib/audit/author.ts).
   */
  lastActivity: { at: string; by: string; id: string } | null;
  eventCount: number;
  /** False when only checklist events (e.g. from an import) and no profile are known. */
  hasProfile: boolean;
  /** The user's calendar day the summary was made for. */
  today: string;
}
