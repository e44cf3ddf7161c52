import { FIELDS, FIELD_KEYS, type FieldKey } from '../../lib/core/facts/fields';
import type { PageKind } from '../../lib/core/model/page-kind';
import { isLocked } from '../../lib/settings/managed';
import {
  siteOn,
  initialsSchema,
  objectApiNameSchema,
  SITE_IDS,
  timeZoneSchema,
  type Settings,
  type SettingsPatch,
  type SiteId,
} from '../../lib/settings/schema';
import { SITE_DEFAULT_LABELS, SITES } from '../../lib/sites';

/**
 * The options form as plain data: what the inputs show (a draft the user edits freely), how it
 * is checked, and the settings patch a save sends. Pure, so the rules of enterprise policy
 * (locked fields show the policy's value and are never saved as the user's) are tested here.
 */
export interface Draft {
  userName: string;
  initials: string;
  timeZone: string;
  onboardingObject: string;
  /** Every field key; '' = use the default label. For every org. */
  labels: Record<FieldKey, string>;
  /** Per org host: every field key; '' = that org uses the label for every org. */
  orgLabels: Record<string, Record<FieldKey, string>>;
  sites: Record<SiteId, boolean>;
  disabledRules: string[];
}

/** Paths as applyManaged names them: `initials`, `labels.opp.stage`, `sites.gmail`, `disabledRules.<rule ID>`. */
export type Errors = Partial<Record<string, string>>;

/** The default label of every field, from the site definitions (tests/unit/sites/sites.test.ts: one per field key). */
export const DEFAULT_LABELS: Record<FieldKey, string> = SITE_DEFAULT_LABELS;

/** What the options page calls each site next to its switch. */
export const SITE_NAMES = Object.fromEntries(SITES.map((site) => [site.id, site.name])) as Record<SiteId, string>;

/** The field-label groups, one per page, sites in SITES order and pages in the order a CSM meets them. */
export const LABEL_GROUPS: Array<{ page: PageKind; title: string; keys: FieldKey[] }> = SITES.flatMap((site) =>
  (Object.entries(site.labels?.groups ?? {}) as Array<[PageKind, string]>).map(([page, title]) => ({
    page,
    title,
    keys: FIELD_KEYS.filter((key) => FIELDS[key].page === page),
  })),
);

const blankLabels = (): Record<FieldKey, string> => Object.fromEntries(FIELD_KEYS.map((key) => [key, ''])) as Record<FieldKey, string>;

/**
 * What the form shows: the user's own saved settings (or the defaults), except that a field the
 * policy sets shows the policy's value (`effective`).
 */
export const draftFrom = (own: Settings, effective: Settings, locked: readonly string[]): Draft => {
  const pick = <K extends 'userName' | 'initials' | 'timeZone' | 'onboardingObject'>(key: K) =>
    isLocked(locked, key) ? effective[key] : own[key];
  const labels = blankLabels();
  for (const key of FIELD_KEYS) labels[key] = (isLocked(locked, `labels.${key}`) ? effective.labels[key] : own.labels[key]) ?? '';
  const sites = Object.fromEntries(
    SITE_IDS.map((site) => [site, isLocked(locked, `sites.${site}`) ? siteOn(effective.sites, site) : siteOn(own.sites, site)]),
  ) as Record<SiteId, boolean>;
  const orgLabels = Object.fromEntries(
    Object.entries(own.orgLabels ?? {}).map(([host, saved]) => [host, { ...blankLabels(), ...saved }]),
  ) as Draft['orgLabels'];
  return {
    userName: pick('userName'),
    initials: pick('initials'),
    timeZone: pick('timeZone'),
    onboardingObject: pick('onboardingObject'),
    labels,
    orgLabels,
    sites,
    disabledRules: [...new Set([...own.disabledRules, ...effective.disabledRules])],
  };
};

/** An org's label draft (blank = its fields use the labels for every org). */
export const orgLabelDraft = (draft: Draft, host: string): Record<FieldKey, string> => draft.orgLabels[host] ?? blankLabels();

