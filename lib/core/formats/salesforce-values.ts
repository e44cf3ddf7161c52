import { isIsoDate, isoDateFromParts, zonedTimeToInstant, type Instant, type IsoDate } from '../dates';

// Readers for values as Lightning displays them on record pages. Each returns null for text it
// cannot read with certainty, so a rule reports the fact as unknown instead of guessing.

const NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[-+]?\.\d+$/;

function clean(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').replace(/\u2212/g, '-').trim();
}

/** "1,250" → 1250, "-3.5" → -3.5, "(1,250)" → -1250; misplaced commas or other text → null. */
export function parseSfNumber(text: string): number | null {
  let s = clean(text).replace(/ /g, '');
  let sign = 1;
  if (/^\(.*\)$/.test(s)) {
    sign = -1;
    s = s.slice(1, -1);
  }
  return NUMBER.test(s) ? sign * Number(s.replace(/,/g, '')) : null;
}

/**
 * "$1,250.00", "USD 1,250.00", "-$5.00", "($5.00)" → a number of dollars. Another currency gives
 * null: MRR and plan amounts are USD, and a converted figure must not be read as one. A
 * multi-currency org's trailing "(EUR 1,100.00)" conversion is ignored.
 */
export function parseSfCurrency(text: string): number | null {
  let s = clean(text).replace(/\s*\([A-Z]{3} [^)]*\)$/, '');
  let sign = 1;
  if (/^\(.*\)$/.test(s)) {
    sign = -1;
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith('-')) {
    sign = -sign;
    s = s.slice(1).trim();
  }
  const bare = s.replace(/^(?:USD|US\$|\$)\s*/i, '').replace(/\s*USD$/i, '');
  if (/[A-Za-z$€£¥]/.test(bare)) return null;
  const n = parseSfNumber(bare);
  return n === null ? null : sign * n;
}

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
const WEEKDAY_PREFIX = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;

/** "Nov", "Nov.", "Sept", "November" → 11; "Novel" → null. */
function monthNumber(name: string): number | null {
  const word = name.toLowerCase().replace(/\.$/, '');
  const index = MONTHS.findIndex((month) => month.startsWith(word.slice(0, 3)));
  if (word.length < 3 || index < 0) return null;
  const full = MONTHS[index] ?? '';
  return full.startsWith(word) || word === 'sept' ? index + 1 : null;
}

type Order = 'MDY' | 'DMY' | 'YMD';
const orders = new Map<string, Order>();

/** Where day, month and year go in the locale's numeric dates (en-US M/D/Y, en-GB D/M/Y …). */
function numericOrder(locale: string): Order {
  let order = orders.get(locale);
  if (!order) {
    let types = 'month day year';
    try {
      types = new Intl.DateTimeFormat(locale, { timeZone: 'UTC' })
        .formatToParts(new Date(Date.UTC(2026, 10, 27)))
        .map((part) => part.type)
        .filter((type) => type === 'day' || type === 'month' || type === 'year')
        .join(' ');
    } catch {
      // An unknown locale tag falls back to Salesforce's default, en-US.
    }
    order = types.startsWith('year') ? 'YMD' : types.startsWith('day') ? 'DMY' : 'MDY';
    orders.set(locale, order);
  }
  return order;
}

/**
 * A displayed date: ISO "2026-11-27", the locale's numeric form ("11/27/2026" in en-US,
 * "27/11/2026" in en-GB, "27.11.2026" in de), or English month names ("Nov 27, 2026",
 * "27 November 2026"). Years must have 4 digits; a 2-digit year would be a guess.
 */
export function parseSfDate(text: string, locale = 'en-US'): IsoDate | null {
  const s = clean(text).replace(WEEKDAY_PREFIX, '');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (iso) return isoDateFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));

  const numeric = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})\.?$/.exec(s);
  if (numeric) {
    const [, a = '', b = '', c = ''] = numeric;
    const order = a.length === 4 ? 'YMD' : numericOrder(locale);
    const [year, month, day] =
      order === 'YMD' ? [a, b, c] : order === 'DMY' ? [c, b, a] : [c, a, b];
    return year.length === 4 ? isoDateFromParts(Number(year), Number(month), Number(day)) : null;
  }

  const monthFirst = /^([A-Za-z]+\.?) (\d{1,2}),? (\d{4})$/.exec(s);
  const dayFirst = /^(\d{1,2}) ([A-Za-z]+\.?),? (\d{4})$/.exec(s);
  const [monthName, day, year] = monthFirst
    ? [monthFirst[1], monthFirst[2], monthFirst[3]]
    : dayFirst
      ? [dayFirst[2], dayFirst[1], dayFirst[3]]
      : [];
  const month = monthName ? monthNumber(monthName) : null;
  return month ? isoDateFromParts(Number(year), month, Number(day)) : null;
}

/**
 * A displayed date and time ("11/27/2026, 2:30 PM", "11/27/2026 2:30 PM", "11/27/2026 14:30"),
 * read on the clock of `zone` (the Salesforce user's zone), as a UTC instant.
 */
export function parseSfDateTime(text: string, zone: string, locale = 'en-US'): Instant | null {
  const match = /^(.+?)(?:,\s*|\s+)(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?\s?[Mm]\.?)?$/.exec(clean(text));
  if (!match) return null;
  const [, dateText = '', h = '', m = '', sec = '00', meridiem = ''] = match;
  const date = parseSfDate(dateText, locale);
  let hours = Number(h);
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  if (!date || hours > 23 || Number(m) > 59 || Number(sec) > 59) return null;
  return zonedTimeToInstant(date, `${hours}:${m}:${sec.padStart(2, '0')}`, zone);
}

/** What a Lightning date input takes in en-US: Salesforce's own M/d/yyyy ("11/27/2026", "1/5/2026"). */
export function formatSfDateInput(date: IsoDate): string {
  if (!isIsoDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: "${date}"`);
  const [year, month, day] = date.split('-');
  return `${Number(month)}/${Number(day)}/${year}`;
}

/** Lightning shows multi-select picklists joined by ";" ("Learning;Compliance"). */
export function parseMultiPicklist(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(';')
    .map((value) => clean(value))
    .filter((value) => value !== '');
}
