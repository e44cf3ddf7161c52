import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { isoDay, isoInstant, timeZone } from '@/lib/core/dates/schemas';
import { isInstant } from '@/lib/core/dates/zone';

const messages = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
  result.success ? [] : result.error!.issues.map((issue) => issue.message);

describe('isoDay: a YYYY-MM-DD that is a day on the calendar', () => {
  it.each(['2026-11-27', '2024-02-29', '2000-02-29', '2026-12-31'])('accepts %s', (day) => {
    expect(isoDay.safeParse(day)).toMatchObject({ success: true, data: day });
  });

  it.each(['2026-02-30', '2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00'])(
    'refuses %s, saying it is no day on the calendar',
    (day) => {
      expect(messages(isoDay.safeParse(day))).toEqual([`"${day}" is not a day on the calendar`]);
    },
  );

  it.each(['2026-2-3', '27/11/2026', '2026-11-27T10:00:00Z', ''])('refuses %j by its shape', (day) => {
    expect(messages(isoDay.safeParse(day))).toEqual(['expected a YYYY-MM-DD date']);
  });
});

describe('isoInstant: an ISO date and time with an offset, on the calendar and on the clock', () => {
  it.each(['2026-11-27T15:00:00Z', '2026-11-27T15:00:00.123Z', '2024-02-29T23:59:59-06:00', '2026-11-27T09:00:00+05:30'])('accepts %s', (at) => {
    expect(isoInstant.safeParse(at).success).toBe(true);
  });

  it.each(['2026-02-30T10:00:00Z', '2026-11-27T24:00:00Z', '2026-11-27T10:60:00Z', '2026-11-27T10:00:00+25:00', '2026-11-27T10:00:00.1234567890Z'])(
    'refuses %s, which the date code could not read',
    (at) => {
      expect(messages(isoInstant.safeParse(at))).toEqual([`"${at}" is not a real date and time`]);
    },
  );

  it.each(['2026-11-27', '2026-11-27T10:00:00', 'yesterday'])('refuses %j by its shape', (at) => {
    expect(messages(isoInstant.safeParse(at))).toEqual(['expected an ISO date and time with an offset, such as 2026-11-27T15:00:00Z']);
  });

  it('accepts exactly what zod’s iso.datetime({ offset: true }) and isInstant both accepted', () => {
    // The check used to be zod's own; every field is drawn around its limits (leap days, 23:59:59, offsets ±23:59).
    const zodInstant = z.iso.datetime({ offset: true });
    const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;
    const two = (max: number) => String(Math.floor(Math.random() * (max + 1))).padStart(2, '0');
    const years = ['2026', '2024', '2000', '1900', '2100', '0000', '0004', '9999'];
    let accepted = 0;
    for (let i = 0; i < 20_000; i++) {
      const offset = pick(['Z', `+${two(25)}:${two(61)}`, `-${two(25)}:${two(61)}`, '+23:59', '-00:00']);
      const at = `${pick(years)}-${two(13)}-${two(32)}T${two(25)}:${two(61)}:${two(61)}${pick(['', '.5', '.123456'])}${offset}`;
      const before = zodInstant.safeParse(at).success && isInstant(at);
      expect(isoInstant.safeParse(at).success, at).toBe(before);
      if (before) accepted += 1;
    }
    expect(accepted).toBeGreaterThan(1000);
  });
});

describe('timeZone', () => {
  it('accepts an IANA zone and refuses one this browser does not know', () => {
    expect(timeZone.safeParse('America/Chicago').success).toBe(true);
    expect(messages(timeZone.safeParse('Not/AZone'))).toEqual(['not a time zone this browser knows']);
  });
});
