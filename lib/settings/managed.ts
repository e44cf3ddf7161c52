import { isFieldKey } from '../core/facts/fields';
import { RULE_ID_PATTERN } from '../core/playbook/schema';
import { SITE_IDS, settingsSchema, type Settings } from './schema';

/**
 * An enterprise policy (chrome.storage.managed) wins over what the user saved, field by field,
 * and the fields it sets are locked in the options page. Paths in `locked`:
 * `userName` | `initials` | `timeZone` | `onboardingObject` | `labels.<fieldKey>` |
 * `sites.<site>` | `disabledRules.<ruleId>` (policy rules are added to the user's, never removed).
 * Policy values that do not validate are ignored (and listed), never half-applied.
 */
export interface ManagedResult {
  settings: Settings;
  locked: string[];
  /** Policy entries that were not applied because they are unknown or invalid. */
  ignored: string[];
}

const SCALARS = ['userName', 'initials', 'timeZone', 'onboardingObject'] as const;
// teamSyncUrl and teamSyncMaxDocs are read by team sync (lib/sync/schema.ts), not settings: known, not applied here.
const KNOWN = new Set<string>([...SCALARS, 'labels', 'sites', 'disabledRules', 'teamSyncUrl', 'teamSyncMaxDocs']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const applyManaged = (settings: Settings, managed: unknown): ManagedResult => {
  if (!isRecord(managed) || Object.keys(managed).length === 0)
    return { settings, locked: [], ignored: managed == null || isRecord(managed) ? [] : ['(policy)'] };

  const out: Settings = {
    ...settings,
    labels: { ...settings.labels },
    ...(settings.orgLabels ? { orgLabels: Object.fromEntries(Object.entries(settings.orgLabels).map(([host, labels]) => [host, { ...labels }])) } : {}),
    sites: { ...settings.sites },
    disabledRules: [...settings.disabledRules],
  };
  const locked: string[] = [];
  const ignored: string[] = [];

  for (const key of Object.keys(managed)) if (!KNOWN.has(key)) ignored.push(key);

  for (const key of SCALARS) {
    if (managed[key] === undefined) continue;
    const parsed = settingsSchema.shape[key].safeParse(managed[key]);
    if (parsed.success) {
      out[key] = parsed.data;
      locked.push(key);
    } else ignored.push(key);
  }

  if (managed.labels !== undefined) {
    if (!isRecord(managed.labels)) ignored.push('labels');
    else
      for (const [field, label] of Object.entries(managed.labels)) {
        if (isFieldKey(field) && typeof label === 'string' && label.length > 0 && label.length <= 120) {
          out.labels[field] = label;
          locked.push(`labels.${field}`);
          // A label IT sets holds on every org: no org override may replace it.
          for (const labels of Object.values(out.orgLabels ?? {})) delete labels[field as keyof typeof labels];
        } else ignored.push(`labels.${field}`);
      }
  }

  if (managed.sites !== undefined) {
    if (!isRecord(managed.sites)) ignored.push('sites');
    else
      for (const [site, on] of Object.entries(managed.sites)) {
        if ((SITE_IDS as readonly string[]).includes(site) && typeof on === 'boolean') {
          out.sites[site as keyof Settings['sites']] = on;
          locked.push(`sites.${site}`);
        } else ignored.push(`sites.${site}`);
      }
  }

  if (managed.disabledRules !== undefined) {
    if (!Array.isArray(managed.disabledRules)) ignored.push('disabledRules');
    else
      for (const rule of managed.disabledRules as unknown[]) {
        if (typeof rule === 'string' && RULE_ID_PATTERN.test(rule)) {
          if (!out.disabledRules.includes(rule)) out.disabledRules.push(rule);
          locked.push(`disabledRules.${rule}`);
        } else ignored.push(`disabledRules.${String(rule)}`);
      }
  }

  return { settings: locked.length ? out : settings, locked: [...new Set(locked)], ignored };
};

/** Whether the options page must show a field as set by the organisation. */
export const isLocked = (locked: readonly string[], path: string): boolean => locked.includes(path);
