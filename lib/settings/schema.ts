import { z } from '../core/zod';
import { timeZone } from '../core/dates/schemas';
import { isValidZone } from '../core/dates/zone';
import type { EngineSettings } from '../core/engine/types';
import { RULE_ID_PATTERN } from '../core/playbook/schema';
import type { SiteId } from '../sites';
import { SITE_IDS } from '../sites/ids';
import type { AdapterSettings } from '../sites/types';

/** The sites CSM Guide runs on (lib/sites/index.ts); each can be switched off in settings. */
export { SITE_IDS, type SiteId };

export const DEFAULT_ONBOARDING_OBJECT = 'Customer_Onboarding__c';

/** Letters only, at most four; empty until the user enters them (escalation entries then ask). */
export const initialsSchema = z.string().check(z.regex(/^\p{L}{0,4}$/u, 'initials are 1–4 letters'));
/** An IANA zone this browser knows (`America/Chicago`). */
export const timeZoneSchema = timeZone;
/** A Salesforce object API name (`Customer_Onboarding__c`, `ns__Onboarding__c`). */
export const objectApiNameSchema = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_]{0,79}$/, 'not a Salesforce object API name'));
/**
 * A field key as a storage key: any key a version of CSM Guide may define (lib/core/facts/fields.ts).
 * An open map, as the site switches: a new field changes neither this shape nor the stored version.
 */
export const fieldKeySchema = z.string().check(z.regex(/^[a-z]+\.[A-Za-z0-9]{1,60}$/, 'not a field key'));
/**
 * Label overrides per field key; a key left out uses the adapter's default label, a key this
 * version does not know (removed, or added by a newer version) is kept and ignored.
 */
export const labelsSchema = z.record(fieldKeySchema, z.string().check(z.minLength(1), z.maxLength(120)));
/** A Salesforce org's host (`acme.lightning.force.com`), the key of its own label overrides. */
export const orgHostSchema = z.string().check(z.maxLength(253), z.regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/, 'not a host name'));
/** Label overrides for one org only: an admin renamed a field there, not in every org. */
export const orgLabelsSchema = z.record(orgHostSchema, labelsSchema);
export const disabledRulesSchema = z.array(z.string().check(z.regex(RULE_ID_PATTERN, 'not a rule ID'))).check(z.maxLength(500));
/** A site's id as a storage key: any id a version of CSM Guide may define (lib/sites). */
export const siteKeySchema = z.string().check(z.regex(/^[a-z][a-z0-9-]{0,39}$/, 'not a site id'));

/**
 * The per-site switches, by site id (SITES in lib/sites/index.ts). An open map, not one key per
 * site: a site missing from it reads as on (`siteOn`), so adding a site changes neither this
 * shape nor the stored version; a key for a site this version does not know (removed, or added by
 * a newer version) is kept and ignored.
 */
export const sitesSchema = z.record(siteKeySchema, z.boolean());

/** Whether CSM Guide runs on `site`: on unless switched off. */
export const siteOn = (sites: Readonly<Record<string, boolean>>, site: SiteId): boolean => sites[site] !== false;

/**
 * The user's settings, as stored in `sync:settings` (current version; older versions and their
 * migrations: lib/store/versions and lib/store/items/settings.ts). Strict: a key this version does not know is not ours.
 */
export const settingsSchema = z.strictObject({
  /** Written into checklist events (`by`) and shown in the dashboard. */
  userName: z.string().check(z.maxLength(120)),
  initials: initialsSchema,
  timeZone: timeZoneSchema,
  onboardingObject: objectApiNameSchema,
  labels: labelsSchema,
  /**
   * Label overrides per org host, applied over `labels` on that org only. Optional, so settings
   * saved before it existed read as they are (no migration).
   */
  orgLabels: z.optional(orgLabelsSchema),
  /** Rules a lead switched off (a fact broke after a Salesforce release), no new build needed. */
  disabledRules: disabledRulesSchema,
  sites: sitesSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

/** What the options page (or a first-run prompt) may change at once: any top-level field, replaced whole. */
export const settingsPatchSchema = z.partial(settingsSchema);
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const ALL_SITES_ON: Readonly<Record<SiteId, true>> = Object.fromEntries(SITE_IDS.map((site) => [site, true])) as Record<SiteId, true>;

/**
 * Settings before the user saved any. `timeZone` is the browser's, passed in by the caller
 * (entrypoints read `Intl`; lib code reads no globals).
 */
export const defaultSettings = (timeZone: string): Settings => ({
  userName: '',
  initials: '',
  timeZone: isValidZone(timeZone) ? timeZone : 'UTC',
  onboardingObject: DEFAULT_ONBOARDING_OBJECT,
  labels: {},
  disabledRules: [],
  sites: { ...ALL_SITES_ON },
});

/** Applies a patch; the result is validated, and `disabledRules` kept free of duplicates. */
export const patchSettings = (settings: Settings, patch: SettingsPatch): Settings =>
  settingsSchema.parse({
    ...settings,
    ...Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)),
    ...(patch.disabledRules ? { disabledRules: [...new Set(patch.disabledRules)] } : {}),
  });

/** The part of the settings the engine reads. */
export const toEngineSettings = (settings: Settings): EngineSettings => ({
  userName: settings.userName,
  initials: settings.initials,
  timeZone: settings.timeZone,
  disabledRules: settings.disabledRules,
});

/** The part of the settings site adapters read, on the org at `host` (its own labels over everyone's). */
export const toAdapterSettings = (settings: Settings, host?: string): AdapterSettings => {
  const own = host ? settings.orgLabels?.[host.toLowerCase()] : undefined;
  return {
    labels: own ? { ...settings.labels, ...own } : settings.labels,
    onboardingObject: settings.onboardingObject,
    timeZone: settings.timeZone,
  };
};
