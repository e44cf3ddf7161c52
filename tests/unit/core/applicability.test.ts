import { describe, expect, it } from 'vitest';
import { checkApplicability } from '@/lib/core/engine/applicability';
import { factsWith } from '../support/profile';

describe('checkApplicability', () => {
  it('applies when there is no condition', () => {
    expect(checkApplicability({}, factsWith({}))).toEqual({ applies: true });
  });
  it('is not applicable with the reason when a known fact excludes it', () => {
    expect(checkApplicability({ segments: ['Digital'] }, factsWith({ segmentation: 'Core' }))).toEqual({
      applies: false,
      reason: 'only for Digital accounts',
    });
    expect(checkApplicability({ subtypesAny: ['SMB'] }, factsWith({ subtypes: ['Franchise'] }))).toMatchObject({ applies: false });
    expect(checkApplicability({ productsNone: ['Credentialing Service'] }, factsWith({ products: ['Credentialing Service'] }))).toMatchObject({
      applies: false,
    });
  });
  it('reports the unknown facts that decide it', () => {
    expect(checkApplicability({ segments: ['Digital'], productsAny: ['Learning'] }, factsWith({}))).toEqual({
      applies: 'unknown',
      needs: ['segmentation', 'products'],
      reason: 'applies to Digital accounts, accounts with Learning',
    });
  });
  it('a known excluding fact wins over another unknown one', () => {
    expect(checkApplicability({ segments: ['Digital'], serviceLevels: ['Basic'] }, factsWith({ serviceLevel: 'Premium' }))).toMatchObject({
      applies: false,
      reason: 'only for Basic service',
    });
  });
});
