import type { FillPlan, FillResult } from '../types';
import { findBody, findCompose } from './composes';
import { insertTextIntoEditable } from '../../dom/editable';
import { GMAIL_SEL } from './selectors';
import { gmailWindowKey } from './urls';

/**
 * Runs an `insert-text` plan: types the text into the compose's body at the caret, or at the end
 * of the CSM's text (above the signature) when the caret is elsewhere. Refuses, with a message
 * for the sidebar, when the plan was made for another page or the compose is gone. Never sends.
 */
export function insertIntoCompose(doc: Document, plan: FillPlan): FillResult {
  if (plan.op !== 'insert-text') {
    return { ok: false, message: 'Gmail only takes text typed into a compose window.' };
  }
  const planned = gmailWindowKey(plan.url);
  if (!planned || planned !== gmailWindowKey(doc.location.href)) {
    return { ok: false, message: 'This was prepared for another Gmail page. Open the email again and retry.' };
  }
  if (!plan.text) return { ok: false, message: 'There is no text to insert.' };
  const compose = findCompose(doc, plan.composeId);
  if (!compose) {
    return { ok: false, message: 'That email is no longer open (sent, discarded or closed). Nothing was inserted.' };
  }
  const body = findBody(compose.root);
  if (!body) return { ok: false, message: "Can't find the message body of that email. Nothing was inserted." };
  try {
    const { where } = insertTextIntoEditable(body, plan.text, GMAIL_SEL.bodyTail);
    return {
      ok: true,
      message: where === 'caret' ? 'Inserted at the cursor.' : 'Inserted at the end of the message, above the signature.',
    };
  } catch {
    return { ok: false, message: "Couldn't insert the text into that email." };
  }
}
