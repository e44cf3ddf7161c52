/**
 * Pure URL → page kind for Lightning (no DOM). Lightning is a single-page app: callers re-run
 * this on every navigation and start a new session when the answer changes.
 */
import { isSalesforceId } from '../../core/formats/salesforce-id';
import type { PageKind } from '../../core/model/page-kind';
import type { AdapterSettings, PageMatch } from '../types';
import { isSalesforceHost } from './hosts';

/** Standard objects the extension reads, by API name. The onboarding object comes from settings. */
const STANDARD_KINDS: Record<string, PageKind> = {
  account: 'sf.account',
  opportunity: 'sf.opportunity',
  case: 'sf.case',
};

/**
 * Key prefixes of standard objects, for `/lightning/r/<id>/view` links that omit the object.
 * A custom object's prefix differs per org, so onboarding records need the object in the URL.
 */
const KEY_PREFIXES: Record<string, string> = { '001': 'Account', '006': 'Opportunity', '500': 'Case' };

/** Actions after the record id that still show the record (or its edit modal over it). */
const RECORD_ACTIONS = new Set(['view', 'related', 'edit']);

/**
 * A record id as Salesforce Inspector checks it: 15 or 18 letters/digits, containing a digit,
 * not the all-zero "null id" prefix.
 */
export function looksLikeRecordId(s: string): boolean {
  return isSalesforceId(s) && /\d/.test(s) && !s.startsWith('000');
}

/**
 * - `/lightning/r/<Object>/<id>/view` (also `/related/<List>/view`, `/edit`), `/lightning/r/<id>/view`
 *   → the object's record kind; a Case's `/edit` is the edit modal = `sf.case.new`.
 * - `/lightning/o/Case/new?…` → `sf.case.new` (the record type comes later, from the DOM).
 * Anything else, other hosts and plain http → null.
 */
export function detectSalesforcePage(url: URL, settings: Pick<AdapterSettings, 'onboardingObject'>): PageMatch | null {
  if (url.protocol !== 'https:' || !isSalesforceHost(url.hostname)) return null;
  const parts = url.pathname.split('/').filter(Boolean).map(safeDecode);
  if (parts[0] !== 'lightning') return null;

  if (parts[1] === 'o' && parts.length >= 4) {
    const [, , object = '', action = ''] = parts;
    if (object.toLowerCase() === 'case' && action === 'new') return { kind: 'sf.case.new', objectApiName: 'Case' };
    return null;
  }

  if (parts[1] !== 'r') return null;
  let object: string | undefined;
  let recordId: string;
  let action: string;
  if (parts[2] && looksLikeRecordId(parts[2])) {
    // `/lightning/r/<id>/view`: the object is only known for standard key prefixes.
    recordId = parts[2];
    action = parts[3] ?? '';
    object = KEY_PREFIXES[recordId.slice(0, 3)];
  } else {
    object = parts[2];
    recordId = parts[3] ?? '';
    action = parts[4] ?? '';
  }
  if (!object || !looksLikeRecordId(recordId) || !RECORD_ACTIONS.has(action)) return null;

  const kind = kindOfObject(object, settings.onboardingObject);
  if (!kind) return null;
  if (kind === 'sf.case' && action === 'edit') return { kind: 'sf.case.new', objectApiName: object, recordId };
  return { kind, objectApiName: object, recordId };
}

function kindOfObject(object: string, onboardingObject: string): PageKind | null {
  // API names are case-insensitive in Salesforce; URLs normally carry the canonical case.
  const lower = object.toLowerCase();
  if (onboardingObject && lower === onboardingObject.toLowerCase()) return 'sf.onboarding';
  return STANDARD_KINDS[lower] ?? null;
}

/**
 * The record a new-record modal was opened from (`backgroundContext=/lightning/r/Account/001…/view`),
 * or null. Lets a new Case know its Account before the user picks one.
 */
export function backgroundRecordOf(url: URL): { objectApiName: string | null; recordId: string } | null {
  const context = url.searchParams.get('backgroundContext');
  if (!context) return null;
  const parts = context.split('?')[0]!.split('/').filter(Boolean).map(safeDecode);
  if (parts[0] !== 'lightning' || parts[1] !== 'r') return null;
  if (parts[2] && looksLikeRecordId(parts[2])) return { objectApiName: KEY_PREFIXES[parts[2].slice(0, 3)] ?? null, recordId: parts[2] };
  if (parts[2] && parts[3] && looksLikeRecordId(parts[3])) return { objectApiName: parts[2], recordId: parts[3] };
  return null;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
