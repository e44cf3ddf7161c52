import { BUILTIN_PLAYBOOK } from '@/lib/core/playbook/builtin';
import type { Playbook } from '@/lib/core/playbook/schema';
import { parsePlaybook } from '@/lib/core/playbook/validate';
import { emptyFacts, type AccountProfile, type ProfileFactKey, type ProfileFacts, type ProfileFactValue } from '@/lib/core/profile/schema';
import type { ProgressEvent } from '@/lib/core/progress/events';
import type { AuditContext } from '@/lib/audit/types';

export const ZONE = 'America/Chicago';
/** Friday, Nov 27, 2026, 9:00 in Chicago. */
export const NOW = '2026-11-27T15:00:00.000Z';
export const TODAY = '2026-11-27';

export const ACCOUNT_A = '001Hs00003ABCdeIAG';
export const ACCOUNT_B = '001Hs00003XYZabIAA';
export const ACCOUNT_C = '001Hs00003LmnOpIAQ';

const parsed = parsePlaybook(BUILTIN_PLAYBOOK);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
export const PLAYBOOK: Playbook = parsed.playbook;

export const SETTINGS: AuditContext['settings'] = { userName: 'Lead', initials: 'LD', timeZone: ZONE, disabledRules: [] };
export const CONTEXT: AuditContext = { playbook: PLAYBOOK, settings: SETTINGS, now: NOW };

/** A profile whose facts are known as given (observed on the Opportunity at `observedAt`). */
export const profile = (
  accountId: string,
  values: { [K in ProfileFactKey]?: ProfileFactValue<K> | null },
  options: { observedAt?: string; orgHost?: string } = {},
): AccountProfile => {
  const observedAt = options.observedAt ?? '2026-11-20T15:00:00.000Z';
  const facts = emptyFacts() as Record<ProfileFactKey, unknown>;
  for (const [key, value] of Object.entries(values))
    facts[key as ProfileFactKey] = { known: true, value, source: { kind: 'sf.opportunity' }, observedAt };
  return {
    accountId,
    ...(options.orgHost ? { orgHost: options.orgHost } : {}),
    facts: facts as ProfileFacts,
    updatedAt: observedAt,
  };
};

let n = 0;
/** A checklist tick (or untick) by `by` at `at`. */
export const tick = (
  accountId: string,
  ruleId: string,
  done: boolean,
  by: string,
  at: string,
  id?: string,
): Extract<ProgressEvent, { type: 'item' }> => ({
  type: 'item',
  id: id ?? `${at}-t${(n++).toString(36).padStart(6, '0')}`,
  accountId,
  by,
  at,
  ruleId,
  done,
});

export const contact = (accountId: string, day: string, channel: 'email' | 'call', by: string, at: string): ProgressEvent => ({
  type: 'contact',
  id: `${at}-c${(n++).toString(36).padStart(6, '0')}`,
  accountId,
  by,
  at,
  day,
  channel,
  done: true,
});

export const branch = (accountId: string, value: 'unresponsive' | 'escalation' | null, since: string | undefined, by: string, at: string): ProgressEvent => ({
  type: 'branch',
  id: `${at}-b${(n++).toString(36).padStart(6, '0')}`,
  accountId,
  by,
  at,
  branch: value,
  ...(since ? { since } : {}),
});

/**
 * A Digital GameDay account assigned on `assignmentDate`, with Jane as CSM. GameDay keeps the
 * same-day call (MT-CS-020), so the audit has an overdue call step to count; a plain Digital
 * account owes none (issue 12).
 */
export const digital = (accountId: string, name: string, csm: string, assignmentDate: string, extra: Partial<Record<ProfileFactKey, unknown>> = {}) =>
  profile(
    accountId,
    {
      accountName: name,
      csm,
      csmLeader: 'Lee Park',
      segmentation: 'Digital',
      serviceLevel: 'Standard',
      products: ['Learning'],
      subtypes: ['GameDay'],
      assignmentDate,
      ...(extra as object),
    },
    { orgHost: 'acme.my.salesforce.com' },
  );
