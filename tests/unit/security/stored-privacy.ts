/**
 * What CSM Guide may keep in chrome.storage, as an allowlist independent of the app's own zod
 * schemas: IDs, names of accounts and of the people working them (CSMs, leaders, the RSM), dates,
 * rule states, and the classification facts of the account profile (products,
 * service level, user count, MRR, segmentation, subtypes). The primary contact only as the SHA-256
 * of their address and its domain — never their name or address; recipients of a thread choice
 * only as one SHA-256. No email subjects or bodies, no case descriptions, no notes, no page HTML,
 * no URLs.
 *
 * `privacyViolations` walks a storage snapshot ({ local, sync } as chrome.storage.*.get(null)
 * returns them) and names every value outside the allowlist by its path. A new stored key or
 * field fails here until it is added on purpose. The e2e spec security-stored-data.spec.ts runs
 * it over what a real session stored; stored-privacy.test.ts checks the walker itself.
 */

type Check = (value: unknown, path: string, out: string[]) => void;

const SF_ID = /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const RULE_ID = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/;
/** `<ISO instant>-<random>` (lib/store/ids.ts). */
const EVENT_ID = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z-[A-Za-z0-9_-]{1,40}$/;
/** A SHA-256, hex: of the recipients a thread choice was made for (never the addresses). */
const SHA256 = /^[0-9a-f]{64}$/;
/** Gmail thread/draft ids, Outreach prospect + step keys: opaque tokens, never words with spaces. */
const OPAQUE_KEY = /^[A-Za-z0-9:_.#%-]{1,200}$/;
const HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;
/** A name of an account, opportunity or person as a record shows it: one short line, no markup, no address. */
const NAME = /^[^\n\r<>@]{0,120}$/;
/** The team's CouchDB database (http only for a server on this machine). */
const TEAM_DB_URL = /^(https:\/\/[^\s/?#]+|http:\/\/(127\.0\.0\.1|localhost)(:\d+)?)(\/[^\s?#]*)?$/;
/** A message CSM Guide or the server wrote: one line, no markup. */
const ONE_LINE = /^[^\n\r<>]{0,1000}$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const str =
  (pattern: RegExp, what: string): Check =>
  (v, path, out) => {
    if (typeof v !== 'string' || !pattern.test(v)) out.push(`${path}: expected ${what}, got ${JSON.stringify(v)?.slice(0, 120)}`);
  };
const oneOf =
  (values: readonly unknown[]): Check =>
  (v, path, out) => {
    if (!values.includes(v)) out.push(`${path}: expected one of ${values.join(', ')}, got ${JSON.stringify(v)?.slice(0, 120)}`);
  };
const bool: Check = oneOf([true, false]);
const num: Check = (v, path, out) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) out.push(`${path}: expected a number, got ${JSON.stringify(v)}`);
};
const nullable =
  (check: Check): Check =>
  (v, path, out) => {
    if (v !== null) check(v, path, out);
  };
const arrayOf =
  (check: Check, max = 100_000): Check =>
  (v, path, out) => {
    if (!Array.isArray(v) || v.length > max) return void out.push(`${path}: expected a list`);
    v.forEach((item, i) => check(item, `${path}[${i}]`, out));
  };
const recordOf =
  (key: Check, value: Check): Check =>
  (v, path, out) => {
    if (!isObject(v)) return void out.push(`${path}: expected an object`);
    for (const [k, item] of Object.entries(v)) {
      key(k, `${path} key`, out);
      value(item, `${path}.${k}`, out);
    }
  };
/** An object with exactly these optional fields; any other field is a violation. */
const shape =
  (fields: Record<string, Check>): Check =>
  (v, path, out) => {
    if (!isObject(v)) return void out.push(`${path}: expected an object, got ${JSON.stringify(v)?.slice(0, 120)}`);
    for (const [k, item] of Object.entries(v)) {
      const check = fields[k];
      if (!check) out.push(`${path}.${k}: not a field CSM Guide may store`);
      else if (item !== undefined) check(item, `${path}.${k}`, out);
    }
  };
const sfId = str(SF_ID, 'a Salesforce ID');
const isoDate = str(ISO_DATE, 'a YYYY-MM-DD date');
const instant = str(ISO_INSTANT, 'an ISO instant');
const ruleId = str(RULE_ID, 'a rule ID');
const name = str(NAME, 'a name (one short line)');
const PAGE_KINDS = ['sf.account', 'sf.opportunity', 'sf.onboarding', 'sf.case', 'sf.case.new', 'gmail.compose', 'outreach.prospect', 'outreach.sequence', 'outreach.compose', 'mt.presignup'];
const EMAIL_KINDS = ['welcome', 'recap', 'training-recap', 'smb-completed-recap', 'other'];

const event = shape({
  type: oneOf(['item', 'contact', 'branch']),
  id: str(EVENT_ID, 'an event id'),
  accountId: sfId,
  by: name,
  at: instant,
  ruleId,
  done: bool,
  day: isoDate,
  channel: oneOf(['email', 'call']),
  branch: oneOf(['unresponsive', 'escalation', null]),
  since: isoDate,
});

/** Profile facts (lib/core/profile/schema.ts), each with the kind of value it holds. */
const FACT_VALUES: Record<string, Check> = {
  accountName: name,
  opportunityName: name,
  csm: name,
  csmLeader: name,
  rsm: name,
  // The primary contact is kept only as matching needs it: its address's SHA-256 and domain.
  primaryContactEmailSha256: str(SHA256, 'a SHA-256'),
  primaryContactDomain: str(HOST, 'a host name'),
  products: arrayOf(oneOf(['Learning', 'Compliance', 'Credentialing Software', 'Credentialing Service', 'Exclusions']), 10),
  subtypes: arrayOf(oneOf(['SMB', 'Hybrid', 'Franchise', 'GameDay']), 10),
  serviceLevel: oneOf(['Basic', 'Standard', 'Premium']),
  segmentation: oneOf(['Digital', 'Core', 'Strategic']),
  userCount: num,
  mrr: num,
  locationCount: num,
  assignmentDate: isoDate,
  obCallScheduledFor: isoDate,
  obCallCompletedDate: isoDate,
  contractBillingStart: isoDate,
  onboardingCompleted: bool,
  opportunityId: sfId,
  onboardingId: sfId,
};
const fact = (value: Check) =>
  shape({
    known: bool,
    value: nullable(value),
    source: shape({ kind: oneOf(PAGE_KINDS), recordId: sfId }),
    observedAt: instant,
  });
/** The contact's name and address: a fact the profile has a slot for, but may only hold as unknown. */
const neverKnown = shape({ known: oneOf([false]) });
const profile = shape({
  accountId: sfId,
  orgHost: str(HOST, 'a host name'),
  updatedAt: instant,
  facts: shape({
    ...Object.fromEntries(Object.entries(FACT_VALUES).map(([key, check]) => [key, fact(check)])),
    primaryContactName: neverKnown,
    primaryContactEmail: neverKnown,
  }),
});

const settings = shape({
  userName: name,
  initials: str(/^\p{L}{0,4}$/u, 'initials'),
  timeZone: str(/^[A-Za-z_+-]+(\/[A-Za-z0-9_+-]+)*$/, 'an IANA zone'),
  onboardingObject: str(/^[A-Za-z][A-Za-z0-9_]{0,79}$/, 'an object API name'),
  // Field labels the user typed in the options page (what the org's layout calls a field).
  labels: recordOf(str(/^[a-z]+\.[A-Za-z]+$/, 'a field key'), name),
  // The same, for one org (keyed by its host).
  orgLabels: recordOf(str(HOST, 'a host name'), recordOf(str(/^[a-z]+\.[A-Za-z]+$/, 'a field key'), name)),
  disabledRules: arrayOf(ruleId, 500),
  sites: recordOf(oneOf(['salesforce', 'gmail', 'outreach', 'medtrainer']), bool),
});

const meta = shape({ v: num });

/** Stored items by area and key. Quarantine and an imported playbook are checked for shape only. */
const LOCAL: Record<string, Check> = {
  // The v1 log (kept as it was after its move to IndexedDB); e2e snapshots also put the IndexedDB log here.
  events: arrayOf(event),
  // Change notices to the tabs (lib/events/changes.ts) and the migration's marker.
  eventChanges: shape({ seq: str(/^[A-Za-z0-9.-]{1,80}$/, 'a notice id'), accounts: arrayOf(sfId), events: arrayOf(event) }),
  eventsMigration: shape({ count: num, at: instant, bytes: num }),
  // The CSM's one-time setup steps, by rule ID.
  setup: recordOf(ruleId, shape({ done: bool, by: name, at: instant })),
  // Team sync (lib/sync/schema.ts): the team database's URL and the CSM's CouchDB user name (set in
  // Settings, never taken from a page), and the sync state: counts, times, and the server's and
  // CSM Guide's own one-line messages (a refusal's reason, an error) — no page text reaches them.
  teamSync: shape({ url: str(TEAM_DB_URL, 'a team database URL'), user: name }),
  teamSyncState: shape({
    configured: bool,
    signedIn: bool,
    user: nullable(name),
    // The server's name for this browser's user (userCtx.name): a user name, like `user`.
    sessionUser: nullable(name),
    url: nullable(str(TEAM_DB_URL, 'a team database URL')),
    urlLocked: bool,
    lastSyncAt: nullable(instant),
    lastError: nullable(shape({ kind: str(/^[a-z-]{1,20}$/, 'an error kind'), message: str(ONE_LINE, 'a one-line message'), at: instant })),
    pending: num,
    refused: arrayOf(shape({ eventId: str(EVENT_ID, 'an event id'), accountId: sfId, reason: str(ONE_LINE, 'a one-line reason'), at: instant }), 100),
    pushedSeq: recordOf(name, (v, path, out) => void (typeof v === 'number' || typeof v === 'string' || out.push(`${path}: expected a sequence`))),
    scope: nullable(oneOf(['team', 'book'])),
    lastPulled: num,
    lastSkipped: num,
    // A pull under way: counts and when it started, nothing from the documents.
    pull: nullable(shape({ received: num, total: nullable(num), first: bool, startedAt: instant })),
  }),
  // Own documents not yet on the team server: their ids only (`ev/<account>/@<user>/<event id>`, `card/…`).
  teamSyncUnpushed: shape({ ids: arrayOf(str(/^[A-Za-z0-9/@:._+-]{1,300}$/, 'a document id'), 1_000_000), complete: bool }),
  // The team pull's checkpoint: the database, the server's sequence, counts, what it takes (a CSM: the accounts whose history is here).
  teamSyncPull: shape({
    url: str(TEAM_DB_URL, 'a team database URL'),
    since: (v, path, out) => void (typeof v === 'number' || (typeof v === 'string' && v.length <= 500) || out.push(`${path}: expected a sequence`)),
    received: num,
    total: nullable(num),
    done: bool,
    scope: oneOf(['team', 'book']),
    accounts: arrayOf(sfId, 1_000_000),
  }),
  profiles: recordOf(sfId, profile),
  threads: recordOf(
    str(OPAQUE_KEY, 'a thread or compose id'),
    shape({ accountId: sfId, kind: oneOf(EMAIL_KINDS), recipients: str(SHA256, 'a SHA-256 of the recipients'), at: instant }),
  ),
  ui: shape({
    sidebarCollapsed: bool,
    sidebarSides: recordOf(oneOf(['salesforce', 'gmail', 'outreach', 'medtrainer']), oneOf(['left', 'right'])),
    sidebarWidth: num,
  }),
  // "My day"'s optional morning reminder (lib/my-day/reminder.ts): on or off, and the hour.
  myDayReminder: shape({ enabled: bool, hour: num }),
  // What could not be read is kept as it was (it came from storage, never from a page).
  quarantine: arrayOf((v, path, out) => {
    if (!isObject(v) || typeof v.key !== 'string' || !(v.key.startsWith('local:') || v.key.startsWith('sync:')))
      out.push(`${path}: not a quarantine entry`);
  }),
  // A copy of the enterprise policy as Chrome gave it (chrome.storage.managed: set by the company's
  // admin, never by a page), which pages take at a browser start while the managed area loads.
  managedPolicyCopy: shape({ policy: (v, path, out) => void (isObject(v) || out.push(`${path}: expected an object`)) }),
  // A lead's playbook file (SOP text the lead wrote), never page content.
  playbook: shape({ playbook: (v, path, out) => void (isObject(v) || out.push(`${path}: expected an object`)), importedAt: instant, source: name }),
};
const SYNC: Record<string, Check> = { settings };

const walkArea = (area: 'local' | 'sync', items: Record<string, unknown>, allowed: Record<string, Check>, out: string[]) => {
  for (const [key, value] of Object.entries(items)) {
    const path = `${area}:${key}`;
    const base = key.endsWith('$') ? key.slice(0, -1) : null;
    if (base !== null && allowed[base]) meta(value, path, out);
    // The durable outbox: one key per acknowledged tick on its way to IndexedDB.
    else if (key.startsWith('outbox:')) event(value, path, out);
    else if (allowed[key]) allowed[key]!(value, path, out);
    else out.push(`${path}: not a key CSM Guide may store`);
  }
};

export interface StorageSnapshot {
  local: Record<string, unknown>;
  sync: Record<string, unknown>;
}

/** Every stored value outside the allowlist, by path (empty = nothing beyond what may be kept). */
export function privacyViolations(snapshot: StorageSnapshot): string[] {
  const out: string[] = [];
  walkArea('local', snapshot.local, LOCAL, out);
  walkArea('sync', snapshot.sync, SYNC, out);
  return out;
}

/** Every string anywhere in the snapshot (for "this text must not be stored" checks). */
export function storedStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => storedStrings(v, out));
  else if (isObject(value))
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      storedStrings(v, out);
    }
  return out;
}

