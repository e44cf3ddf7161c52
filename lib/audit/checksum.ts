/**
 * A bundle's checksum: SHA-256 over a canonical JSON text of its content, so re-indenting a file
 * keeps it valid while changing, dropping or truncating any value is detected. WebCrypto
 * (`crypto.subtle`) exists in extension pages and in Node 20, so this module runs in both.
 */

/**
 * JSON with object keys sorted (by UTF-16 code units) and no whitespace; arrays keep their
 * order. Written as text, never as a rebuilt object, so a key such as `__proto__` in an imported
 * file is hashed like any other key.
 */
export const canonicalJson = (value: unknown): string => {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    // JSON has no undefined, functions or symbols; as in JSON.stringify they are null in arrays.
    return text === undefined ? 'null' : text;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
};

const hex = (buffer: ArrayBuffer): string => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

/** Lower-case hex SHA-256 of a text's UTF-8 bytes. */
export const sha256Hex = async (text: string): Promise<string> =>
  hex(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));

/** The checksum of a value: SHA-256 of its canonical JSON. */
export const checksumOf = (value: unknown): Promise<string> => sha256Hex(canonicalJson(value));
