import { describe, expect, it } from 'vitest';
import { CORE, detailOf, item, one, page, run } from '../support/compose';

describe('CLS-SUBTYPE-NOTES', () => {
  it('Franchise: multiple locations, fast growth', () => {
    const i = one('CLS-SUBTYPE-NOTES', { facts: { ...CORE, subtypes: ['Franchise'] } });
    expect(i).toMatchObject({ state: 'info', section: 'timeline' });
    expect(i.details?.map((d) => d.key)).toEqual(['Franchise']);
    expect(i.message).toMatch(/^Franchise account: multiple locations, usually expanding at a fast pace\./);
  });

  it('Hybrid, by its subtype or by its products: shared with FMC', () => {
    const bySubtype = one('CLS-SUBTYPE-NOTES', { facts: { ...CORE, subtypes: ['Hybrid'] } });
    expect(detailOf(bySubtype, 'Hybrid')?.text).toMatch(/the CS and FMC Departments share it/);
    const byProducts = one('CLS-SUBTYPE-NOTES', { facts: { ...CORE, products: ['Learning', 'Credentialing Service'] } });
    expect(byProducts.details?.map((d) => d.key)).toEqual(['Hybrid']);
  });

  it('both notes for a Franchise that is also Hybrid, on the Account page too', () => {
    const i = item(run({ facts: { ...CORE, subtypes: ['Franchise', 'Hybrid'] }, page: page('sf.account') }), 'CLS-SUBTYPE-NOTES');
    expect(i?.details?.map((d) => d.key)).toEqual(['Franchise', 'Hybrid']);
  });

  it('nothing for other accounts or while nothing is known', () => {
    expect(item(run({ facts: CORE }), 'CLS-SUBTYPE-NOTES')).toBeUndefined();
    expect(item(run({ facts: { ...CORE, subtypes: ['SMB'] } }), 'CLS-SUBTYPE-NOTES')).toBeUndefined();
    expect(item(run({}), 'CLS-SUBTYPE-NOTES')).toBeUndefined();
  });
});
