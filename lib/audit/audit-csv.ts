import type { Playbook } from '../core/playbook/schema';
import { activityAuthor, PROOF_TEXT } from './author';
import { toCsv, type CsvValue } from './csv';
import type { EventAuthor } from './timeline';
import type { AccountSummary, AuditItem } from './types';

/** Columns before the rule columns; rule columns are keyed by rule ID (rule IDs are permanent: they key progress, `data-rule` and exports). */
export const ACCOUNT_COLUMNS = [
  'Account ID',
  'Account name',
  'CSM',
  'CSM leader',
  'Segment',
  'Tier',
  'Stage',
  'Done',
  'Applicable',
  'Completion %',
  'Overdue rules',
  'Open flags',
  'Last activity',
  'Last activity by',
  'Last activity display name',
  'Last activity author',
  'Salesforce record',
] as const;

/**
 * A rule's cell: its state (`todo`, `done`, `warn`, `error`, `na`, `info`), with the due day when
 * the step is overdue (`error; overdue since 2026-10-01`); empty when the audit cannot judge it
 * (a page-only rule nobody checked off).
 */
export const ruleCell = (item: AuditItem | undefined): string => {
  if (!item) return '';
  if (item.overdueDays !== null && item.due) return `${item.state}; overdue since ${item.due}`;
  if (item.source === 'checked-off') return `${item.state}; by hand`;
  return item.state;
};

const percent = (s: AccountSummary): number | null => (s.completion === null ? null : Math.round(s.completion * 100));

const flagText = (s: AccountSummary): string =>
  s.flags.map((f) => `${f.text}${f.ruleId ? ` (${f.ruleId})` : ''}${f.openDays !== null ? `, open ${f.openDays} d` : ''}`).join('; ');

/**
 * One row per account, one column per playbook rule (in playbook order). `authors` (by event id,
 * from team sync) decides "Last activity by": the user the server vouches for, else the display
 * name; the display name and how the author is known have their own columns.
 */
export const auditCsv = (summaries: readonly AccountSummary[], playbook: Playbook, authors: Readonly<Record<string, EventAuthor>> = {}): string => {
  const ruleIds = playbook.rules.map((rule) => rule.id);
  const header: CsvValue[] = [...ACCOUNT_COLUMNS, ...ruleIds];
  const rows = summaries.map((s): CsvValue[] => {
    const byRule = new Map(s.items.map((item) => [item.ruleId, item]));
    const author = s.lastActivity ? activityAuthor(s.lastActivity.by, authors[s.lastActivity.id]) : null;
    return [
      s.accountId,
      s.name,
      s.csm,
      s.csmLeader,
      s.segment,
      s.tier,
      s.stageKnown === false ? 'Unknown' : s.stageName,
      s.done,
      s.applicable,
      percent(s),
      s.overdue.map((item) => item.ruleId).join('; '),
      flagText(s),
      s.lastActivity?.at ?? null,
      author ? (author.user ?? s.lastActivity!.by) : null,
      s.lastActivity?.by ?? null,
      author ? PROOF_TEXT[author.proof] : null,
      s.recordUrl,
      ...ruleIds.map((id) => ruleCell(byRule.get(id))),
    ];
  });
  return toCsv([header, ...rows]);
};
