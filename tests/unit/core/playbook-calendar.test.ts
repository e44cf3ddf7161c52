import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '@/lib/core/dates';
import { BUILTIN_PLAYBOOK } from '@/lib/core/playbook/builtin';
import { calendarOf } from '@/lib/core/playbook/calendar';
import { overlayPlaybook } from '@/lib/core/playbook/overlay';
import { parsePlaybook } from '@/lib/core/playbook/validate';
import type { Playbook } from '@/lib/core/playbook/schema';

const parse = (calendar: unknown): ReturnType<typeof parsePlaybook> => parsePlaybook({ ...BUILTIN_PLAYBOOK, calendar });
const ok = (calendar: unknown): Playbook => {
  const result = parse(calendar);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.playbook;
};
const errorsOf = (calendar: unknown): string[] => {
  const result = parse(calendar);
  if (result.ok) throw new Error('expected the calendar to be refused');
  return result.errors;
};

describe("the playbook's calendar section", () => {
  it('built in (and when absent): Monday to Friday less the US federal holidays, spelled out for an export', () => {
    const builtin = parsePlaybook(BUILTIN_PLAYBOOK);
    if (!builtin.ok) throw new Error(builtin.errors.join('\n'));
    expect(builtin.playbook.calendar).toEqual({ federalHolidays: true, extraHolidays: [], removedHolidays: [] });
    expect(calendarOf(builtin.playbook)).toBe(DEFAULT_CALENDAR);
    expect(calendarOf(builtin.playbook).isBusinessDay('2026-11-26')).toBe(false);
    const { calendar: _, ...withoutCalendar } = builtin.playbook;
    expect(calendarOf(withoutCalendar)).toBe(DEFAULT_CALENDAR);
  });

  it('CS Ops switch the federal set off, add company holidays and remove federal ones', () => {
    const playbook = ok({
      federalHolidays: true,
      extraHolidays: [{ date: '2026-11-27', name: 'Day after Thanksgiving' }],
      removedHolidays: ['Columbus Day', '2026-11-11'],
    });
    const calendar = calendarOf(playbook);
    expect(calendar.holidayOn('2026-11-27')).toBe('Day after Thanksgiving');
    expect(calendar.isBusinessDay('2026-10-12')).toBe(true);
    expect(calendar.isBusinessDay('2026-11-11')).toBe(true);
    expect(calendar.isBusinessDay('2027-11-11')).toBe(false);
    expect(calendarOf(playbook)).toBe(calendar); // built once per playbook
    expect(calendarOf(ok({ federalHolidays: false })).isBusinessDay('2026-12-25')).toBe(true);
    expect(ok({}).calendar).toEqual({ federalHolidays: true, extraHolidays: [], removedHolidays: [] });
  });

  it('explains each mistake by field', () => {
    expect(
      errorsOf({
        federalHolidays: 'yes',
        extraHolidays: [{ date: '2026-02-30', name: 'Leap' }, { date: '11/27/2026', name: '' }],
        removedHolidays: ['Columbus', '2026-13-01'],
        weekend: ['Sat'],
      }),
    ).toEqual([
      'calendar.federalHolidays: expected boolean, received string',
      'calendar.extraHolidays[0].date: "2026-02-30" is not a day on the calendar',
      'calendar.extraHolidays[1].date: expected a YYYY-MM-DD date',
      'calendar.extraHolidays[1].name: give the holiday a name',
      expect.stringMatching(/^calendar\.removedHolidays\[0\]: "Columbus" is neither a YYYY-MM-DD date nor a federal holiday \(New Year's Day, .*Columbus Day, .*Christmas Day\)$/),
      'calendar.removedHolidays[1]: "2026-13-01" is not a day on the calendar',
      'calendar: unknown field "weekend"',
    ]);
  });

  it("an imported playbook's calendar replaces the built-in one; without one the built-in stays", () => {
    const builtin = ok(undefined);
    const imported = ok({ removedHolidays: ['Columbus Day'] });
    expect(overlayPlaybook(builtin, imported).calendar).toEqual(imported.calendar);
    const withCompany = ok({ extraHolidays: [{ date: '2026-12-24', name: 'Christmas Eve' }] });
    expect(overlayPlaybook(withCompany, builtin).calendar).toEqual(withCompany.calendar);
  });
});
