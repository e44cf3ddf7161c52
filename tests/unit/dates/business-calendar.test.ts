import { describe, expect, test } from 'vitest';
import { businessCalendar, DEFAULT_CALENDAR, federalHolidayNamed, usFederalHolidays, WEEKDAYS_ONLY } from '../../../lib/core/dates';

const dates = (year: number) => usFederalHolidays(year).map((h) => h.date);

describe('US federal holidays, by rule for any year', () => {
  test('2026: Independence Day on a Saturday is observed on Friday July 3', () => {
    expect(usFederalHolidays(2026)).toEqual([
      { date: '2026-01-01', name: "New Year's Day" },
      { date: '2026-01-19', name: 'Martin Luther King Jr. Day' },
      { date: '2026-02-16', name: "Presidents' Day" },
      { date: '2026-05-25', name: 'Memorial Day' },
      { date: '2026-06-19', name: 'Juneteenth' },
      { date: '2026-07-03', name: 'Independence Day' },
      { date: '2026-09-07', name: 'Labor Day' },
      { date: '2026-10-12', name: 'Columbus Day' },
      { date: '2026-11-11', name: 'Veterans Day' },
      { date: '2026-11-26', name: 'Thanksgiving Day' },
      { date: '2026-12-25', name: 'Christmas Day' },
    ]);
  });

  test('2027: Saturday holidays move to Friday, Sunday ones to Monday; 2028 New Year’s is observed on Dec 31, 2027', () => {
    expect(dates(2027)).toEqual([
      '2027-01-01', '2027-01-18', '2027-02-15', '2027-05-31', '2027-06-18', '2027-07-05',
      '2027-09-06', '2027-10-11', '2027-11-11', '2027-11-25', '2027-12-24', '2027-12-31',
    ]);
    expect(dates(2028)).not.toContain('2028-01-01');
    expect(dates(2028)).toHaveLength(10);
  });

  test('a Sunday New Year’s Day is observed Monday Jan 2 (2023); Juneteenth only from 2021', () => {
    expect(dates(2023)[0]).toBe('2023-01-02');
    expect(dates(2020)).not.toContain('2020-06-19');
    expect(dates(2021)).toContain('2021-06-18'); // Juneteenth 2021 was a Saturday
    expect(dates(2021)).toContain('2021-12-31'); // New Year's Day 2022, a Saturday
  });

  test('Memorial Day is the last Monday of May, Thanksgiving the fourth Thursday of November', () => {
    expect(usFederalHolidays(2030).find((h) => h.name === 'Memorial Day')?.date).toBe('2030-05-27');
    expect(usFederalHolidays(2030).find((h) => h.name === 'Thanksgiving Day')?.date).toBe('2030-11-28');
    expect(() => usFederalHolidays(1.5)).toThrow(RangeError);
  });

  test('names are matched ignoring case and the apostrophe', () => {
    expect(federalHolidayNamed('presidents’ day')).toBe("Presidents' Day");
    expect(federalHolidayNamed('columbus day')).toBe('Columbus Day');
    expect(federalHolidayNamed('Columbus')).toBeNull();
  });
});

