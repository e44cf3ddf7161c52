import { describe, expect, test } from 'vitest';
import {
  instantMs,
  isInstant,
  isValidZone,
  SOP_ZONE,
  todayIn,
  zoneAbbreviation,
  zonedTimeToInstant,
  zoneOffsetMinutes,
} from '../../../lib/core/dates';

describe('zones', () => {
  test('the SOP zone is Central time with daylight saving', () => {
    expect(SOP_ZONE).toBe('America/Chicago');
    expect(zoneOffsetMinutes(Date.parse('2026-01-15T12:00:00Z'), SOP_ZONE)).toBe(-360);
    expect(zoneOffsetMinutes(Date.parse('2026-07-15T12:00:00Z'), SOP_ZONE)).toBe(-300);
  });

  test('todayIn gives the calendar date on the zone’s clock', () => {
    // 03:00 UTC on the 28th is still the evening of the 27th in Chicago.
    expect(todayIn('2026-11-28T03:00:00Z', 'America/Chicago')).toBe('2026-11-27');
    expect(todayIn('2026-11-28T03:00:00Z', 'UTC')).toBe('2026-11-28');
    // An instant written with a Pacific offset, read in Chicago and in Tokyo.
    expect(todayIn('2026-11-27T23:30:00-08:00', 'America/Chicago')).toBe('2026-11-28');
    expect(todayIn('2026-12-31T20:00:00-06:00', 'Asia/Tokyo')).toBe('2027-01-01');
  });

  test('wall time to instant follows the offset of that date', () => {
    expect(zonedTimeToInstant('2026-03-03', '11:00', SOP_ZONE)).toBe('2026-03-03T17:00:00.000Z');
    expect(zonedTimeToInstant('2026-03-10', '11:00', SOP_ZONE)).toBe('2026-03-10T16:00:00.000Z');
    expect(zonedTimeToInstant('2026-11-27', '14:30:15', SOP_ZONE)).toBe('2026-11-27T20:30:15.000Z');
    expect(zonedTimeToInstant('2026-11-27', '09:00', 'Asia/Kolkata')).toBe('2026-11-27T03:30:00.000Z');
  });

  test('repeated and skipped wall times resolve the same way whatever today is', () => {
    // 01:30 happens twice on 2026-11-01: the first (CDT) one is taken.
    expect(zonedTimeToInstant('2026-11-01', '01:30', SOP_ZONE)).toBe('2026-11-01T06:30:00.000Z');
    // 02:30 does not exist on 2026-03-08: read with the CST offset, it is 03:30 CDT.
    expect(zonedTimeToInstant('2026-03-08', '02:30', SOP_ZONE)).toBe('2026-03-08T08:30:00.000Z');
  });

  test('refuses bad times, zones and instants without an offset', () => {
    expect(() => zonedTimeToInstant('2026-11-27', '24:00', SOP_ZONE)).toThrow(/HH:mm/);
    expect(() => zonedTimeToInstant('2026-11-27', '11:00', 'Mars/Olympus')).toThrow(/time zone/);
    expect(isValidZone('America/Los_Angeles')).toBe(true);
    expect(isValidZone('Central')).toBe(false);
    expect(isInstant('2026-11-27T12:00:00Z')).toBe(true);
    expect(isInstant('2026-11-27T12:00:00.123+05:30')).toBe(true);
    expect(isInstant('2026-11-27T12:00:00')).toBe(false);
    expect(isInstant('2026-11-27')).toBe(false);
    expect(() => instantMs('2026-11-27T12:00:00')).toThrow(/offset/);
  });

  test('names the zone by abbreviation, or by GMT offset when English has none', () => {
    expect(zoneAbbreviation('2026-01-15T12:00:00Z', SOP_ZONE)).toBe('CST');
    expect(zoneAbbreviation('2026-07-15T12:00:00Z', SOP_ZONE)).toBe('CDT');
    expect(zoneAbbreviation('2026-01-15T12:00:00Z', 'America/Los_Angeles')).toBe('PST');
    expect(zoneAbbreviation('2026-01-15T12:00:00Z', 'Europe/Berlin')).toBe('GMT+1');
    expect(zoneAbbreviation('2026-01-15T12:00:00Z', 'Asia/Kolkata')).toBe('GMT+5:30');
  });
});
