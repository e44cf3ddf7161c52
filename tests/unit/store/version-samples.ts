/**
 * Stored values written out by hand, good and bad, per item and version: what the frozen copy of
 * a version (lib/store/versions) and the live schema of the current version must judge alike, and
 * what the migrations must carry from one version to the next. Literals, not builders from lib/,
 * so a change to the code cannot change the samples too.
 */

const A = '001Hs00003ABCdeIAG';
const B = '001Hs00003XYZabIAA';
const AT = '2026-11-20T15:00:00.000Z';
const DIGEST = 'a'.repeat(64);

const item = { type: 'item', id: `${AT}-a1`, accountId: A, by: 'Maria Lopez', at: AT, ruleId: 'OB-CALL-SCHEDULED-DATE', done: true };
const contact = { type: 'contact', id: `${AT}-c1`, accountId: A, by: 'Maria Lopez', at: AT, day: '2026-11-19', channel: 'call', done: false };
const branch = { type: 'branch', id: `${AT}-b1`, accountId: B, by: 'Maria Lopez', at: '2026-11-20T09:00:00-06:00', branch: 'unresponsive', since: '2026-11-18' };
const cleared = { type: 'branch', id: `${AT}-b2`, accountId: B, by: '', at: AT, branch: null };

const known = (value: unknown, kind = 'sf.opportunity') => ({ known: true, value, source: { kind, recordId: '006Hs00001ABCdeIAG' }, observedAt: AT });
const profile = (accountId: string, facts: Record<string, unknown> = {}) => ({ accountId, orgHost: 'acme.lightning.force.com', facts, updatedAt: AT });
const learned = profile(A, {
  accountName: known('Sunrise Family Clinic', 'sf.account'),
  products: known(['Learning', 'Compliance']),
  serviceLevel: known('Premium'),
  userCount: known(42),
  mrr: known(1234.5),
  segmentation: known(null, 'sf.account'),
  obCallScheduledFor: known('2026-11-30', 'sf.onboarding'),
  primaryContactEmailSha256: known(DIGEST),
  primaryContactDomain: known('sunrisefamilyclinic.com'),
  unknownFact: known('ignored: facts strip keys they do not know'),
});
const withContact = profile(B, { primaryContactName: known('Jane Doe'), primaryContactEmail: known('Jane.Doe@SunriseFamilyClinic.com ') });

const settingsV1 = {
  userName: 'Maria Lopez',
  initials: 'ML',
  timeZone: 'America/Chicago',
  onboardingObject: 'Customer_Onboarding__c',
  labels: { 'opp.stage': 'Sales Stage' },
  orgLabels: { 'acme.lightning.force.com': { 'ob.completed': 'Done?' } },
  disabledRules: ['UNR-DAILY-10'],
};
const settingsV2 = { ...settingsV1, sites: { salesforce: true, gmail: false, outreach: true, medtrainer: true } };

const quarantined = {
  id: `${AT}-q1`,
  key: 'local:events',
  path: '[3]',
  at: AT,
  reason: 'unreadable',
  version: 1,
  issues: ['at: expected an ISO date and time'],
  value: { anything: [1, 'two'] },
};

export interface Samples {
  /** Values a version should read. */
  valid: unknown[];
  /** Values it should refuse (and near misses of the valid ones). */
  invalid: unknown[];
}