describe('the default business calendar: Monday to Friday less the federal holidays', () => {
  const cal = DEFAULT_CALENDAR;

  test('a holiday is not a business day, and names itself', () => {
    expect(cal.isBusinessDay('2026-11-26')).toBe(false);
    expect(cal.holidayOn('2026-11-26')).toBe('Thanksgiving Day');
    expect(cal.isBusinessDay('2026-11-27')).toBe(true);
    expect(cal.holidayOn('2026-11-27')).toBeNull();
    expect(cal.isBusinessDay('2026-11-28')).toBe(false);
  });

  test('a due day on a weekend or holiday is due the next business day', () => {
    expect(cal.businessDayOnOrAfter('2026-11-26')).toBe('2026-11-27'); // Thanksgiving → Friday
    expect(cal.businessDayOnOrAfter('2026-07-03')).toBe('2026-07-06'); // observed Independence Day, then the weekend
    expect(cal.businessDayOnOrAfter('2026-12-26')).toBe('2026-12-28'); // Saturday after Christmas
    expect(cal.businessDayOnOrAfter('2026-12-02')).toBe('2026-12-02');
    expect(cal.nextBusinessDay('2026-12-24')).toBe('2026-12-28'); // over Christmas and the weekend
    expect(cal.nextBusinessDay('2027-12-23')).toBe('2027-12-27'); // Dec 24 and Dec 31 are observed in 2027
  });

  test('adds and counts business days over holidays, both ways', () => {
    expect(cal.addBusinessDays('2026-11-25', 1)).toBe('2026-11-27');
    expect(cal.addBusinessDays('2026-11-27', -1)).toBe('2026-11-25');
    expect(cal.addBusinessDays('2026-12-30', 2)).toBe('2027-01-04'); // over New Year's Day
    expect(cal.businessDaysBetween('2026-11-25', '2026-11-30')).toBe(2);
    expect(cal.businessDaysBetween('2026-11-30', '2026-11-25')).toBe(-2);
    expect(cal.businessDaysBetween('2026-01-01', '2026-12-31')).toBe(261 - 11);
    for (const [from, n] of [['2026-11-20', 10], ['2026-12-21', 7], ['2027-06-14', 15]] as const)
      expect(cal.businessDaysBetween(from, cal.addBusinessDays(from, n))).toBe(n);
    expect(() => cal.addBusinessDays('2026-11-27', 1.5)).toThrow(RangeError);
  });

  test('the weekdays-only calendar (the module-level helpers) skips weekends only', () => {
    expect(WEEKDAYS_ONLY.isBusinessDay('2026-11-26')).toBe(true);
    expect(WEEKDAYS_ONLY.holidays(2026)).toEqual([]);
  });
});

describe('a company calendar from the playbook', () => {
  test('extra company holidays are days off too', () => {
    const cal = businessCalendar({ extraHolidays: [{ date: '2026-11-27', name: 'Day after Thanksgiving' }] });
    expect(cal.isBusinessDay('2026-11-27')).toBe(false);
    expect(cal.holidayOn('2026-11-27')).toBe('Day after Thanksgiving');
    expect(cal.nextBusinessDay('2026-11-25')).toBe('2026-11-30');
    expect(cal.businessDaysBetween('2026-11-25', '2026-11-30')).toBe(1);
  });

  test('a removed holiday is worked: by name every year, by date that year only', () => {
    const byName = businessCalendar({ removedHolidays: ['Columbus Day'] });
    expect(byName.isBusinessDay('2026-10-12')).toBe(true);
    expect(byName.isBusinessDay('2027-10-11')).toBe(true);
    const byDate = businessCalendar({ removedHolidays: ['2026-10-12'] });
    expect(byDate.isBusinessDay('2026-10-12')).toBe(true);
    expect(byDate.isBusinessDay('2027-10-11')).toBe(false);
  });

  test('the federal set can be switched off, keeping the company’s own', () => {
    const cal = businessCalendar({ federalHolidays: false, extraHolidays: [{ date: '2026-12-24', name: 'Christmas Eve' }] });
    expect(cal.isBusinessDay('2026-12-25')).toBe(true);
    expect(cal.holidays(2026)).toEqual([{ date: '2026-12-24', name: 'Christmas Eve' }]);
  });

  test('built once per spec: the same spec gives the same calendar', () => {
    expect(businessCalendar({})).toBe(DEFAULT_CALENDAR);
    expect(businessCalendar({ federalHolidays: true, extraHolidays: [], removedHolidays: [] })).toBe(DEFAULT_CALENDAR);
    expect(businessCalendar({ removedHolidays: ['Columbus Day'] })).toBe(businessCalendar({ removedHolidays: ['columbus day'] }));
    expect(businessCalendar({ removedHolidays: ['Columbus Day'] }).key).not.toBe(DEFAULT_CALENDAR.key);
  });
});
