import { z } from '../../zod';

/** The welcome/reminder and the onboarding call recap emails (MT-CS-002, MT-CS-007). */
export const needles = z.array(z.string().check(z.trim(), z.minLength(1)));

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Short month names as people write them: "Sept" as well as "Sep". */
const MONTH_ALIASES: Record<number, string[]> = { 9: ['Sept'] };

/**
 * Whether `text` names the calendar day `isoDate` the ways CSMs write a session's date: "December 1",
 * "Dec. 1st", "Sept 8", "10 March", "1st of December", "Tuesday, March 10 at 11:00 AM CT",
 * "2026-03-10", "12/1", "12/01/2026". A fraction or a price ("$3/10 users", "3/10 seats") is not a date.
 */
export const mentionsDate = (text: string, isoDate: string): boolean => {
  const [yyyy, mm, dd] = isoDate.split('-');
  const month = Number(mm);
  const date = Number(dd);
  const name = MONTHS[month - 1]!;
  const names = [name, name.slice(0, 3), ...(MONTH_ALIASES[month] ?? [])].join('|');
  const ordinal = '(?:st|nd|rd|th)?';
  const monthFirst = new RegExp(`\\b(?:${names})\\.?,? +0?${date}${ordinal}\\b`, 'i');
  const dayFirst = new RegExp(`\\b0?${date}${ordinal} +(?:of +)?(?:${names})\\b`, 'i');
  const iso = new RegExp(`(^|[^\\d-])${yyyy}-${mm}-${dd}(?![\\d])`);
  // m/d or m/d/yy(yy), not after a currency sign, digit or slash, and not a count ("3/10 users").
  const digits = new RegExp(`(^|[^\\d/$€£.])0?${month}/0?${date}(?:/(?:\\d{2}|\\d{4}))?(?![\\d/])(?! *(?:users?|seats?|licen[cs]es?|people|employees|spots?)\\b)`, 'i');
  return monthFirst.test(text) || dayFirst.test(text) || iso.test(text) || digits.test(text);
};
