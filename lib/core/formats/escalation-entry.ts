import { isIsoDate, isoDateFromParts, type IsoDate } from '../dates';

// ESC-DESCRIPTION-FORMAT: Description and Escalation Directives lines are
// `MM/DD/YY_Initials:Action`. The seed's own example (`04/20/23MM: Customer called …`) has no
// underscore and a space after the colon, so both are read; only the canonical shape is written.

export type EscalationEntry = { date: IsoDate; initials: string; action: string };

export type EscalationParse =
  | {
      ok: true;
      date: IsoDate;
      initials: string;
      action: string;
      /** The line is already written exactly as formatEscalationEntry would write it. */
      canonical: boolean;
      /** The line rewritten in the canonical shape. */
      normalized: string;
    }
  | { ok: false; error: string };

export type EscalationLine = { line: number; text: string; result: EscalationParse };

export type EscalationValidation = {
  ok: boolean;
  entries: EscalationLine[];
  firstError?: {
    line: number;
    text: string;
    /** Ready to show: "Line 2: missing ":" after the initials "MM"". */
    error: string;
    /** The same without the line number. */
    reason: string;
  };
};

const SHAPE = 'MM/DD/YY_Initials:Action';

/** Initials as written in an entry: letters only, upper case, 1–4 of them; null otherwise. */
export function normalizeInitials(initials: string): string | null {
  const letters = initials.replace(/\P{L}/gu, '').toUpperCase();
  return letters.length >= 1 && letters.length <= 4 ? letters : null;
}

/** `04/20/23_MM:Customer called support…`. Throws on unusable initials or an empty action. */
export function formatEscalationEntry({ date, initials, action }: EscalationEntry): string {
  if (!isIsoDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: "${date}"`);
  const mark = normalizeInitials(initials);
  if (!mark) throw new RangeError(`Initials must be 1–4 letters, got "${initials}"`);
  // An entry is one line; a pasted multi-line action would read as several bad entries.
  const text = action.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  if (!text) throw new RangeError('The action is empty');
  const [year, month, day] = date.split('-');
  return `${month}/${day}/${year?.slice(2)}_${mark}:${text}`;
}

export function parseEscalationEntry(line: string): EscalationParse {
  const text = line.trim();
  const fail = (error: string): EscalationParse => ({ ok: false, error });

  const dateMatch = /^(\d{1,2})\/(\d{1,2})\/(\d+)/.exec(text);
  if (!dateMatch) return fail(`should start with a date as MM/DD/YY (${SHAPE}, e.g. 04/20/23_MM:Called the admin)`);
  const [dateText, mm = '', dd = '', yy = ''] = dateMatch;
  if (yy.length !== 2) return fail(`the date ${dateText} should have a 2-digit year (MM/DD/YY)`);
  const date = isoDateFromParts(2000 + Number(yy), Number(mm), Number(dd));
  if (!date) return fail(`${dateText} is not a real date (MM/DD/YY: month, then day, then year)`);

  const afterDate = text.slice(dateText.length);
  const separator = /^\s*_?\s*/.exec(afterDate)?.[0] ?? '';
  const rest = afterDate.slice(separator.length);
  const letters = /^\p{L}+/u.exec(rest)?.[0] ?? '';
  const colon = /^\s*:/.exec(rest.slice(letters.length))?.[0];
  if (!letters) return fail(`missing initials after the date (${SHAPE})`);
  if (colon === undefined) {
    // A long run of letters is the action itself, typed straight after the date.
    return letters.length > 4
      ? fail(`missing initials and ":" after the date (${SHAPE})`)
      : fail(`missing ":" after the initials "${letters}"`);
  }
  if (letters.length > 4) return fail(`initials should be 1–4 letters, not "${letters}"`);
  const action = rest.slice(letters.length + colon.length).trim();
  if (!action) return fail(`missing the action after "${letters}:"`);

  const initials = letters.toUpperCase();
  const normalized = formatEscalationEntry({ date, initials, action });
  return { ok: true, date, initials, action, canonical: text === normalized, normalized };
}

/** Every non-blank line must be an entry; line numbers are 1-based and count blank lines. */
export function validateEscalationText(text: string): EscalationValidation {
  const entries: EscalationLine[] = [];
  let firstError: EscalationValidation['firstError'];
  text.split(/\r\n|\r|\n/).forEach((lineText, index) => {
    if (!lineText.trim()) return;
    const result = parseEscalationEntry(lineText);
    entries.push({ line: index + 1, text: lineText, result });
    if (!result.ok && !firstError) {
      firstError = {
        line: index + 1,
        text: lineText,
        error: `Line ${index + 1}: ${result.error}`,
        reason: result.error,
      };
    }
  });
  return firstError ? { ok: false, entries, firstError } : { ok: true, entries };
}

/** Adds an entry on its own line after the existing text, without leaving blank lines. */
export function appendEscalationEntry(existing: string | null, entry: string): string {
  const before = (existing ?? '').replace(/\s+$/, '');
  const line = entry.trim();
  if (!before) return line;
  const newline = before.includes('\r\n') ? '\r\n' : '\n';
  return `${before}${newline}${line}`;
}
