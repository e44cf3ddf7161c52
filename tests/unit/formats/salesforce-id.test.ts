import { describe, expect, test } from 'vitest';
import {
  isSalesforceId,
  salesforceIdChecksum,
  sameSalesforceId,
  toId18,
  validateSalesforceId,
} from '../../../lib/core/formats';

describe('Salesforce IDs', () => {
  test('checksum of known IDs', () => {
    expect(salesforceIdChecksum('001A0000006Vm9r')).toBe('IAC');
    expect(salesforceIdChecksum('0015000000VALDt')).toBe('AAP');
    // No capitals → every chunk is 0 → "AAA"; all capitals → every chunk is 31 → "555".
    expect(salesforceIdChecksum('001000000000abc')).toBe('AAA');
    expect(salesforceIdChecksum('ABCDEFGHIJKLMNO')).toBe('555');
    expect(() => salesforceIdChecksum('001A0000006Vm9')).toThrow(RangeError);
  });

  test('toId18', () => {
    expect(toId18('001A0000006Vm9r')).toBe('001A0000006Vm9rIAC');
    expect(toId18('0015000000VALDt')).toBe('0015000000VALDtAAP');
    expect(toId18('001A0000006Vm9rIAC')).toBe('001A0000006Vm9rIAC');
  });

  test('shape', () => {
    expect(isSalesforceId('001A0000006Vm9r')).toBe(true);
    expect(isSalesforceId('001A0000006Vm9rIAC')).toBe(true);
    expect(isSalesforceId('001A0000006Vm9rI')).toBe(false);
    expect(isSalesforceId('001A0000006Vm9-')).toBe(false);
  });

  test('validate gives the 18-character form or a reason', () => {
    expect(validateSalesforceId(' 001A0000006Vm9r ')).toEqual({ ok: true, id18: '001A0000006Vm9rIAC' });
    expect(validateSalesforceId('0015000000VALDtAAP')).toEqual({ ok: true, id18: '0015000000VALDtAAP' });
    expect(validateSalesforceId('001A0000006Vm9rIAD')).toEqual({
      ok: false,
      error: 'Salesforce ID checksum suffix should be IAC, not IAD (check the letter case, or copy the ID again)',
    });
    // An ID lowercased by some tool no longer matches its suffix.
    const lowered = validateSalesforceId('001a0000006vm9riac');
    expect(lowered.ok).toBe(false);
    expect(!lowered.ok && lowered.error).toMatch(/should be AAA, not iac/);
    expect(validateSalesforceId('001A0000006Vm9rI')).toEqual({
      ok: false,
      error: 'Salesforce ID must be 15 or 18 characters (this one has 16)',
    });
    expect(validateSalesforceId('001A-000006Vm9r')).toEqual({
      ok: false,
      error: 'Salesforce ID may only contain letters and digits',
    });
    expect(validateSalesforceId('  ')).toEqual({ ok: false, error: 'Salesforce ID is empty' });
  });

  test('same record: the first 15 characters, case-sensitive', () => {
    expect(sameSalesforceId('001A0000006Vm9r', '001A0000006Vm9rIAC')).toBe(true);
    expect(sameSalesforceId('001A0000006Vm9rIAC', '001A0000006Vm9rIAC')).toBe(true);
    expect(sameSalesforceId('001a0000006Vm9r', '001A0000006Vm9r')).toBe(false);
    expect(sameSalesforceId('001A0000006Vm9r', '0015000000VALDt')).toBe(false);
    expect(sameSalesforceId('not an id', 'not an id')).toBe(false);
  });
});
