import { isIsoDate } from '../dates/calendar';
import type { FieldKey } from '../facts/fields';
import type { FieldValue, PageFacts } from '../facts/page-facts';
import { PRODUCTS, SEGMENTS, SERVICE_LEVELS, SUBTYPES } from '../model/vocab';
import { observed } from './merge';
import type { Fact, ProfileFactKey, ProfileFacts } from './schema';

type Convert = (value: FieldValue) => unknown;

const text: Convert = (v) => (typeof v === 'string' ? v.trim() || null : typeof v === 'object' && !Array.isArray(v) ? v.name : undefined);
const num: Convert = (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);
const int: Convert = (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined);
const bool: Convert = (v) => (typeof v === 'boolean' ? v : undefined);
// A day the calendar lacks would make the profile's schema refuse every fact of the page.
const date: Convert = (v) => (isIsoDate(v) ? v : undefined);
const id: Convert = (v) => (typeof v === 'object' && !Array.isArray(v) ? (v.id ?? undefined) : undefined);

const normal = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
/** Picklist values as orgs spell them ("Credentialing Service/FMC", "Gameday") → the SOP vocabulary. */
const oneOf =
  <T extends string>(options: readonly T[], aliases: Record<string, T> = {}) =>
  (raw: string): T | undefined =>
    options.find((o) => normal(o) === normal(raw)) ?? aliases[normal(raw)];

const product = oneOf(PRODUCTS, {
  credentialingservicefmc: 'Credentialing Service',
  fmc: 'Credentialing Service',
  fullymanagedcredentialing: 'Credentialing Service',
  credsoft: 'Credentialing Software',
  credentialingsoftwareselfmanaged: 'Credentialing Software',
});
const list =
  <T extends string>(pick: (raw: string) => T | undefined): Convert =>
  (v) => {
    const items = Array.isArray(v) ? v : typeof v === 'string' ? v.split(';') : undefined;
    if (!items) return undefined;
    const mapped = items.map((s) => s.trim()).filter(Boolean).map(pick);
    // One value we cannot map means the picklist changed: leave the fact unknown rather than guess.
    return mapped.every((m) => m !== undefined) ? [...new Set(mapped as T[])] : undefined;
  };
const single =
  <T extends string>(pick: (raw: string) => T | undefined): Convert =>
  (v) => (typeof v === 'string' ? (v.trim() ? pick(v.trim()) : null) : undefined);

/** Which page field teaches which profile fact, and how its value converts. */
const SOURCES: Partial<Record<PageFacts['kind'], Array<[FieldKey, ProfileFactKey, Convert]>>> = {
  'sf.account': [
    ['account.name', 'accountName', text],
    ['account.subtype', 'subtypes', list(oneOf(SUBTYPES))],
    ['account.userCount', 'userCount', int],
    ['account.mrr', 'mrr', num],
    ['account.segmentation', 'segmentation', single(oneOf(SEGMENTS))],
    ['account.csm', 'csm', text],
    ['account.csmLeader', 'csmLeader', text],
  ],
  'sf.opportunity': [
    ['opp.name', 'opportunityName', text],
    ['opp.account', 'accountName', text],
    ['opp.products', 'products', list(product)],
    ['opp.serviceLevel', 'serviceLevel', single(oneOf(SERVICE_LEVELS))],
    ['opp.userCount', 'userCount', int],
    ['opp.mrr', 'mrr', num],
    ['opp.primaryContact', 'primaryContactName', text],
    ['opp.primaryContactEmail', 'primaryContactEmail', text],
    ['opp.owner', 'rsm', text],
    ['opp.billingStartDate', 'contractBillingStart', date],
  ],
  'sf.onboarding': [
    ['ob.opportunity', 'opportunityName', text],
    ['ob.opportunity', 'opportunityId', id],
    ['ob.emailSentDate', 'assignmentDate', date],
    ['ob.callScheduledFor', 'obCallScheduledFor', date],
    ['ob.callCompletedDate', 'obCallCompletedDate', date],
    ['ob.completed', 'onboardingCompleted', bool],
  ],
  'mt.presignup': [['signup.locationCount', 'locationCount', int]],
};

/**
 * The profile facts a page teaches. A field that could not be read teaches nothing (the fact
 * stays as it was); a field read empty teaches "empty" (known null).
 */
export const profileFactsFromPage = (page: PageFacts, at: string): Partial<ProfileFacts> => {
  if (!page.ready) return {};
  const out: Partial<Record<ProfileFactKey, Fact<unknown>>> = {};
  for (const [field, fact, convert] of SOURCES[page.kind] ?? []) {
    const read = page.fields[field];
    if (read?.status !== 'ok') continue;
    const value = read.value === null ? null : convert(read.value);
    if (value !== undefined) out[fact] = observed(value, page, at);
  }
  if (page.kind === 'sf.onboarding') {
    if (page.recordId) out.onboardingId = observed(page.recordId, page, at);
  }
  if (page.kind === 'sf.opportunity' && page.recordId) out.opportunityId = observed(page.recordId, page, at);
  return out as Partial<ProfileFacts>;
};