export const ITEM_SAMPLES: Record<string, Record<number, Samples>> = {
  events: {
    1: {
      valid: [[], [item, contact, branch, cleared]],
      invalid: [
        [{ ...contact, day: '2026-02-30' }],
        [{ ...item, at: '2026-11-20T25:00:00Z' }],
        [{ ...item, at: '2026-11-20 15:00' }],
        [{ ...item, extra: 1 }],
        [{ ...item, accountId: '001Hs00003ABCde' }],
        [{ ...item, ruleId: 'X'.repeat(61) }],
        [{ ...branch, branch: 'paused' }],
        {},
      ],
    },
  },
  profiles: {
    1: {
      valid: [{}, { [A]: learned, [B]: withContact }, { [A]: profile(A) }],
      invalid: [{ [B]: learned }, { [A]: { ...learned, updatedAt: 'yesterday' } }, { [A]: profile(A, { userCount: known(-1) }) }],
    },
    2: {
      valid: [{}, { [A]: learned }, { [B]: profile(B, { primaryContactName: { known: false } }) }],
      invalid: [
        { [B]: withContact },
        { [B]: learned },
        { short: learned },
        { [A]: profile(A, { assignmentDate: known('2026-02-29', 'sf.onboarding') }) },
        { [A]: profile(A, { products: known(['Learning', 'Payroll']) }) },
        { [A]: profile(A, { primaryContactEmailSha256: known('ABC') }) },
      ],
    },
  },
  threads: {
    1: {
      valid: [{}, { 'thread-f:1789': { kind: 'welcome', at: AT }, 'outreach-composer-1': { accountId: A, at: AT } }],
      invalid: [{ '': { at: AT } }, { t: { kind: 'hello', at: AT } }, { t: { at: AT, recipients: DIGEST } }],
    },
    2: {
      valid: [{}, { 'thread-f:1789': { accountId: A, kind: 'recap', at: AT, recipients: DIGEST } }],
      invalid: [
        { t: { kind: 'welcome', at: AT } },
        { t: { at: AT, recipients: 'jane@example.com' } },
        { ['k'.repeat(201)]: { at: AT, recipients: DIGEST } },
        { t: { at: AT, recipients: DIGEST, extra: true } },
      ],
    },
  },
  settings: {
    1: {
      valid: [settingsV1, { ...settingsV1, orgLabels: undefined, initials: '', labels: {}, disabledRules: [] }],
      invalid: [settingsV2, { ...settingsV1, timeZone: 'Mars/Olympus' }],
    },
    2: {
      valid: [settingsV2, { ...settingsV2, initials: 'Zoë', timeZone: 'UTC' }],
      invalid: [
        settingsV1,
        { ...settingsV2, sites: { salesforce: true, gmail: true, outreach: true } },
        { ...settingsV2, sites: { ...settingsV2.sites, linkedin: true } },
        { ...settingsV2, timeZone: 'Mars/Olympus' },
        { ...settingsV2, timeZone: '' },
        { ...settingsV2, initials: 'ABCDE' },
        { ...settingsV2, labels: { 'opp.unknown': 'x' } },
        { ...settingsV2, labels: { 'opp.stage': '' } },
        { ...settingsV2, orgLabels: { 'Not A Host': {} } },
        { ...settingsV2, onboardingObject: '1Onboarding' },
        { ...settingsV2, disabledRules: ['lowercase'] },
        { ...settingsV2, theme: 'dark' },
      ],
    },
    3: {
      valid: [
        settingsV2,
        { ...settingsV2, sites: {} },
        { ...settingsV2, sites: { salesforce: true, gmail: true, outreach: true } },
        { ...settingsV2, sites: { ...settingsV2.sites, linkedin: false } },
      ],
      invalid: [
        settingsV1,
        { ...settingsV2, sites: { Gmail: true } },
        { ...settingsV2, sites: { gmail: 'yes' } },
        { ...settingsV2, timeZone: 'Mars/Olympus' },
        { ...settingsV2, labels: { 'opp.unknown': 'x' } },
        { ...settingsV2, labels: { 'case.resolutionOffered': 'Resolution' } },
        { ...settingsV2, theme: 'dark' },
      ],
    },
    4: {
      valid: [
        settingsV2,
        { ...settingsV2, labels: { 'opp.adoptionNotes': 'Adoption Notes (SMB)', 'opp.unknown': 'kept, ignored' } },
        { ...settingsV2, orgLabels: { 'acme.lightning.force.com': { 'account.reference': 'Reference Account' } } },
      ],
      invalid: [
        settingsV1,
        { ...settingsV2, labels: { 'Opp Stage': 'x' } },
        { ...settingsV2, labels: { 'opp.stage': '' } },
        { ...settingsV2, orgLabels: { 'acme.lightning.force.com': { 'opp.stage': 'x'.repeat(121) } } },
        { ...settingsV2, sites: { Gmail: true } },
        { ...settingsV2, theme: 'dark' },
      ],
    },
  },
  playbook: {
    1: {
      valid: [{ playbook: { version: '2026.11.1', rules: [] }, importedAt: AT, source: 'team.json' }, { playbook: {}, importedAt: AT }],
      invalid: [{ playbook: [], importedAt: AT }, { playbook: {}, importedAt: AT, source: 's'.repeat(201) }, { playbook: {} }],
    },
  },
  ui: {
    1: {
      valid: [{ sidebarCollapsed: false }, { sidebarCollapsed: true, sidebarSide: 'left' }],
      invalid: [{ sidebarCollapsed: false, sidebarSide: 'top' }, { sidebarCollapsed: false, sidebarWidth: 300 }],
    },
    2: {
      valid: [{ sidebarCollapsed: false }, { sidebarCollapsed: true, sidebarSides: { gmail: 'left' }, sidebarWidth: 280 }],
      invalid: [
        { sidebarCollapsed: false, sidebarSide: 'left' },
        { sidebarCollapsed: false, sidebarSides: { linkedin: 'left' } },
        { sidebarCollapsed: false, sidebarWidth: 561 },
        { sidebarCollapsed: false, sidebarWidth: 300.5 },
        {},
      ],
    },
    3: {
      valid: [
        { sidebarCollapsed: false },
        { sidebarCollapsed: true, sidebarSides: { gmail: 'left' }, sidebarWidth: 280 },
        { sidebarCollapsed: false, sidebarSides: { linkedin: 'left' } },
      ],
      invalid: [
        { sidebarCollapsed: false, sidebarSide: 'left' },
        { sidebarCollapsed: false, sidebarSides: { 'Not a site': 'left' } },
        { sidebarCollapsed: false, sidebarSides: { gmail: 'top' } },
        { sidebarCollapsed: false, sidebarWidth: 561 },
        {},
      ],
    },
  },
  quarantine: {
    1: {
      valid: [[], [quarantined, { ...quarantined, path: undefined, reason: 'migration-failed', value: null, dismissed: true }]],
      invalid: [[{ ...quarantined, reason: 'lost' }], [{ ...quarantined, version: 0 }], [{ ...quarantined, issues: Array(21).fill('x') }]],
    },
  },
  setup: {
    1: {
      valid: [{}, { 'CSM-SIGNATURE': { done: true, by: 'Maria Lopez', at: AT } }],
      invalid: [{ 'csm-signature': { done: true, by: '', at: AT } }, { A: { done: 'yes', by: '', at: AT } }],
    },
  },
};

