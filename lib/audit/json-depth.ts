/**
 * Whether JSON text nests objects and arrays deeper than `max`, found by one pass over the text
 * before it is parsed: everything that walks a parsed value recursively (the checksum's canonical
 * JSON, zod) would overflow the stack on a file nested a hundred thousand levels deep.
 * Brackets inside strings do not count. Stops at the first level past `max`.
 */
export const nestsDeeperThan = (text: string, max: number): boolean => {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > max) return true;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
  }
  return false;
};
