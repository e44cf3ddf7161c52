/** Thrown when an item was written by a newer CSM Guide: this version must not overwrite it. */
export class NewerVersionError extends Error {
  constructor(readonly label: string) {
    super(`Your ${label} were saved by a newer version of CSM Guide. Update the extension to change them.`);
  }
}
