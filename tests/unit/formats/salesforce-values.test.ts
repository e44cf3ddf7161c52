import { describe, expect, test } from 'vitest';
import {
  formatSfDateInput,
  parseMultiPicklist,
  parseSfCurrency,
  parseSfDate,
  parseSfDateTime,
  parseSfNumber,
} from '../../../lib/core/formats';

describe('parseSfNumber', () => {
  test('numbers as Lightning shows them', () => {
    expect(parseSfNumber('1,250')).toBe(1250);
    expect(parseSfNumber('12')).toBe(12);
    expect(parseSfNumber(' 1,250.75 ')).toBe(1250.75);
    expect(parseSfNumber('-3')).toBe(-3);
    expect(parseSfNumber('(1,250)')).toBe(-1250);
    expect(parseSfNumber('1,234,567')).toBe(1234567);
  });

  test('null for anything else', () => {
    expect(parseSfNumber('')).toBeNull();
    expect(parseSfNumber('1,25')).toBeNull();
    expect(parseSfNumber('12%')).toBeNull();
    expect(parseSfNumber('about 40')).toBeNull();
  });
});

describe('parseSfCurrency', () => {
  test('dollar amounts', () => {
    expect(parseSfCurrency('$1,250.00')).toBe(1250);
    expect(parseSfCurrency('USD 1,250.00')).toBe(1250);
    expect(parseSfCurrency('1,250.00 USD')).toBe(1250);
    expect(parseSfCurrency('$250')).toBe(250);
    expect(parseSfCurrency('-$5.00')).toBe(-5);
    expect(parseSfCurrency('($5.00)')).toBe(-5);
    expect(parseSfCurrency('USD 1,250.00 (EUR 1,100.00)')).toBe(1250);
  });

  test('null for other currencies and non-amounts', () => {
    expect(parseSfCurrency('EUR 1,100.00')).toBeNull();
    expect(parseSfCurrency('€1,100.00')).toBeNull();
    expect(parseSfCurrency('$')).toBeNull();
    expect(parseSfCurrency('')).toBeNull();
  });
});

describe('parseSfDate', () => {
  test('en-US and ISO', () => {
    expect(parseSfDate('11/27/2026')).toBe('2026-11-27');
    expect(parseSfDate('1/5/2026')).toBe('2026-01-05');
    expect(parseSfDate('2026-11-27')).toBe('2026-11-27');
    expect(parseSfDate('2/29/2028')).toBe('2028-02-29');
  });

  test('month names', () => {
    expect(parseSfDate('Nov 27, 2026')).toBe('2026-11-27');
    expect(parseSfDate('November 27, 2026')).toBe('2026-11-27');
    expect(parseSfDate('Fri, Nov 27, 2026')).toBe('2026-11-27');
    expect(parseSfDate('27 Nov 2026')).toBe('2026-11-27');
    expect(parseSfDate('Sept 3, 2026')).toBe('2026-09-03');
    expect(parseSfDate('Novel 27, 2026')).toBeNull();
  });

  test('the locale decides the order of numeric dates', () => {
    expect(parseSfDate('27/11/2026', 'en-GB')).toBe('2026-11-27');
    expect(parseSfDate('11/27/2026', 'en-GB')).toBeNull();
    expect(parseSfDate('27.11.2026', 'de-DE')).toBe('2026-11-27');
    expect(parseSfDate('2026/11/27', 'ja-JP')).toBe('2026-11-27');
  });

  test('null rather than a guess', () => {
    expect(parseSfDate('02/30/2026')).toBeNull();
    expect(parseSfDate('11/27/26')).toBeNull();
    expect(parseSfDate('tomorrow')).toBeNull();
    expect(parseSfDate('')).toBeNull();
  });
});

describe('parseSfDateTime', () => {
  test('12-hour and 24-hour times, read on the given zone’s clock', () => {
    expect(parseSfDateTime('11/27/2026, 2:30 PM', 'America/Chicago')).toBe('2026-11-27T20:30:00.000Z');
    expect(parseSfDateTime('11/27/2026 2:30 PM', 'America/Chicago')).toBe('2026-11-27T20:30:00.000Z');
    expect(parseSfDateTime('11/27/2026 14:30', 'America/Chicago')).toBe('2026-11-27T20:30:00.000Z');
    expect(parseSfDateTime('11/27/2026, 2:30 p.m.', 'America/Chicago')).toBe('2026-11-27T20:30:00.000Z');
    expect(parseSfDateTime('7/1/2026, 2:30 PM', 'America/Chicago')).toBe('2026-07-01T19:30:00.000Z');
    expect(parseSfDateTime('11/27/2026, 2:30 PM', 'America/Los_Angeles')).toBe('2026-11-27T22:30:00.000Z');
  });

  test('midnight and noon', () => {
    expect(parseSfDateTime('11/27/2026, 12:05 AM', 'America/Chicago')).toBe('2026-11-27T06:05:00.000Z');
    expect(parseSfDateTime('11/27/2026, 12:05 PM', 'America/Chicago')).toBe('2026-11-27T18:05:00.000Z');
  });

  test('null for text without a readable date and time', () => {
    expect(parseSfDateTime('11/27/2026', 'America/Chicago')).toBeNull();
    expect(parseSfDateTime('11/27/2026 13:30 PM', 'America/Chicago')).toBeNull();
    expect(parseSfDateTime('11/27/2026 24:30', 'America/Chicago')).toBeNull();
    expect(parseSfDateTime('02/30/2026 2:30 PM', 'America/Chicago')).toBeNull();
  });
});

describe('formatSfDateInput and parseMultiPicklist', () => {
  test('dates as Salesforce en-US writes them', () => {
    expect(formatSfDateInput('2026-11-27')).toBe('11/27/2026');
    expect(formatSfDateInput('2026-01-05')).toBe('1/5/2026');
    expect(parseSfDate(formatSfDateInput('2028-02-29'))).toBe('2028-02-29');
    expect(() => formatSfDateInput('2026-02-30')).toThrow(RangeError);
  });

  test('multi-select values', () => {
    expect(parseMultiPicklist('Learning;Compliance')).toEqual(['Learning', 'Compliance']);
    expect(parseMultiPicklist(' Learning ; ;Credentialing Software ')).toEqual(['Learning', 'Credentialing Software']);
    expect(parseMultiPicklist('')).toEqual([]);
    expect(parseMultiPicklist(null)).toEqual([]);
  });
});
