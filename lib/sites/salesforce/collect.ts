/**
 * Salesforce page → PageFacts. Reads only the URL's record (the active `div.oneContent`, or the
 * open modal for the new/edit Case form), every field by its label, and never throws: a field
 * that cannot be read is reported as missing with the label that was looked for.
 */
import { FIELDS } from '../../core/facts/fields';
import type { FieldRead, FieldReads, PageFacts } from '../../core/facts/page-facts';
import { deepQuery, flatText } from '../../dom/deep-query';
import type { ObservedChanges } from '../../dom/observe';
import { validateSalesforceId } from '../../core/formats';
import type { PageKind } from '../../core/model/page-kind';
import type { AdapterSettings, PageMatch } from '../types';
import { convertValue } from './convert';
import { fieldKeysFor, labelFor, type SalesforceFieldKey } from './labels';
import { findInIndex, indexByLabel, layoutRendered, listFields, scanFields, type FieldHandle, type LabelIndex } from './layout';
import { applyChanges, cacheFor, dropCache, newCache, rawRead, readStats, rememberScope, sameVolatile, scopeOf, storeCache, type ReadCache } from './read-cache';
import { findScope, findScopeWithEvidence, type RecordScope } from './scope';
import { NEW_RECORD_TITLE, SF } from './selectors';
import { inConsoleTab } from './shown';
import { backgroundRecordOf, detectSalesforcePage } from './urls';

/**
 * `changes` (what the session's observer saw since the previous read) lets the read keep what
 * those changes cannot have touched (read-cache.ts); without it everything is read again.
 */
export function collectSalesforce(doc: Document, url: URL, match: PageMatch, settings: AdapterSettings, changes?: ObservedChanges): PageFacts[] {
  const base = baseFacts(url, match);
  try {
    return [collectInto(base, doc, url, match, settings, changes, true)];
  } catch {
    // Host page in an unexpected state: report "not ready" rather than break the session.
    dropCache(match);
    return [notRendered(base, match, settings)];
  }
}

function baseFacts(url: URL, match: PageMatch): PageFacts {
  const base: PageFacts = { kind: match.kind, url: url.href, host: url.host, ready: false, fields: {} };
  const recordId = match.recordId ? id18(match.recordId) : undefined;
  if (recordId) base.recordId = recordId;
  if (match.kind === 'sf.account' && recordId) base.accountId = recordId;
  return base;
}

/**
 * The console moved its focus and the URL did not follow (a subtab, split view, a console that
 * updates the URL late): the record shown is read as itself, by the href its tab or its own
 * related-list link gives, with that record's page kind. Facts name that record and its URL, so
 * nothing read here is taken for the URL's record (and a fill, which checks the URL, refuses).
 * Only inside a console tab panel: in the standard app a shown body of another record is a
 * navigation still in flight, and the sidebar waits for the URL's record.
 */
function shownInstead(doc: Document, url: URL, scope: RecordScope, settings: AdapterSettings): PageFacts | null {
  if (scope.status !== 'other-record' || !scope.shownHref || !inConsoleTab(scope.root)) return null;
  const linked = detectSalesforcePage(new URL(scope.shownHref, url), settings);
  if (!linked?.recordId || !linked.objectApiName || linked.kind === 'sf.case.new') return null;
  // Named by its record page's URL, whichever link (its tab, a related list) gave the id.
  const shownUrl = new URL(`/lightning/r/${linked.objectApiName}/${linked.recordId}/view`, url.origin);
  const shownMatch = detectSalesforcePage(shownUrl, settings);
  if (!shownMatch) return null;
  return collectInto(baseFacts(shownUrl, shownMatch), doc, shownUrl, shownMatch, settings, undefined, false);
}

function collectInto(
  facts: PageFacts,
  doc: Document,
  url: URL,
  match: PageMatch,
  settings: AdapterSettings,
  changes: ObservedChanges | undefined,
  ownUrl: boolean,
): PageFacts {
  const cached = changes ? cacheFor(doc, match, settings) : undefined;
  if (cached && applyChanges(cached, changes!)) {
    readStats.incremental += 1;
    rememberScope(doc, match, scopeOf(cached));
    // Nothing the last facts were read from changed (read-cache.ts): they are still the page's.
    if (cached.facts && sameVolatile(cached)) return cached.facts;
    if (!layoutRendered(cached.fields)) {
      dropCache(match);
      return notRendered(facts, match, settings);
    }
    return keptRead(cached, () => readRecord(facts, doc, url, match, settings, cached.root, cached.index, cached));
  }

  readStats.full += 1;
  const { scope, shown, links } = findScopeWithEvidence(doc, match);
  if (ownUrl) rememberScope(doc, match, scope);
  if (scope.status !== 'ok') {
    dropCache(match);
    return (ownUrl ? shownInstead(doc, url, scope, settings) : null) ?? notRendered(facts, match, settings);
  }
  const scan = scanFields(scope.root);
  if (!layoutRendered(scan.fields)) {
    dropCache(match);
    return notRendered(facts, match, settings);
  }
  // Kept for the next read only where the observed root is the verified record (read-cache.ts).
  const keep = ownUrl && match.kind !== 'sf.case.new' && scope.verified && shown[0] === scope.root;
  const cache = keep ? newCache(doc, match, settings, scope.root, shown, links, scan) : null;
  if (cache) storeCache(cache);
  else dropCache(match);
  const read = () => readRecord(facts, doc, url, match, settings, scope.root, cache?.index ?? indexByLabel(scan.fields), cache);
  return cache ? keptRead(cache, read) : read();
}

