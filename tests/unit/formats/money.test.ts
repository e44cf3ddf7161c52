import { describe, expect, test } from 'vitest';
import { formatUsd } from '../../../lib/core/formats';

describe('formatUsd', () => {
  test('dollars and cents', () => {
    expect(formatUsd(1250)).toBe('$1,250.00');
    expect(formatUsd(0.5)).toBe('$0.50');
    expect(formatUsd(-5)).toBe('-$5.00');
    expect(formatUsd(250, { whole: true })).toBe('$250');
    expect(formatUsd(499.6, { whole: true })).toBe('$500');
  });

  test('refuses a non-number', () => {
    expect(() => formatUsd(Number.NaN)).toThrow(RangeError);
  });
});
