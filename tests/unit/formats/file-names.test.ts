import { describe, expect, test } from 'vitest';
import { findAttachment, normalizeFileName, sameDocument } from '../../../lib/core/formats';

describe('OB-ROSTERS file names', () => {
  test('normalizeFileName drops the harmless differences', () => {
    expect(normalizeFileName('Verification & Documents Roster (1).xlsx (48K)')).toBe(
      'verification and documents roster.xlsx',
    );
    expect(normalizeFileName('Credentialing Information Roster.xlsm')).toBe('credentialing information roster.xlsx');
    expect(normalizeFileName('  Payor_Roster  .XLSX 1.2 MB')).toBe('payor roster.xlsx');
    expect(normalizeFileName('Plan 5b')).toBe('plan 5b');
  });

  test('sameDocument tolerates case, spacing, &/and, copies, sizes and .xlsm', () => {
    const expected = 'Verification & Documents Roster.xlsx';
    expect(sameDocument('verification and documents roster.xlsx', expected)).toBe(true);
    expect(sameDocument('Verification&Documents Roster.xlsx', expected)).toBe(true);
    expect(sameDocument('Verification & Documents Roster (1).xlsx', expected)).toBe(true);
    expect(sameDocument('Verification & Documents Roster.xlsx(1.2M)', expected)).toBe(true);
    expect(sameDocument('INITIAL  ACCOUNT CONFIGURATION ROSTER.XLSX', 'Initial Account Configuration Roster.xlsx')).toBe(
      true,
    );
    expect(sameDocument('Credentialing Information Roster.xlsm', 'Credentialing Information Roster.xlsx')).toBe(true);
    expect(sameDocument('PayorRoster.xlsx', 'Payor Roster.xlsx')).toBe(true);
  });

  test('but not a different document', () => {
    expect(sameDocument('Initial Organization Management Setup.xlsx', 'Initial Organization Management Setup.pdf')).toBe(
      false,
    );
    expect(sameDocument('Payor Roster (Old).xlsx', 'Payor Roster.xlsx')).toBe(false);
    expect(sameDocument('Payor Roster', 'Payor Roster.xlsx')).toBe(false);
    expect(sameDocument('Credentialing Information Roster.xlsx', 'Verification & Documents Roster.xlsx')).toBe(false);
  });

  test('findAttachment returns the attachment as shown', () => {
    const attached = [
      'Initial Account Configuration Roster.xlsx (52K)',
      'Initial Organization Management Setup.pdf (1.1M)',
      'Credentialing Information Roster (1).xlsm (80K)',
    ];
    expect(findAttachment(attached, 'Credentialing Information Roster.xlsx')).toBe(
      'Credentialing Information Roster (1).xlsm (80K)',
    );
    expect(findAttachment(attached, 'Initial Organization Management Setup.pdf')).toBe(
      'Initial Organization Management Setup.pdf (1.1M)',
    );
    expect(findAttachment(attached, 'Payor Roster.xlsx')).toBeUndefined();
    expect(findAttachment([], 'Payor Roster.xlsx')).toBeUndefined();
  });
});
