import type { AttachmentFact } from '../../core/facts/page-facts';
import { GMAIL_SEL } from './selectors';

export interface AttachmentsRead {
  attachments: AttachmentFact[];
  /** False when chips are evidently there but could not be read (renamed classes). */
  readable: boolean;
}

/**
 * File chips under the compose (`div.dL`, name `.vI`, size `.vJ` kept verbatim as "(48K)"), then
 * Drive chips in the body. A chip still uploading is listed with `uploading: true`: it is part of
 * the email the CSM is writing, but not sent yet if they hit Send now.
 */
export function readAttachments(root: Element, body: Element | null): AttachmentsRead {
  const attachments: AttachmentFact[] = [];
  let readable = true;
  const chips = Array.from(root.querySelectorAll(GMAIL_SEL.attachmentChip));
  for (const chip of chips) {
    const name = text(chip.querySelector(GMAIL_SEL.attachmentName)) || nameFromAriaLabel(chip);
    if (!name) {
      readable = false;
      continue;
    }
    const fact: AttachmentFact = { name };
    const size = text(chip.querySelector(GMAIL_SEL.attachmentSize));
    if (size) fact.size = size;
    if (chip.querySelector(GMAIL_SEL.attachmentProgress) || !chip.querySelector(GMAIL_SEL.attachmentLink)) {
      fact.uploading = true;
    }
    attachments.push(fact);
  }
  // No chip found, yet the page shows attachments: the chip markup changed under us.
  if (chips.length === 0 && root.querySelector(GMAIL_SEL.attachmentEvidence)) readable = false;

  for (const chip of Array.from(body?.querySelectorAll(GMAIL_SEL.driveChip) ?? [])) {
    const link = chip.querySelector(GMAIL_SEL.driveChipLink);
    const name = text(chip.querySelector(GMAIL_SEL.driveChipTitle)) || (link?.getAttribute('aria-label') ?? '').trim() || text(link);
    if (name) attachments.push({ name });
    else readable = false;
  }
  return { attachments, readable };
}

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** English aria-label "Attachment: <name>. Press enter to view…" (a fallback only: it is localized). */
function nameFromAriaLabel(chip: Element): string {
  const label = chip.getAttribute('aria-label') ?? '';
  return /^Attachment:\s*(.+?)\.\s/.exec(label)?.[1]?.trim() ?? '';
}
