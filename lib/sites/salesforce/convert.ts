/**
 * Raw field reads → typed fact values (lib/core/facts/fields.ts types), through lib/core/formats. Text that
 * is shown but cannot be read with certainty is reported as unreadable, never guessed.
 */
import type { FieldType } from '../../core/facts/fields';
import type { FieldValue } from '../../core/facts/page-facts';
import { parseMultiPicklist, parseSfCurrency, parseSfDate, parseSfDateTime, parseSfNumber, validateSalesforceId } from '../../core/formats';
import type { RawValue } from './read-value';

export type Converted = { ok: true; value: FieldValue | null } | { ok: false };

const UNREADABLE: Converted = { ok: false };
const ok = (value: FieldValue | null): Converted => ({ ok: true, value });

export function convertValue(raw: RawValue, type: FieldType, timeZone: string): Converted {
  if (raw.kind === 'empty') return type === 'checkbox' ? UNREADABLE : ok(null);
  switch (type) {
    case 'text':
      if (raw.kind === 'text') return ok(raw.text);
      if (raw.kind === 'lookup') return ok(raw.name);
      if (raw.kind === 'list') return ok(raw.items.join(';'));
      return UNREADABLE;
    case 'number':
      return raw.kind === 'text' ? orUnreadable(parseSfNumber(raw.text)) : UNREADABLE;
    case 'currency':
      return raw.kind === 'text' ? orUnreadable(parseSfCurrency(raw.text)) : UNREADABLE;
    case 'date':
      return raw.kind === 'text' ? orUnreadable(parseSfDate(raw.text)) : UNREADABLE;
    case 'datetime':
      return raw.kind === 'text' ? orUnreadable(parseSfDateTime(raw.text, timeZone)) : UNREADABLE;
    case 'checkbox':
      return raw.kind === 'checkbox' ? ok(raw.checked) : UNREADABLE;
    case 'multi':
      if (raw.kind === 'list') return ok(raw.items);
      if (raw.kind === 'text') return ok(parseMultiPicklist(raw.text));
      return UNREADABLE;
    case 'lookup':
      if (raw.kind === 'lookup') return ok(lookupValue(raw.name, raw.id));
      // A lookup to a record the user cannot open is shown as plain text.
      if (raw.kind === 'text') return ok({ name: raw.text });
      return UNREADABLE;
  }
}

/** Lookup ids are reported in their 18-character form; a malformed one is dropped, not passed on. */
function lookupValue(name: string, id?: string): { name: string; id?: string } {
  if (!id) return { name };
  const checked = validateSalesforceId(id);
  return checked.ok ? { name, id: checked.id18 } : { name };
}

function orUnreadable(value: FieldValue | null): Converted {
  return value === null ? UNREADABLE : ok(value);
}
