import type { FillPlan, FillResult } from '../types';
import { insertTextIntoEditable } from '../../dom/editable';
import { findComposer } from './composer';
import { outreachPageKey } from './urls';

/**
 * Runs an `insert-text` plan in Outreach's composer: at the caret, or at the end of the text
 * when the caret is elsewhere, through the editor's own input handling. Refuses when the plan was
 * made on another page or the composer was closed. Never sends.
 */
export function insertIntoComposer(doc: Document, plan: FillPlan): FillResult {
  if (plan.op !== 'insert-text') {
    return { ok: false, message: "Outreach only takes text typed into the email composer." };
  }
  const planned = outreachPageKey(plan.url);
  if (!planned || planned !== outreachPageKey(doc.location.href)) {
    return { ok: false, message: 'This was prepared for another Outreach page. Open the composer again and retry.' };
  }
  if (!plan.text) return { ok: false, message: 'There is no text to insert.' };
  const composer = findComposer(doc, plan.composeId);
  if (!composer) return { ok: false, message: 'That email composer is no longer open. Nothing was inserted.' };
  if (!composer.editor) return { ok: false, message: "Can't find this composer's email body. Nothing was inserted." };
  try {
    const { where } = insertTextIntoEditable(composer.editor, plan.text);
    return { ok: true, message: where === 'caret' ? 'Inserted at the cursor.' : 'Inserted at the end of the email.' };
  } catch {
    return { ok: false, message: "Couldn't insert the text into the composer." };
  }
}
