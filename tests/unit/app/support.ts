import type { FieldReads, PageFacts } from '@/lib/core/facts/page-facts';
import type { PageKind } from '@/lib/core/model/page-kind';
import type { FillPlan, FillResult, SiteAdapter } from '@/lib/sites/types';

export const SUNRISE = '001Hs00003KxQ2aIAF';

/** Salesforce-like page facts: `ready` with the given fields, or still rendering. */
export const pageOf = (kind: PageKind, options: { ready?: boolean; accountId?: string; fields?: FieldReads; url?: string } = {}): PageFacts => ({
  kind,
  url: options.url ?? 'https://acme.lightning.force.com/lightning/r/Opportunity/006Hs00001Bq7ZrIAJ/view',
  host: 'acme.lightning.force.com',
  ready: options.ready ?? true,
  fields: options.fields ?? {},
  ...(options.accountId ? { accountId: options.accountId } : {}),
});

/** A site adapter that records the plans it is asked to fill (and answers `result`). */
export const recordingAdapter = (result: FillResult | (() => FillResult) = { ok: true, message: 'Filled.' }) => {
  const plans: FillPlan[] = [];
  const adapter: SiteAdapter = {
    id: 'salesforce',
    detect: () => null,
    observeRoots: () => [],
    collect: () => [],
    fill: (_doc, plan) => {
      plans.push(plan);
      return typeof result === 'function' ? result() : result;
    },
  };
  return { adapter, plans };
};

/** Just enough of a document for intents: its URL. */
export const docAt = (href: string): Document => ({ location: { href } }) as unknown as Document;
