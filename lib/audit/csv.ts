/**
 * CSV as RFC 4180 writes it: fields separated by commas, records by CRLF; a field holding a
 * comma, a double quote, CR or LF is enclosed in double quotes, with its quotes doubled.
 *
 * Spreadsheet apps run a cell that starts with `=`, `+`, `-` or `@` as a formula (and tab or CR
 * can smuggle one past a first look), so account names or messages copied from Salesforce could
 * run code on a lead's machine (CSV injection). Such text gets an apostrophe, the
 * OWASP-recommended neutraliser: the app shows the text, not the result of a formula.
 *
 * A lead may open the file in a semicolon locale or paste it as tab-separated text, where `;`,
 * tab and line breaks split cells even inside quotes, so the apostrophe also goes before a formula
 * character after any of those (and `,`) inside a cell, and fields holding `;` or tab are quoted.
 */
export type CsvValue = string | number | boolean | null | undefined;

const CONTROL_START = /^[\t\r]/;
/** Where a cell could begin (the field's start, or after a separator), then spaces some apps trim. */
const FORMULA_AT_CELL_START = /(^|[,;\t\r\n])( *)(?=[=+\-@])/g;
const NEEDS_QUOTES = /[",;\t\r\n]/;

const neutralise = (text: string): string =>
  (CONTROL_START.test(text) ? `'${text}` : text).replace(FORMULA_AT_CELL_START, "$1$2'");

/** One field, neutralised and quoted as needed. Numbers and booleans are data, never formulas. */
export const csvField = (value: CsvValue): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = neutralise(value);
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
