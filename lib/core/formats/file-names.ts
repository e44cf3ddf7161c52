// OB-ROSTERS compares what Gmail/Outreach show for an attachment with the SOP's file names.
// Those differ in harmless ways: case, spacing, "&" vs "and", a " (1)" added to a second
// download, the size Gmail prints after the name, and .xlsm for the macro-enabled copy of a
// roster the SOP lists under both extensions.

// "(48K)" anywhere at the end; a bare "48 KB" only straight after an extension, so a name such
// as "Plan 5b" keeps its last word.
const SIZE_SUFFIX = /(?:\s*\(\s*\d+(?:[.,]\d+)?\s*(?:[KMGT]i?B?|bytes?)\s*\)|(?<=\.[a-z0-9]{1,5})\s+\d+(?:[.,]\d+)?\s*(?:[KMGT]i?B?|bytes?))\s*$/i;
const COPY_SUFFIX = /\s*\(\d+\)$/;
const EXTENSION = /\.([a-z0-9]{1,5})$/;
// Macro-enabled and plain workbooks are the same roster for this check.
const SAME_EXTENSION: Record<string, string> = { xlsm: 'xlsx' };

/**
 * A comparison key for a file name: lower case, single spaces, "&" as "and", no copy or size
 * suffix, .xlsm read as .xlsx. Not meant for display.
 */
export function normalizeFileName(name: string): string {
  let text = name.normalize('NFKC').replace(/\s+/g, ' ').trim();
  text = text.replace(SIZE_SUFFIX, '').toLowerCase();
  const extension = EXTENSION.exec(text)?.[1];
  let stem = extension ? text.slice(0, -(extension.length + 1)) : text;
  while (COPY_SUFFIX.test(stem)) stem = stem.replace(COPY_SUFFIX, '');
  stem = stem.replace(/&/g, ' and ').replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  return extension ? `${stem}.${SAME_EXTENSION[extension] ?? extension}` : stem;
}

/** The attachment is the expected document, spacing aside ("PayorRoster" = "Payor Roster"). */
export function sameDocument(attached: string, expected: string): boolean {
  const key = (name: string) => normalizeFileName(name).replace(/ /g, '');
  return key(attached) === key(expected);
}

/** The first attachment that is the expected document, as it was shown. */
export function findAttachment(attachments: string[], expected: string): string | undefined {
  return attachments.find((attached) => sameDocument(attached, expected));
}
