/**
 * CSV as RFC 4180 writes it: fields separated by commas, records by CRLF; a field holding a
 * comma, a double quote, CR or LF is enclosed in double quotes, with its quotes doubled.
 *
 * Spreadsheet apps run a cell that starts with `=`, `+`, `-` or `@` as a formula (and tab or CR
 * can smuggle one past a first look), so account names or messages copied from Salesforce could
 * run code on a lead's machine (CSV injection). Such text cells get a leading apostrophe, the
 * OWASP-recommended neutraliser: the app shows the text, not the result of a formula.
 */
export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field, neutralised and quoted as needed. Numbers and booleans are data, never formulas. */
export const csvField = (value: CsvValue): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Records to CSV text: CRLF after every record, the header included. */
export const toCsv = (records: ReadonlyArray<ReadonlyArray<CsvValue>>): string =>
  records.map((record) => `${record.map(csvField).join(',')}\r\n`).join('');

/**
 * Reads RFC 4180 text back into records (tests and round-trips; quoted fields may span lines).
 * A neutralising apostrophe is left in place: it is part of what was written.
 */
export const parseCsv = (text: string): string[][] => {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
      i++;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
    i++;
  }
  if (field !== '' || record.length) {
    record.push(field);
    records.push(record);
  }
  return records;
};