const firstIssue = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
  result.success ? undefined : result.error?.issues[0]?.message;

/** Checks what the user typed, field by field (locked fields are the policy's, not checked). */
export const validateDraft = (draft: Draft, locked: readonly string[]): Errors => {
  const errors: Errors = {};
  const check = (path: string, message: string | undefined) => {
    if (message && !isLocked(locked, path)) errors[path] = message;
  };
  check('userName', draft.userName.trim().length > 120 ? 'Your name can be at most 120 characters.' : undefined);
  check(
    'initials',
    firstIssue(initialsSchema.safeParse(draft.initials.trim())) &&
      'Initials are up to 4 letters, no digits or punctuation (they start escalation entries such as 11/27/26_ML:…).',
  );
  check('timeZone', firstIssue(timeZoneSchema.safeParse(draft.timeZone)) && 'Choose a time zone from the list.');
  check(
    'onboardingObject',
    firstIssue(objectApiNameSchema.safeParse(draft.onboardingObject.trim())) &&
      'An object API name starts with a letter and has only letters, digits and underscores, e.g. Customer_Onboarding__c.',
  );
  for (const key of FIELD_KEYS) {
    const longest = Math.max(draft.labels[key].trim().length, ...Object.values(draft.orgLabels).map((org) => org[key].trim().length));
    check(`labels.${key}`, longest > 120 ? 'A label can be at most 120 characters.' : undefined);
  }
  return errors;
};

/**
 * The settings patch a save sends: the user's own values. A field the policy locks keeps what the
 * user had saved before (the policy's value is applied on top when read, never stored as theirs).
 */
export const toPatch = (draft: Draft, own: Settings, locked: readonly string[], policyRules: readonly string[]): SettingsPatch => {
  const scalar = <K extends 'userName' | 'initials' | 'timeZone' | 'onboardingObject'>(key: K, value: string) =>
    isLocked(locked, key) ? own[key] : value;
  const labels: Settings['labels'] = {};
  for (const key of FIELD_KEYS) {
    const value = isLocked(locked, `labels.${key}`) ? own.labels[key] : draft.labels[key].trim();
    if (value) labels[key] = value;
  }
  const sites = Object.fromEntries(
    SITE_IDS.map((site) => [site, isLocked(locked, `sites.${site}`) ? siteOn(own.sites, site) : draft.sites[site]]),
  ) as Settings['sites'];
  // An org keeps only the fields renamed there; a label the policy sets is the policy's on every org.
  const orgLabels: NonNullable<Settings['orgLabels']> = {};
  for (const [host, draftLabels] of Object.entries(draft.orgLabels)) {
    const kept: Settings['labels'] = {};
    for (const key of FIELD_KEYS) {
      const value = draftLabels[key].trim();
      if (value && !isLocked(locked, `labels.${key}`)) kept[key] = value;
    }
    if (Object.keys(kept).length) orgLabels[host] = kept;
  }
  // Rules the policy switches off are added on read; the user's list keeps only their own choices.
  const policy = new Set(policyRules);
  const disabledRules = [
    ...draft.disabledRules.filter((id) => !policy.has(id)),
    ...own.disabledRules.filter((id) => policy.has(id)),
  ];
  return {
    userName: scalar('userName', draft.userName.trim()),
    initials: scalar('initials', draft.initials.trim()),
    timeZone: scalar('timeZone', draft.timeZone),
    onboardingObject: scalar('onboardingObject', draft.onboardingObject.trim()),
    labels,
    // Written only once someone has org labels, so saving settings that never had them changes nothing.
    ...(Object.keys(orgLabels).length || own.orgLabels ? { orgLabels } : {}),
    sites,
    disabledRules: [...new Set(disabledRules)],
  };
};

/** The rules the policy switches off (from the locked paths). */
export const policyRules = (locked: readonly string[]): string[] =>
  locked.filter((path) => path.startsWith('disabledRules.')).map((path) => path.slice('disabledRules.'.length));

/** Input ids by path, so the error summary can link to each field. */
export const fieldId = (path: string): string => `field-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
