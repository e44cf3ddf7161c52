/**
 * Remembers the last few thousand answers of a pure function, by a string key that spells out
 * every input. The audit asks the same dates and instants (today, this week's webinars) for
 * every one of thousands of accounts; the sidebar asks them again on every render. Cleared whole
 * when full, so memory stays bounded; the key holds every input, so an answer is never stale.
 */
export const memo = <T>(limit = 4096) => {
  const map = new Map<string, T>();
  return (key: string, compute: () => T): T => {
    let value = map.get(key);
    if (value === undefined) {
      value = compute();
      if (map.size >= limit) map.clear();
      map.set(key, value);
    }
    return value;
  };
};
