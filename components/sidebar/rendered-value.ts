/**
 * The value a `<select>` reports, if it is one the sidebar itself rendered; otherwise null.
 * The shadow root is open, so a page script can add an `<option>` or rewrite one's value: a
 * choice only counts when it names something we offered (issue 14, item 1).
 */
export const renderedValue = <T extends string>(value: string, rendered: readonly T[]): T | null =>
  (rendered as readonly string[]).includes(value) ? (value as T) : null;
