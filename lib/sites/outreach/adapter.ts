import type { PageFacts } from '../../core/facts/page-facts';
import type { PageMatch, SiteAdapter } from '../types';
import { readProspect, readSequence, type RecordRead } from './collect';
import { composerIdAt, findComposers, readComposer } from './composer';
import { insertIntoComposer } from './insert';
import { detectOutreachPage } from './urls';
import { attempt } from '../../dom/attempt';

/**
 * Outreach: the prospect or sequence shown (from the URL, read from the page), plus one
 * `outreach.compose` page per open composer, wherever it was opened from.
 */
export const outreachAdapter: SiteAdapter = {
  id: 'outreach',

  detect: (url) => detectOutreachPage(url),

  // MUI renders dialogs in a portal at the end of body, outside the app's root, so the composer
  // and the page content only share body.
  observeRoots: (doc) => (doc.body ? [doc.body] : []),

  collect(doc, url, match, settings): PageFacts[] {
    const base = { url: url.href, host: url.host, fields: {} };
    const out: PageFacts[] = [];
    const composers = attempt(() => findComposers(doc)) ?? [];
    const record = attempt(() => readRecord(doc, match, composers.map((c) => c.root), settings.timeZone));
    if (record && match.recordId && match.kind !== 'outreach.compose') {
      out.push({ ...base, kind: match.kind, recordId: match.recordId, ready: record.ready, outreach: record.outreach });
    }
    for (const composer of composers) {
      const compose = attempt(() => readComposer(composer, url));
      if (compose) out.push({ ...base, kind: 'outreach.compose', ready: true, compose });
    }
    return out;
  },

  composeIdAt: (doc, node) => attempt(() => composerIdAt(doc, node)),

  keepVisible: (doc) => attempt(() => findComposers(doc).map((composer) => composer.root)) ?? [],

  fill: (doc, plan) => insertIntoComposer(doc, plan),
};

/** The prospect or sequence page's own facts; `composers` (their roots) are left out of them. */
function readRecord(doc: Document, match: PageMatch, composers: readonly Element[], timeZone: string | undefined): RecordRead | null {
  if (!match.recordId) return null;
  if (match.kind === 'outreach.prospect') return readProspect(doc, match.recordId, composers, timeZone);
  if (match.kind === 'outreach.sequence') return readSequence(doc, match.recordId, composers);
  return null;
}

