const ID_SHAPE = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** 15 or 18 letters and digits: the shape of a Salesforce record ID (checksum not checked). */
export function isSalesforceId(s: string): boolean {
  return ID_SHAPE.test(s);
}

/**
 * The 3-character suffix that makes a 15-character (case-sensitive) ID safe for case-insensitive
 * tools: for each 5-character chunk, bit i is set when character i is an uppercase A–Z, and the
 * 5-bit number indexes "A…Z0…5".
 */
export function salesforceIdChecksum(id15: string): string {
  if (!/^[a-zA-Z0-9]{15}$/.test(id15)) {
    throw new RangeError(`A checksum needs a 15-character ID, got "${id15}"`);
  }
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk += 1) {
    let bits = 0;
    for (let i = 0; i < 5; i += 1) {
      const char = id15.charAt(chunk * 5 + i);
      if (char >= 'A' && char <= 'Z') bits |= 1 << i;
    }
    suffix += SUFFIX_ALPHABET.charAt(bits);
  }
  return suffix;
}

/** The 18-character form; an 18-character ID is returned as is (use validate to check it). */
export function toId18(id15: string): string {
  if (id15.length === 18 && isSalesforceId(id15)) return id15;
  return id15 + salesforceIdChecksum(id15);
}

export type SalesforceIdResult = { ok: true; id18: string } | { ok: false; error: string };

/** Checks a typed or pasted ID (surrounding spaces ignored) and gives its 18-character form. */
export function validateSalesforceId(s: string): SalesforceIdResult {
  const id = s.trim();
  if (id === '') return { ok: false, error: 'Salesforce ID is empty' };
  if (!/^[a-zA-Z0-9]+$/.test(id)) {
    return { ok: false, error: 'Salesforce ID may only contain letters and digits' };
  }
  if (id.length !== 15 && id.length !== 18) {
    return { ok: false, error: `Salesforce ID must be 15 or 18 characters (this one has ${id.length})` };
  }
  const base = id.slice(0, 15);
  const expected = salesforceIdChecksum(base);
  if (id.length === 18 && id.slice(15) !== expected) {
    return {
      ok: false,
      error: `Salesforce ID checksum suffix should be ${expected}, not ${id.slice(15)} (check the letter case, or copy the ID again)`,
    };
  }
  return { ok: true, id18: base + expected };
}

/**
 * Same record: the first 15 characters match exactly. Case matters there (001a… and 001A… are
 * different records); the suffix is only derived from that case, so it is not compared.
 */
export function sameSalesforceId(a: string, b: string): boolean {
  const x = a.trim();
  const y = b.trim();
  return isSalesforceId(x) && isSalesforceId(y) && x.slice(0, 15) === y.slice(0, 15);
}
