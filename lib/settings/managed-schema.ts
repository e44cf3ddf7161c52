import { FIELD_KEYS } from '../core/facts/fields';
import { SITE_DEFAULT_LABELS, SITES } from '../sites';

/**
 * The schema Chrome validates enterprise policy against (manifest `storage.managed_schema`),
 * written to `managed-schema.json` at build (wxt.config.ts). Built here rather than kept as a
 * file so its field labels and site switches are always the ones the code knows: a site added to
 * SITES appears in it with nothing else to edit. tests/unit/options/managed-schema.test.ts checks
 * it against what applyManaged reads.
 */
export const managedSchema = () => ({
  type: 'object',
  properties: {
    userName: {
      title: 'User name',
      description: "The CSM's name, written next to what they check off (usually left to each user).",
      type: 'string',
    },
    initials: {
      title: 'Initials',
      description: 'Up to 4 letters; they start escalation entries (MM/DD/YY_Initials:Action).',
      type: 'string',
    },
    timeZone: {
      title: 'Time zone',
      description: 'IANA time zone for "today" and due dates, e.g. America/Chicago.',
      type: 'string',
    },
    onboardingObject: {
      title: 'Customer Onboarding object',
      description: "API name of the org's Customer Onboarding object (default Customer_Onboarding__c).",
      type: 'string',
      pattern: '^[A-Za-z][A-Za-z0-9_]{0,79}$',
    },
    labels: {
      title: 'Field labels',
      description: 'Labels the org uses instead of the defaults, by field key.',
      type: 'object',
      properties: Object.fromEntries(FIELD_KEYS.map((key) => [key, { type: 'string', description: `Default: ${SITE_DEFAULT_LABELS[key]}` }])),
    },
    sites: {
      title: 'Sites',
      description: 'Where CSM Guide runs; false switches a site off.',
      type: 'object',
      properties: Object.fromEntries(SITES.map((site) => [site.id, { type: 'boolean' }])),
    },
    disabledRules: {
      title: 'Rules switched off',
      description: 'Rule IDs (the rule columns of the audit export) switched off for everyone, added to those a user switched off.',
      type: 'array',
      items: { type: 'string', pattern: '^[A-Z]{2,4}(-[A-Z0-9]+)+$' },
    },
    teamSyncUrl: {
      title: 'Team sync database URL',
      description:
        "The team's CouchDB database, e.g. https://couch.example.com/csm-guide-team. Locks the URL on the options page; each CSM still signs in with their own account.",
      type: 'string',
      pattern: '^https?://',
    },
    teamSyncMaxDocs: {
      title: 'Team sync: most documents kept from the team',
      description:
        'A pull stops, with an error the CSM sees, once this browser would hold more team-sync documents than this (default 200000): a flooding member or a hostile server cannot fill the disk.',
      type: 'integer',
      minimum: 1000,
    },
  },
});
