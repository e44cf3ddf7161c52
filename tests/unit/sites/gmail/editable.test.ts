// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { insertTextIntoEditable, readEditableLinks, readEditableText } from '../../../../lib/dom/editable';

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true" role="textbox">${html}</div>`;
  return document.body.firstElementChild as HTMLElement;
}

describe('readEditableText: what the CSM sees, line by line', () => {
  it.each([
    ['Gmail lines', '<div>Hi Jane,</div><div><br></div><div>Welcome!</div>', 'Hi Jane,\n\nWelcome!'],
    ['a <br> closing its line adds no line', '<div>one<br></div><div>two</div>', 'one\ntwo'],
    ['a <br> inside a line breaks it', '<div>one<br>two</div>', 'one\ntwo'],
    ['paragraphs are spaced', '<p>one</p><p>two</p>', 'one\n\ntwo'],
    ['inline elements keep their spaces', '<div>Hello <b>Jane</b>, <a href="#">click</a>!</div>', 'Hello Jane, click!'],
    ['source indentation is not text', '\n  <div>\n    one\n  </div>\n  <div>two</div>\n', 'one\ntwo'],
    ['non-breaking spaces read as spaces', '<div>a&nbsp;&nbsp;b</div>', 'a b'],
    ['lists put one item per line', '<div>Modules</div><ul><li>Group Learning</li><li>Onboarding Path</li></ul><div>End</div>', 'Modules\nGroup Learning\nOnboarding Path\nEnd'],
    ['table cells are tab-separated', '<table><tr><td>Date</td><td>Dec 1</td></tr><tr><td>Time</td><td>11:00</td></tr></table>', 'Date\tDec 1\nTime\t11:00'],
    ['hidden parts are skipped', '<div>shown</div><div style="display: none">hidden</div><div hidden>also</div>', 'shown'],
    ['leading and trailing blank lines are trimmed', '<div><br></div><div>text</div><div><br></div>', 'text'],
    ['an empty editor is empty', '<div><br></div>', ''],
  ])('%s', (_name, html, text) => {
    expect(readEditableText(editor(html))).toBe(text);
  });

  it('leaves out parts matching the skip selector', () => {
    const el = editor('<div>mine</div><div class="gmail_quote">On Thu, Jane wrote:<blockquote>theirs</blockquote></div>');
    expect(readEditableText(el, '.gmail_quote')).toBe('mine');
  });
});

describe('readEditableLinks', () => {
  it('lists hrefs as written, once each, without script links or skipped parts', () => {
    const el = editor(
      '<div><a href="https://calendly.com/x">a</a> <a href=" https://calendly.com/x ">b</a> <a href="javascript:void(0)">c</a>' +
        ' <a href="mailto:support@medtrainer.com">d</a> <a>no href</a></div><div class="gmail_quote"><a href="https://old.example/">q</a></div>',
    );
    expect(readEditableLinks(el, '.gmail_quote')).toEqual(['https://calendly.com/x', 'mailto:support@medtrainer.com']);
  });
});

describe('insertTextIntoEditable', () => {
  it('replaces a selection inside the editor', () => {
    const el = editor('<div>Dear NAME,</div>');
    const text = el.firstElementChild!.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 5);
    range.setEnd(text, 9);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    expect(insertTextIntoEditable(el, 'Jane')).toEqual({ where: 'caret', via: 'input-event' });
    expect(readEditableText(el)).toBe('Dear Jane,');
  });

  it('appends after the last line, on a new line, when there is no tail', () => {
    const el = editor('<div>Hi Jane,</div><div>Thanks!</div>');
    getSelection()!.removeAllRanges();
    expect(insertTextIntoEditable(el, 'Line one\nLine two')).toEqual({ where: 'end', via: 'input-event' });
    expect(el.innerHTML).toBe('<div>Hi Jane,</div><div>Thanks!<br>Line one<br>Line two</div>');
  });

  it('uses the empty last line instead of adding one', () => {
    const el = editor('<div>Hi Jane,</div><div><br></div>');
    getSelection()!.removeAllRanges();
    insertTextIntoEditable(el, 'Welcome');
    expect(el.innerHTML).toBe('<div>Hi Jane,</div><div>Welcome<br></div>');
  });

  it('does not type into a Drive chip or other non-editable block', () => {
    const el = editor('<div>See the plan:</div><div contenteditable="false" class="gmail_drive_chip"><a href="https://docs.google.com/d/1">Plan</a></div>');
    getSelection()!.removeAllRanges();
    insertTextIntoEditable(el, 'Thanks');
    expect(el.lastChild!.textContent).toBe('Thanks');
    expect(el.querySelector('.gmail_drive_chip')!.textContent).toBe('Plan');
  });

  it('lets an editor that handles beforeinput itself do the insertion', () => {
    const el = editor('<p>Hi</p>');
    el.addEventListener('beforeinput', (event) => {
      event.preventDefault();
      el.querySelector('p')!.append(` ${(event as InputEvent).data?.trim()}`);
    });
    getSelection()!.removeAllRanges();
    insertTextIntoEditable(el, 'there');
    expect(el.innerHTML).toBe('<p>Hi there</p>');
  });
});
