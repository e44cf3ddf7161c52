/**
 * Runs a DOM reader; a thrown error (a node replaced mid-read, an unexpected shape) means
 * "could not read" and costs that reader's facts only — never an exception in the host page.
 */
export function attempt<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}