const bundleV2 = {
  format: 'csm-guide-bundle',
  schemaVersion: 2,
  exporter: { name: 'Maria Lopez', initials: 'ML', app: 'CSM Guide 0.1.0' },
  exportedAt: AT,
  content: { events: [item, contact, branch], profiles: [learned, withContact] },
  checksum: { algorithm: 'SHA-256', value: DIGEST },
};

export const BUNDLE_SAMPLES: Record<number, Samples> = {
  1: {
    valid: [{ format: 'csm-guide-bundle', schemaVersion: 1, exporter: 'Maria Lopez', exportedAt: AT, events: [item, contact], sha256: DIGEST }],
    invalid: [{ format: 'csm-guide-bundle', schemaVersion: 1, exporter: { name: 'Maria Lopez' }, exportedAt: AT, events: [], sha256: DIGEST }],
  },
  2: {
    valid: [bundleV2, { ...bundleV2, exporter: { name: '' }, content: { events: [], profiles: [] } }],
    invalid: [
      { ...bundleV2, schemaVersion: 1 },
      { ...bundleV2, content: { events: [], profiles: [learned, learned] } },
      { ...bundleV2, checksum: { algorithm: 'SHA-1', value: DIGEST } },
      { ...bundleV2, exporter: { name: 'M', initials: 'MLMLM' } },
      { ...bundleV2, sha256: DIGEST },
    ],
  },
};
