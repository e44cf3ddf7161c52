import { describe, expect, it } from 'vitest';
import {
  isCore,
  isDigital,
  isFmcOnly,
  isHybrid,
  segmentMismatch,
  smbOverFlatRate,
} from '@/lib/core/classify/classify';
import { factsWith } from '../support/profile';

describe('CLS-DIGITAL / CLS-CORE', () => {
  it.each<[{ userCount: number; mrr: number; subtypes?: [] }, boolean, string]>([
    [{ userCount: 20, mrr: 300, subtypes: [] }, false, 'Digital: under 50 users and under $500'],
    [{ userCount: 51, mrr: 100 }, true, 'over 50 users is Core'],
    [{ userCount: 10, mrr: 500.01 }, true, 'over $500.00 MRR is Core'],
    [{ userCount: 50, mrr: 600 }, true, 'on the user bound but over $500.00: Core'],
    [{ userCount: 49, mrr: 499.99, subtypes: [] }, false, 'just under both thresholds'],
  ])('%j → core=%s (%s)', (values, core) => {
    const facts = factsWith(values);
    expect(isCore(facts).value).toBe(core);
    expect(isDigital(facts).value).toBe(!core);
  });

  it.each([
    [{ userCount: 50, mrr: 100, subtypes: [] }, 'exactly 50 users'],
    [{ userCount: 10, mrr: 500, subtypes: [] }, 'exactly $500.00 MRR'],
    [{ userCount: 50, mrr: 500, subtypes: [] }, 'exactly 50 users and $500.00 MRR'],
  ] as const)('exactly on a bound (%j) is neither Core nor Digital: the seeds say "under" and "over"', (values, reason) => {
    const facts = factsWith({ ...values, subtypes: [] });
    for (const verdict of [isCore(facts), isDigital(facts)]) expect(verdict).toMatchObject({ value: null, needs: [], onBound: true, reason });
  });

  it('on a bound, an SMB account is still Core by its Standard/Premium service, and undecided while that is unknown', () => {
    expect(isCore(factsWith({ userCount: 50, mrr: 250, subtypes: ['SMB'], serviceLevel: 'Standard' })).value).toBe(true);
    expect(isCore(factsWith({ userCount: 50, mrr: 250, subtypes: ['SMB'] }))).toMatchObject({ value: null, needs: ['serviceLevel'] });
    expect(isCore(factsWith({ userCount: 50, mrr: 250, serviceLevel: 'Standard' }))).toMatchObject({ value: null, needs: ['subtypes'] });
    expect(isCore(factsWith({ userCount: 50, mrr: 250, subtypes: ['SMB'], serviceLevel: 'Basic' }))).toMatchObject({ value: null, onBound: true });
  });

  it('decides Core from one known threshold even when the other fact is unknown', () => {
    const verdict = isCore(factsWith({ userCount: 120 }));
    expect(verdict.value).toBe(true);
    expect(verdict.reason).toContain('120 users');
  });

  it('says which facts it needs instead of guessing', () => {
    const verdict = isDigital(factsWith({ userCount: 10 }));
    expect(verdict.value).toBeNull();
    expect(verdict.needs).toEqual(['mrr']);
  });

  it('treats Standard/Premium service as Core only for SMB accounts (MT-CS-007; MT-CS-020: "Service level may vary")', () => {
    expect(isCore(factsWith({ userCount: 8, mrr: 250, subtypes: ['SMB'], serviceLevel: 'Premium' })).value).toBe(true);
    // Seed 001: a Digital account's service level "may vary".
    expect(isCore(factsWith({ userCount: 8, mrr: 250, subtypes: [], serviceLevel: 'Premium' })).value).toBe(false);
  });

  it('small numbers with the subtype unknown: Digital only when the service is Basic (it could be a Standard/Premium SMB)', () => {
    expect(isDigital(factsWith({ userCount: 8, mrr: 250, serviceLevel: 'Basic' })).value).toBe(true);
    expect(isDigital(factsWith({ userCount: 8, mrr: 250, serviceLevel: 'Standard' }))).toMatchObject({ value: null, needs: ['subtypes'] });
    expect(isDigital(factsWith({ userCount: 8, mrr: 250 }))).toMatchObject({ value: null, needs: ['subtypes', 'serviceLevel'] });
  });

  it('a blank Account Subtype is known: no SMB, so small numbers are Digital whatever the service', () => {
    expect(isDigital(factsWith({ userCount: 8, mrr: 250, subtypes: null, serviceLevel: 'Premium' })).value).toBe(true);
    expect(isDigital(factsWith({ userCount: 8, mrr: 250, subtypes: null })).value).toBe(true);
  });

  it('a small SMB account with unknown service level is undecided', () => {
    const verdict = isCore(factsWith({ userCount: 8, mrr: 250, subtypes: ['SMB'] }));
    expect(verdict).toMatchObject({ value: null, needs: ['serviceLevel'] });
  });
});

