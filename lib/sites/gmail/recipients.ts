import { GMAIL_SEL, RECIPIENT_TYPES, type RecipientType } from './selectors';

export interface RecipientsRead {
  to: string[];
  cc: string[];
  bcc: string[];
  /** False when no To field of either UI was found: the recipients are unknown, not empty. */
  readable: boolean;
}

/**
 * The compose's recipients, lower-cased, in chip order, once each. Reads both recipient UIs,
 * since Google still serves the classic one to some accounts (both shapes are in tests/fixtures/gmail):
 *  - peoplekit: chips in the field's own listbox, address in `data-hovercard-id`;
 *  - classic: `.vR` chips with `span.vN[email]` and a hidden input "Name <addr>".
 */
export function readRecipients(root: Element): RecipientsRead {
  const read: RecipientsRead = { to: [], cc: [], bcc: [], readable: hasToField(root) };
  for (const type of RECIPIENT_TYPES) {
    const addresses = [...peoplekitAddresses(root, type), ...classicAddresses(root, type)];
    read[type] = [...new Set(addresses.map(normalizeAddress).filter((a): a is string => !!a))];
  }
  return read;
}

function hasToField(root: Element): boolean {
  return !!(
    root.querySelector(GMAIL_SEL.peoplekitField('to')) ??
    root.querySelector(GMAIL_SEL.classicField('to')) ??
    root.querySelector(GMAIL_SEL.classicHidden('to'))
  );
}

function peoplekitAddresses(root: Element, type: RecipientType): string[] {
  const field = root.querySelector(GMAIL_SEL.peoplekitField(type));
  if (!field) return [];
  return Array.from(field.querySelectorAll(GMAIL_SEL.peoplekitChip), (chip) => chip.getAttribute('data-hovercard-id') ?? '');
}

function classicAddresses(root: Element, type: RecipientType): string[] {
  const out: string[] = [];
  for (const hidden of Array.from(root.querySelectorAll<HTMLInputElement>(GMAIL_SEL.classicHidden(type)))) {
    // The chip's `email` attribute is the address alone; the hidden value needs parsing.
    const chip = hidden.closest(GMAIL_SEL.classicChip);
    out.push(chip?.querySelector(GMAIL_SEL.classicChipAddress)?.getAttribute('email') ?? hidden.value);
  }
  // Chips in the same row as this type's typing field, should a chip lack its hidden input.
  const row = root.querySelector(GMAIL_SEL.classicField(type))?.closest('tr');
  for (const chip of Array.from(row?.querySelectorAll(GMAIL_SEL.classicChip) ?? [])) {
    const address = chip.querySelector(GMAIL_SEL.classicChipAddress)?.getAttribute('email');
    if (address) out.push(address);
  }
  return out;
}

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** "Jane Doe <Jane.Doe@x.com>" or "jane.doe@x.com" → "jane.doe@x.com"; anything else → null. */
export function normalizeAddress(text: string): string | null {
  const trimmed = text.trim();
  const inAngles = /<([^<>]+)>\s*$/.exec(trimmed)?.[1] ?? trimmed;
  const address = inAngles.trim().toLowerCase();
  return EMAIL.test(address) ? address : null;
}
