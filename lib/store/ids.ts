/** 8 random base-36 characters (crypto-strong where available). */
export const randomSuffix = (): string => {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
};

/** `<at>-<random>`: unique per event, and the tie-break when two events share `at`. */
export const eventId = (at: string, random: () => string = randomSuffix): string => `${at}-${random()}`;
