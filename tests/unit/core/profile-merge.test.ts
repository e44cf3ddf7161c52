import { describe, expect, it } from 'vitest';
import type { PageFacts } from '@/lib/core/facts/page-facts';
import { profileFactsFromPage } from '@/lib/core/profile/from-page';
import { mergeFacts, mergeProfile, observed } from '@/lib/core/profile/merge';
import { accountProfileSchema, emptyFacts, emptyProfile } from '@/lib/core/profile/schema';
import { ACCOUNT_ID } from '../support/profile';

const opp = { kind: 'sf.opportunity', recordId: '006Hs00001XYZabIAA' } as const;
const account = { kind: 'sf.account', recordId: ACCOUNT_ID } as const;

describe('profile facts', () => {
  it('are unknown until seen, for every key', () => {
    const facts = emptyFacts();
    expect(Object.values(facts).every((f) => f.known === false)).toBe(true);
    expect(Object.keys(facts)).toContain('serviceLevel');
  });

  it('parse stored profiles, filling absent facts as unknown', () => {
    const parsed = accountProfileSchema.parse({ accountId: ACCOUNT_ID, facts: {}, updatedAt: '2026-11-01T00:00:00Z' });
    expect(parsed.facts.mrr).toEqual({ known: false });
  });
});

describe('mergeFacts', () => {
  it('keeps the newer observation and its source page', () => {
    const older = mergeFacts(emptyFacts(), { userCount: observed(40, account, '2026-11-01T10:00:00Z') });
    const merged = mergeFacts(older, { userCount: observed(55, opp, '2026-11-02T10:00:00Z') });
    expect(merged.userCount).toEqual({ known: true, value: 55, source: opp, observedAt: '2026-11-02T10:00:00Z' });
  });

  it('ignores an older observation arriving late (another tab)', () => {
    const newer = mergeFacts(emptyFacts(), { userCount: observed(55, opp, '2026-11-02T10:00:00Z') });
    expect(mergeFacts(newer, { userCount: observed(40, account, '2026-11-01T10:00:00Z') }).userCount).toMatchObject({ value: 55 });
  });

  it('never lets unknown erase a known fact', () => {
    const known = mergeFacts(emptyFacts(), { mrr: observed(250, opp, '2026-11-02T10:00:00Z') });
    expect(mergeFacts(known, { mrr: { known: false } }).mrr).toMatchObject({ known: true, value: 250 });
  });

  it('records a field read empty as known null (a flag, not an unknown)', () => {
    const merged = mergeFacts(emptyFacts(), { obCallScheduledFor: observed(null, { kind: 'sf.onboarding' }, '2026-11-02T10:00:00Z') });
    expect(merged.obCallScheduledFor).toMatchObject({ known: true, value: null });
  });

  it('keeps the first sighting when a page shows the same value again (no write per re-render)', () => {
    const first = mergeFacts(emptyFacts(), { products: observed(['Learning'], opp, '2026-11-01T10:00:00Z') });
    const again = mergeFacts(first, { products: observed(['Learning'], opp, '2026-11-05T10:00:00Z') });
    expect(again.products).toBe(first.products);
  });

  it('mergeProfile keeps the same object when nothing changed', () => {
    const profile = emptyProfile(ACCOUNT_ID, '2026-11-01T00:00:00Z');
    expect(mergeProfile(profile, {}, '2026-11-02T00:00:00Z')).toBe(profile);
    const changed = mergeProfile(profile, { mrr: observed(10, opp, '2026-11-02T00:00:00Z') }, '2026-11-02T00:00:00Z');
    expect(changed.updatedAt).toBe('2026-11-02T00:00:00Z');
  });
});

describe('profileFactsFromPage', () => {
  const at = '2026-11-27T16:00:00.000Z';
  const page = (kind: PageFacts['kind'], fields: PageFacts['fields'], ready = true): PageFacts => ({
    kind,
    url: 'https://acme.lightning.force.com/lightning/r/x/view',
    host: 'acme.lightning.force.com',
    recordId: '006Hs00001XYZabIAA',
    ready,
    fields,
  });

  it('maps Opportunity fields to facts, with picklist spellings normalised', () => {
    const facts = profileFactsFromPage(
      page('sf.opportunity', {
        'opp.products': { status: 'ok', label: 'Products', value: ['Learning', 'Credentialing Service/FMC'] },
        'opp.serviceLevel': { status: 'ok', label: 'Service Level', value: 'standard' },
        'opp.mrr': { status: 'ok', label: 'MRR', value: 1250 },
        'opp.owner': { status: 'ok', label: 'Opportunity Owner', value: { name: 'Rita Sales', id: '005Hs000001AbcdIAC' } },
      }),
      at,
    );
    expect(facts.products).toMatchObject({ known: true, value: ['Learning', 'Credentialing Service'] });
    expect(facts.serviceLevel).toMatchObject({ value: 'Standard' });
    expect(facts.mrr).toMatchObject({ value: 1250, source: { kind: 'sf.opportunity' } });
    expect(facts.rsm).toMatchObject({ value: 'Rita Sales' });
    expect(facts.opportunityId).toMatchObject({ value: '006Hs00001XYZabIAA' });
  });

  it('leaves a fact unknown when a picklist value is not in the SOP vocabulary', () => {
    const facts = profileFactsFromPage(
      page('sf.opportunity', { 'opp.serviceLevel': { status: 'ok', label: 'Service Level', value: 'Gold' } }),
      at,
    );
    expect(facts.serviceLevel).toBeUndefined();
  });

  it('learns nothing from a field it could not read, or before the layout rendered', () => {
    const missing = profileFactsFromPage(
      page('sf.onboarding', { 'ob.callScheduledFor': { status: 'missing', label: 'Onboarding Call Scheduled For', reason: 'label-not-found' } }),
      at,
    );
    expect(missing.obCallScheduledFor).toBeUndefined();
    expect(profileFactsFromPage(page('sf.onboarding', {}, false), at)).toEqual({});
  });

  it('learns the assignment date and an empty call date from the Onboarding record', () => {
    const facts = profileFactsFromPage(
      page('sf.onboarding', {
        'ob.emailSentDate': { status: 'ok', label: 'Onboarding email sent date', value: '2026-11-23' },
        'ob.callScheduledFor': { status: 'ok', label: 'Onboarding Call Scheduled For', value: null },
      }),
      at,
    );
    expect(facts.assignmentDate).toMatchObject({ value: '2026-11-23' });
    expect(facts.obCallScheduledFor).toMatchObject({ known: true, value: null });
    expect(facts.onboardingId).toMatchObject({ value: '006Hs00001XYZabIAA' });
  });
});
