import { describe, expect, test } from 'vitest';
import {
  appendEscalationEntry,
  formatEscalationEntry,
  normalizeInitials,
  parseEscalationEntry,
  validateEscalationText,
} from '../../../lib/core/formats';

const SEED_EXAMPLE = '04/20/23MM: Customer called support and asked to cancel his account';
const CANONICAL = '04/20/23_MM:Customer called support and asked to cancel his account';

function errorOf(line: string): string {
  const result = parseEscalationEntry(line);
  if (result.ok) throw new Error(`expected "${line}" to be refused`);
  return result.error;
}

describe('formatEscalationEntry', () => {
  test('writes MM/DD/YY_Initials:Action', () => {
    expect(
      formatEscalationEntry({
        date: '2023-04-20',
        initials: 'mm',
        action: '  Customer called support and asked to cancel his account ',
      }),
    ).toBe(CANONICAL);
    expect(formatEscalationEntry({ date: '2027-01-05', initials: 'J.D.', action: 'One more week' })).toBe(
      '01/05/27_JD:One more week',
    );
  });

  test('keeps an entry on one line', () => {
    expect(formatEscalationEntry({ date: '2026-11-27', initials: 'AB', action: 'Called\n  left voicemail' })).toBe(
      '11/27/26_AB:Called left voicemail',
    );
  });

  test('refuses unusable initials, an empty action or a bad date', () => {
    expect(() => formatEscalationEntry({ date: '2026-11-27', initials: 'ABCDE', action: 'x' })).toThrow(/1–4 letters/);
    expect(() => formatEscalationEntry({ date: '2026-11-27', initials: '12', action: 'x' })).toThrow(/1–4 letters/);
    expect(() => formatEscalationEntry({ date: '2026-11-27', initials: 'AB', action: '   ' })).toThrow(/empty/);
    expect(() => formatEscalationEntry({ date: '11/27/2026', initials: 'AB', action: 'x' })).toThrow(/YYYY-MM-DD/);
  });

  test('normalizeInitials', () => {
    expect(normalizeInitials(' m.m ')).toBe('MM');
    expect(normalizeInitials('jdlr')).toBe('JDLR');
    expect(normalizeInitials('')).toBeNull();
    expect(normalizeInitials('abcde')).toBeNull();
  });
});

describe('parseEscalationEntry', () => {
  test('reads the seed’s underscore-less example as a non-canonical entry', () => {
    expect(parseEscalationEntry(SEED_EXAMPLE)).toEqual({
      ok: true,
      date: '2023-04-20',
      initials: 'MM',
      action: 'Customer called support and asked to cancel his account',
      canonical: false,
      normalized: CANONICAL,
    });
  });

  test('reads the canonical shape as canonical', () => {
    const result = parseEscalationEntry(CANONICAL);
    expect(result.ok && result.canonical).toBe(true);
  });

  test('tolerates spaces and lower-case initials, but not as canonical', () => {
    const result = parseEscalationEntry('  04/20/23 _ mm :  One more week, Customer unresponsive ');
    expect(result).toMatchObject({
      ok: true,
      date: '2023-04-20',
      initials: 'MM',
      action: 'One more week, Customer unresponsive',
      canonical: false,
      normalized: '04/20/23_MM:One more week, Customer unresponsive',
    });
    expect(parseEscalationEntry('4/2/23_MM:x')).toMatchObject({ ok: true, date: '2023-04-02', canonical: false });
  });

  test('checks the calendar, leap years included', () => {
    expect(errorOf('13/40/23_MM:Called')).toMatch(/^13\/40\/23 is not a real date/);
    expect(errorOf('02/29/23_MM:Called')).toMatch(/not a real date/);
    expect(parseEscalationEntry('02/29/24_MM:Called')).toMatchObject({ ok: true, date: '2024-02-29' });
  });

  test('explains each way a line can be wrong', () => {
    expect(errorOf('Customer called support')).toMatch(/should start with a date as MM\/DD\/YY/);
    expect(errorOf('04/20/2023_MM:Called')).toMatch(/2-digit year/);
    expect(errorOf('04/20/23_:Called')).toMatch(/missing initials after the date/);
    expect(errorOf('04/20/23_MM Customer called')).toBe('missing ":" after the initials "MM"');
    expect(errorOf('04/20/23 Customer called support')).toMatch(/missing initials and ":" after the date/);
    expect(errorOf('04/20/23_ABCDE:Called')).toBe('initials should be 1–4 letters, not "ABCDE"');
    expect(errorOf('04/20/23_MM:   ')).toBe('missing the action after "MM:"');
  });
});

describe('validateEscalationText', () => {
  test('every non-blank line is checked and the first bad one is named', () => {
    const result = validateEscalationText(`${CANONICAL}\n\n04/21/23 MM called back\n04/22/23_MM:Sent final`);
    expect(result.ok).toBe(false);
    expect(result.entries.map((entry) => [entry.line, entry.result.ok])).toEqual([
      [1, true],
      [3, false],
      [4, true],
    ]);
    expect(result.firstError).toEqual({
      line: 3,
      text: '04/21/23 MM called back',
      error: 'Line 3: missing ":" after the initials "MM"',
      reason: 'missing ":" after the initials "MM"',
    });
  });

  test('counts lines the same with Windows line ends', () => {
    const result = validateEscalationText(`${CANONICAL}\r\nnot an entry`);
    expect(result.firstError?.line).toBe(2);
    expect(result.firstError?.error).toMatch(/^Line 2: should start with a date/);
  });

  test('all good, or nothing at all, is ok', () => {
    const good = validateEscalationText(`${SEED_EXAMPLE}\n04/21/23_MM:Offered a discount\n`);
    expect(good.ok).toBe(true);
    expect(good.firstError).toBeUndefined();
    expect(good.entries).toHaveLength(2);
    expect(validateEscalationText('  \n')).toEqual({ ok: true, entries: [] });
  });
});

describe('appendEscalationEntry', () => {
  const entry = '11/27/26_AB:Called the admin';

  test('starts the text, or adds one line without blank lines', () => {
    expect(appendEscalationEntry(null, entry)).toBe(entry);
    expect(appendEscalationEntry('   ', entry)).toBe(entry);
    expect(appendEscalationEntry(CANONICAL, entry)).toBe(`${CANONICAL}\n${entry}`);
    expect(appendEscalationEntry(`${CANONICAL}\n\n\n`, `${entry}\n`)).toBe(`${CANONICAL}\n${entry}`);
  });

  test('keeps Windows line ends when the text has them', () => {
    expect(appendEscalationEntry(`${CANONICAL}\r\n04/21/23_MM:x\r\n`, entry)).toBe(
      `${CANONICAL}\r\n04/21/23_MM:x\r\n${entry}`,
    );
  });
});
