// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gmailAdapter } from '../../../../lib/sites/gmail/adapter';
import { findBody, findCompose } from '../../../../lib/sites/gmail/composes';
import { GMAIL_SEL } from '../../../../lib/sites/gmail/selectors';
import { readEditableText } from '../../../../lib/dom/editable';
import type { AdapterSettings, FillPlan } from '../../../../lib/sites/types';
import { GMAIL_FIXTURE_URLS as GMAIL_PAGES } from '../../../fixtures/gmail/urls';
import { loadFixture } from './fixture-dom';

const urlOf = (file: string) => GMAIL_PAGES.find((p) => p.file === file)!.url;

const settings: AdapterSettings = { labels: {}, onboardingObject: 'Customer_Onboarding__c', timeZone: 'America/Chicago' };
const INBOX = urlOf('gmail/inbox-dock.html');
const RECAP_ID = 'msg-a:r-2236590132877410023';
const SUPPORT = 'Email: support@medtrainer.com\nPhone: 844.596.6553';

const plan = (over: Partial<Extract<FillPlan, { op: 'insert-text' }>> = {}): FillPlan => ({
  op: 'insert-text',
  url: INBOX,
  composeId: RECAP_ID,
  text: SUPPORT,
  ...over,
});

function recapBody(): HTMLElement {
  return findBody(findCompose(document, RECAP_ID)!.root)!;
}

const textOf = (body: HTMLElement) => readEditableText(body, GMAIL_SEL.bodySkip);

function putCaretAfter(text: string, body = recapBody()) {
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(text);
    if (at >= 0) {
      const range = document.createRange();
      range.setStart(node, at + text.length);
      range.collapse(true);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
  }
  throw new Error(`"${text}" not in body`);
}

afterEach(() => {
  getSelection()?.removeAllRanges();
});

describe('insert-text into a Gmail compose', () => {
  it('types at the caret when the caret is in that compose, and fires input for Gmail', () => {
    loadFixture('gmail/inbox-dock.html', INBOX);
    putCaretAfter('Here is a short recap.');
    const inputs: InputEvent[] = [];
    recapBody().addEventListener('input', (event) => inputs.push(event as InputEvent));

    const result = gmailAdapter.fill(document, plan({ text: ' See you on Tuesday.' }), settings);

    expect(result).toEqual({ ok: true, message: 'Inserted at the cursor.' });
    expect(textOf(recapBody())).toContain("Thank you for your time on today's onboarding call! Here is a short recap. See you on Tuesday.\n\nNext steps");
    expect(inputs.map((e) => [e.inputType, e.data])).toEqual([['insertText', ' See you on Tuesday.']]);
  });

  it('with the caret elsewhere (another compose), adds the text on its own lines above the signature', () => {
    loadFixture('gmail/inbox-dock.html', INBOX);
    putCaretAfter('Hi Jane,', findBody(findCompose(document, 'msg-a:r-5803117346239548021')!.root)!);

    const result = gmailAdapter.fill(document, plan(), settings);

    expect(result).toEqual({ ok: true, message: 'Inserted at the end of the message, above the signature.' });
    expect(textOf(recapBody()).endsWith(
      [
        'I have also attached the CPR course information: the CPR Brochure and the CPR Document.',
        '',
        'Best,',
        'Email: support@medtrainer.com',
        'Phone: 844.596.6553',
        '',
        '--',
        'Alex Rivera',
        'Customer Success Manager | MedTrainer',
        'alex.rivera@medtrainer.com | 888.222.1934',
      ].join('\n'),
    )).toBe(true);
    // The welcome compose, where the caret was, is untouched.
    expect(textOf(findBody(findCompose(document, 'msg-a:r-5803117346239548021')!.root)!)).not.toContain('844.596.6553');
  });

  it('fills an empty new message on its first line', () => {
    loadFixture('gmail/drift.html', urlOf('gmail/drift.html'));
    const body = findBody(findCompose(document, 'msg-a:r-9034417765512309981')!.root)!;
    body.innerHTML = '<div><br></div>';
    const result = gmailAdapter.fill(
      document,
      plan({ url: urlOf('gmail/drift.html'), composeId: 'msg-a:r-9034417765512309981', text: 'Hi Jane,' }),
      settings,
    );
    expect(result.ok).toBe(true);
    expect(body.innerHTML).toBe('<div>Hi Jane,<br></div>');
  });

  it("uses document.execCommand('insertText') when the browser has it, so Gmail records an undo step", () => {
    loadFixture('gmail/inbox-dock.html', INBOX);
    putCaretAfter('Best,');
    const exec = vi.fn((command: string, _ui: boolean, value: string) => {
      // What the browser does: insert at the selection.
      const range = getSelection()!.getRangeAt(0);
      range.insertNode(document.createTextNode(value));
      return command === 'insertText';
    });
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    const inputs: Event[] = [];
    recapBody().addEventListener('input', (e) => inputs.push(e));
    try {
      expect(gmailAdapter.fill(document, plan({ text: ' Alex' }), settings)).toEqual({ ok: true, message: 'Inserted at the cursor.' });
      expect(exec).toHaveBeenCalledWith('insertText', false, ' Alex');
      expect(textOf(recapBody())).toContain('Best, Alex\n');
      // No synthetic events on top of the browser's own.
      expect(inputs).toHaveLength(0);
    } finally {
      delete (document as { execCommand?: unknown }).execCommand;
    }
  });

  it('writes into a minimized window too (its body is hidden, not gone)', () => {
    loadFixture('gmail/inbox-dock.html', INBOX);
    const result = gmailAdapter.fill(document, plan({ composeId: 'rq1x9b', text: 'Talk soon!' }), settings);
    expect(result.ok).toBe(true);
    const body = findBody(findCompose(document, 'rq1x9b')!.root)!;
    expect(textOf(body)).toContain('prepare our onboarding call.\nTalk soon!\n');
  });

  it('refuses when the compose is gone, changing nothing', () => {
    loadFixture('gmail/inbox-dock.html', INBOX);
    const before = document.body.innerHTML;
    expect(gmailAdapter.fill(document, plan({ composeId: 'msg-a:r-0000000000000000000' }), settings)).toEqual({
      ok: false,
      message: 'That email is no longer open (sent, discarded or closed). Nothing was inserted.',
    });
    findCompose(document, RECAP_ID)!.root.remove();
    expect(gmailAdapter.fill(document, plan(), settings).ok).toBe(false);
    expect(document.body.innerHTML).not.toContain('844.596.6553');
    expect(before).toContain('CPR Brochure.pdf');
  });

  it('accepts a plan after Gmail changed the hash, refuses one made for another account or page', () => {
    loadFixture('gmail/inbox-dock.html', 'https://mail.google.com/mail/u/0/#sent?compose=new');
    expect(gmailAdapter.fill(document, plan({ url: 'https://mail.google.com/mail/u/0/#inbox' }), settings).ok).toBe(true);
    expect(gmailAdapter.fill(document, plan({ url: 'https://mail.google.com/mail/u/1/#inbox' }), settings)).toEqual({
      ok: false,
      message: 'This was prepared for another Gmail page. Open the email again and retry.',
    });
    expect(gmailAdapter.fill(document, plan({ url: 'not a url' }), settings).ok).toBe(false);
  });

  it('refuses other plan kinds and empty text', () => {
    loadFixture('gmail/inbox-dock.html', INBOX);
    expect(gmailAdapter.fill(document, { op: 'set-field', url: INBOX, field: 'case.subject', value: 'x' }, settings).ok).toBe(false);
    expect(gmailAdapter.fill(document, plan({ text: '' }), settings).ok).toBe(false);
  });
});