/** A read through `cache`, whose facts are kept for the next read with the reads it made afresh (read-cache.ts). */
function keptRead(cache: ReadCache, read: () => PageFacts): PageFacts {
  cache.volatile = new Map();
  const out = read();
  cache.facts = out;
  return out;
}

function readRecord(
  facts: PageFacts,
  doc: Document,
  url: URL,
  match: PageMatch,
  settings: AdapterSettings,
  root: Element,
  index: LabelIndex,
  cache: ReadCache | null,
): PageFacts {
  const reads: FieldReads = {};
  for (const key of fieldKeysFor(match.kind)) reads[key] = readKey(key, index, settings, cache);
  if (match.kind === 'sf.case.new') fillRecordTypeFromTitle(reads, root, settings);

  const out: PageFacts = { ...facts, ready: true, fields: reads };
  const accountId = out.accountId ?? accountIdFrom(reads, match, url) ?? accountIdBehindModal(doc, match, settings);
  if (accountId) out.accountId = accountId;
  return out;
}

function readKey(key: SalesforceFieldKey, index: LabelIndex, settings: AdapterSettings, cache: ReadCache | null): FieldRead {
  const label = labelFor(key, settings);
  const candidates = findInIndex(index, label);
  if (candidates.length === 0) return { status: 'missing', label, reason: 'label-not-found' };

  // A label can repeat across sections: take the first that shows a value, else the first.
  let first: FieldRead | null = null;
  for (const handle of candidates) {
    const read = readOne(handle, key, label, settings.timeZone, cache);
    if (read.status === 'ok' && read.value !== null) return read;
    first ??= read;
  }
  return first!;
}

function readOne(handle: FieldHandle, key: SalesforceFieldKey, label: string, timeZone: string, cache: ReadCache | null): FieldRead {
  try {
    const raw = rawRead(cache, handle);
    if (!raw.ok) return { status: 'missing', label, reason: 'unreadable' };
    // Lightning re-renders items wholesale (inline edit, save): a detached node read stale data.
    if (!handle.el.isConnected) return { status: 'missing', label, reason: 'unreadable' };
    const converted = convertValue(raw.read.value, FIELDS[key].type, timeZone);
    if (!converted.ok) return { status: 'missing', label, reason: 'unreadable' };
    const read: FieldRead = { status: 'ok', label, value: converted.value };
    if (raw.read.editable !== undefined) read.editable = raw.read.editable;
    return read;
  } catch {
    return { status: 'missing', label, reason: 'unreadable' };
  }
}

/**
 * New-Case layouts do not always show "Case Record Type"; the modal title names it
 * ("New Case: Escalations"), so use that when the field itself is not on the form.
 */
function fillRecordTypeFromTitle(reads: FieldReads, modal: Element, settings: AdapterSettings): void {
  const current = reads['case.recordType'];
  if (current?.status === 'ok') return;
  const title = deepQuery(modal, SF.modalTitle);
  const name = title ? NEW_RECORD_TITLE.exec(flatText(title))?.[1]?.trim() : undefined;
  if (name) reads['case.recordType'] = { status: 'ok', label: labelFor('case.recordType', settings), value: name };
}

/** Which lookup names the page's Account (the Account page is its own). */
const ACCOUNT_LOOKUP: Partial<Record<PageKind, SalesforceFieldKey>> = {
  'sf.opportunity': 'opp.account',
  'sf.onboarding': 'ob.account',
  'sf.case': 'case.account',
  'sf.case.new': 'case.account',
};

/** The Account this page belongs to: its Account lookup, or for a new Case the page it was opened from. */
function accountIdFrom(reads: FieldReads, match: PageMatch, url: URL): string | undefined {
  const key = ACCOUNT_LOOKUP[match.kind];
  const fromLookup = key ? lookupId(reads[key]) : undefined;
  if (fromLookup) return fromLookup;
  return match.kind === 'sf.case.new' ? backgroundAccount(url) : undefined;
}

/**
 * The edit modal's Account lookup shows a name only; the Case page under the modal (same record
 * id, verified) has the lookup with its id.
 */
function accountIdBehindModal(doc: Document, match: PageMatch, settings: AdapterSettings): string | undefined {
  if (match.kind !== 'sf.case.new' || !match.recordId) return undefined;
  const page = findScope(doc, { kind: 'sf.case', objectApiName: 'Case', recordId: match.recordId });
  if (page.status !== 'ok' || !page.verified) return undefined;
  return lookupId(readKey('case.account', indexByLabel(listFields(page.root)), settings, null));
}

/** The 18-char id of a lookup read, when it carried one. */
function lookupId(read: FieldRead | undefined): string | undefined {
  if (read?.status !== 'ok' || read.value === null || typeof read.value !== 'object' || Array.isArray(read.value)) return undefined;
  return read.value.id ? id18(read.value.id) : undefined;
}

function backgroundAccount(url: URL): string | undefined {
  const background = backgroundRecordOf(url);
  return background && background.objectApiName?.toLowerCase() === 'account' ? id18(background.recordId) : undefined;
}

function notRendered(facts: PageFacts, match: PageMatch, settings: AdapterSettings): PageFacts {
  const fields: FieldReads = {};
  for (const key of fieldKeysFor(match.kind)) fields[key] = { status: 'missing', label: labelFor(key, settings), reason: 'not-rendered' };
  return { ...facts, ready: false, fields };
}

function id18(id: string): string | undefined {
  const checked = validateSalesforceId(id);
  return checked.ok ? checked.id18 : undefined;
}