describe('CLS-SEGMENT-MISMATCH', () => {
  it('flags a Digital field on a Core-sized account', () => {
    const verdict = segmentMismatch(factsWith({ userCount: 80, mrr: 900, segmentation: 'Digital' }));
    expect(verdict).toMatchObject({ value: true, field: 'Digital', expected: 'Core' });
    expect(verdict.reason).toContain('CS Segmentation is Digital');
  });
  it('accepts Strategic on a Core-sized account (Strategic comes only from the field)', () => {
    expect(segmentMismatch(factsWith({ userCount: 80, mrr: 900, segmentation: 'Strategic' })).value).toBe(false);
  });
  it('never flags Strategic, even on a small account (issue 12: Strategic comes only from the field)', () => {
    expect(segmentMismatch(factsWith({ userCount: 5, mrr: 100, subtypes: [], segmentation: 'Strategic' })).value).toBe(false);
    expect(segmentMismatch(factsWith({ segmentation: 'Strategic' })).value).toBe(false);
  });
  it('an account exactly on a bound is not a mismatch, whichever the field says', () => {
    expect(segmentMismatch(factsWith({ userCount: 50, mrr: 100, subtypes: [], segmentation: 'Digital' }))).toMatchObject({ value: null, onBound: true, field: 'Digital' });
    expect(segmentMismatch(factsWith({ userCount: 20, mrr: 500, subtypes: [], segmentation: 'Core' }))).toMatchObject({ value: null, onBound: true, field: 'Core' });
  });
  it('needs the field', () => {
    expect(segmentMismatch(factsWith({ userCount: 5, mrr: 100 }))).toMatchObject({ value: null, needs: ['segmentation'] });
  });
});

describe('CLS-SMB, CLS-HYBRID, CLS-FMC-ONLY', () => {
  it('flags an SMB account over 10 users still at the $250 flat rate', () => {
    expect(smbOverFlatRate(factsWith({ subtypes: ['SMB'], userCount: 11, mrr: 250 })).value).toBe(true);
    expect(smbOverFlatRate(factsWith({ subtypes: ['SMB'], userCount: 10, mrr: 250 })).value).toBe(false);
    expect(smbOverFlatRate(factsWith({ subtypes: ['SMB'], userCount: 14, mrr: 340 })).value).toBe(false);
    expect(smbOverFlatRate(factsWith({ subtypes: ['Franchise'], userCount: 14, mrr: 250 })).value).toBe(false);
  });
  it('hybrid = Learning or Compliance plus FMC', () => {
    expect(isHybrid(factsWith({ products: ['Compliance', 'Credentialing Service'] })).value).toBe(true);
    expect(isHybrid(factsWith({ products: ['Credentialing Software', 'Credentialing Service'] })).value).toBe(false);
    expect(isHybrid(factsWith({})).needs).toEqual(['products']);
  });
  it('FMC only = the Credentialing Service without a product CS onboards', () => {
    expect(isFmcOnly(factsWith({ products: ['Credentialing Service'] })).value).toBe(true);
    expect(isFmcOnly(factsWith({ products: ['Credentialing Service', 'Exclusions'] })).value).toBe(true);
    expect(isFmcOnly(factsWith({ products: ['Credentialing Service', 'Learning'] })).value).toBe(false);
  });
});
