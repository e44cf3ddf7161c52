// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../../../lib/sites/gmail/adapter';
import { findCompose, findComposes } from '../../../../lib/sites/gmail/composes';
import type { AdapterSettings } from '../../../../lib/sites/types';
import { finishUploads, installGmailSim, openNewCompose } from '../../../fixtures/gmail/gmail-sim.js';
import { GMAIL_FIXTURE_URLS as GMAIL_PAGES } from '../../../fixtures/gmail/urls';
import { loadFixture } from './fixture-dom';

const settings: AdapterSettings = { labels: {}, onboardingObject: 'Customer_Onboarding__c', timeZone: 'America/Chicago' };
const page = (file: string) => GMAIL_PAGES.find((p) => p.file === file)!;

function load(file: string) {
  return loadFixture(file, page(file).url);
}

function collect(file: string) {
  const url = new URL(page(file).url);
  return gmailAdapter.collect(document, url, { kind: 'gmail.compose' }, settings).map((f) => f.compose!);
}

const click = (el: Element) => el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
const WELCOME_ID = 'msg-a:r-5803117346239548021';
const RECAP_ID = 'msg-a:r-2236590132877410023';

describe('finding composes', () => {
  it('places each compose where it lives and keeps the minimized one', () => {
    const placements = (file: string) =>
      (load(file), findComposes(document).map(({ id, placement, minimized }) => ({ id, placement, minimized })));
    expect(placements('gmail/inbox-dock.html')).toEqual([
      { id: WELCOME_ID, placement: 'dock', minimized: false },
      { id: RECAP_ID, placement: 'dock', minimized: false },
      { id: 'rq1x9b', placement: 'dock', minimized: true },
    ]);
    expect(placements('gmail/thread-inline-reply.html')).toEqual([
      { id: 'msg-a:r-7719203348855310021', placement: 'inline', minimized: false },
    ]);
    expect(placements('gmail/popout-compose.html')).toEqual([
      { id: 'msg-a:r-4410982277150043391', placement: 'popout', minimized: false },
    ]);
    expect(placements('gmail/fullscreen-compose.html')).toEqual([
      { id: 'msg-a:r-6650127730045512298', placement: 'fullscreen', minimized: false },
    ]);
  });

  it('ignores Gmail dialogs that are not composes and a reply area that is closed', () => {
    load('gmail/thread-inline-reply.html');
    const other = document.createElement('div');
    other.setAttribute('role', 'dialog');
    other.innerHTML = '<form><input name="q" value="label:clients"></form>';
    document.body.append(other);
    document.querySelector('.ip')!.classList.remove('adB');
    expect(findComposes(document)).toEqual([]);
  });
});

describe('keys', () => {
  it('keys two open windows separately and keeps each key across re-collects', () => {
    load('gmail/inbox-dock.html');
    const first = collect('gmail/inbox-dock.html').map((c) => c.composeId);
    const second = collect('gmail/inbox-dock.html').map((c) => c.composeId);
    expect(first).toEqual([WELCOME_ID, RECAP_ID, 'rq1x9b']);
    expect(second).toEqual(first);
  });

  it('keeps the first key for the life of the element when Gmail saves the draft', () => {
    load('gmail/inbox-dock.html');
    expect(findComposes(document)[2]!.id).toBe('rq1x9b');
    // First autosave: Gmail writes the new draft id into the hidden input.
    findComposes(document)[2]!.root.querySelector<HTMLInputElement>('input[name=draft]')!.value = '#msg-a:r-1122334455667788990';
    expect(findComposes(document)[2]!.id).toBe('rq1x9b');
  });

  it('generates an id for a compose with neither draft nor composeid, stable while it lives', () => {
    load('gmail/drift.html');
    const generated = findComposes(document)[1]!;
    expect(generated.id).toMatch(/^gmail-compose-\d+$/);
    expect(findComposes(document)[1]!.id).toBe(generated.id);
    expect(findCompose(document, generated.id)?.root).toBe(generated.root);
  });

  it('never gives two composes the same key', () => {
    load('gmail/inbox-dock.html');
    const [welcome, recap] = findComposes(document);
    recap!.root.querySelector<HTMLInputElement>('input[name=draft]')!.value = `#${WELCOME_ID}`;
    // A fresh element for the recap window (Gmail re-rendered it), carrying the same draft id.
    const copy = recap!.root.cloneNode(true) as HTMLElement;
    recap!.root.replaceWith(copy);
    const ids = findComposes(document).map((c) => c.id);
    expect(ids[0]).toBe(welcome!.id);
    expect(ids[1]).toMatch(/^gmail-compose-\d+$/);
    expect(new Set(ids).size).toBe(3);
  });
});

describe('changes on the page', () => {
  it('removing an attachment chip (the CSM deletes a roster) changes that compose only', () => {
    load('gmail/inbox-dock.html');
    const uninstall = installGmailSim(document);
    const payor = [...document.querySelectorAll('.dL')].find((chip) => chip.textContent?.includes('Payor Roster.xlsx'))!;
    click(payor.querySelector('[aria-label="Remove attachment"]')!);
    const [welcome, recap] = collect('gmail/inbox-dock.html');
    expect(welcome!.attachments.map((a) => a.name)).toEqual([
      'Initial Account Configuration Roster.xlsx',
      'Initial Organization Management Setup.pdf',
      'Verification & Documents Roster.xlsx',
      'Credentialing Information Roster.xlsx',
    ]);
    expect(welcome!.unreadable).toEqual([]);
    expect(recap!.attachments.map((a) => a.name)).toEqual(['CPR Brochure.pdf', 'CPR Document.pdf']);
    uninstall();
  });

  it('an upload that finishes loses its uploading flag and gains its size', () => {
    load('gmail/thread-inline-reply.html');
    finishUploads(document, '(19K)');
    expect(collect('gmail/thread-inline-reply.html')[0]!.attachments).toEqual([
      { name: 'Staff List Template.xlsx', size: '(19K)' },
      { name: 'Sunrise Family Clinic – Onboarding Plan' },
    ]);
  });

  it('does not read suggestion popups or the suggested-recipients strip as recipients', () => {
    load('gmail/inbox-dock.html');
    // Both are on the page with data-hovercard-id, like the chips (gmail.js #713).
    expect(document.querySelectorAll('[role=option][data-hovercard-id="billing@sunrisefamilyclinic.com"]')).toHaveLength(2);
    const all = collect('gmail/inbox-dock.html').flatMap((c) => [...c.to, ...c.cc, ...c.bcc]);
    expect(all).not.toContain('billing@sunrisefamilyclinic.com');
    expect(all).not.toContain('frontdesk@sunrisefamilyclinic.com');
    expect(collect('gmail/inbox-dock.html')[0]!.bcc).toEqual([]);
  });

  it('removing a recipient chip or typing a subject shows in the next read', () => {
    load('gmail/inbox-dock.html');
    const uninstall = installGmailSim(document);
    click(document.querySelector('[role=option][data-name="Michael Chen"] [role=button]')!);
    const subject = document.querySelector<HTMLInputElement>('input[name=subjectbox]')!;
    subject.value = 'Welcome to MedTrainer! CSM';
    const [welcome] = collect('gmail/inbox-dock.html');
    expect(welcome!.cc).toEqual([]);
    expect(welcome!.subject).toBe('Welcome to MedTrainer! CSM');
    uninstall();
  });

  it('a minimized window is read like an open one; minimizing does not change the facts', () => {
    load('gmail/inbox-dock.html');
    const before = collect('gmail/inbox-dock.html');
    const uninstall = installGmailSim(document);
    click(document.querySelectorAll('.Hm .Hl')[0]!);
    expect(findComposes(document)[0]!.minimized).toBe(true);
    expect(collect('gmail/inbox-dock.html')).toEqual(before);
    uninstall();
  });

  it('composes come and go without navigation', () => {
    load('gmail/inbox-dock.html');
    const uninstall = installGmailSim(document);
    click(document.querySelector('[gh=cm]')!);
    let ids = collect('gmail/inbox-dock.html').map((c) => c.composeId);
    expect(ids).toEqual(['n1n7c0de', WELCOME_ID, RECAP_ID, 'rq1x9b']);
    const discard = findCompose(document, RECAP_ID)!.root.querySelector('.og')!;
    click(discard);
    ids = collect('gmail/inbox-dock.html').map((c) => c.composeId);
    expect(ids).toEqual(['n1n7c0de', WELCOME_ID, 'rq1x9b']);
    expect(collect('gmail/inbox-dock.html')[0]).toMatchObject({ to: [], subject: '', bodyText: '', attachments: [], unreadable: [] });
    expect(openNewCompose(document)).not.toBeNull();
    uninstall();
  });
});

describe('observe roots', () => {
  it('watches the dock, the full-screen layer and the thread area once they exist', () => {
    load('gmail/thread-inline-reply.html');
    const roots = gmailAdapter.observeRoots(document, { kind: 'gmail.compose' });
    expect(roots).toEqual([document.querySelector('.dw'), document.querySelector('.aSs'), document.querySelector('[role=main]')]);
  });

  it('watches body while Gmail has not created the dock yet, and the pop-out main', () => {
    load('gmail/thread-inline-reply.html');
    document.querySelector('.dw')!.remove();
    expect(gmailAdapter.observeRoots(document, { kind: 'gmail.compose' })).toEqual([document.body]);
    load('gmail/popout-compose.html');
    expect(gmailAdapter.observeRoots(document, { kind: 'gmail.compose' })).toEqual([document.querySelector('[role=main]')]);
  });
});

describe('composeIdAt', () => {
  it('names the compose an element is in, so the sidebar can follow the one in use', () => {
    load('gmail/inbox-dock.html');
    const recapSubject = findCompose(document, RECAP_ID)!.root.querySelector('input[name=subjectbox]')!;
    const welcomeText = findCompose(document, WELCOME_ID)!.root.querySelector('[g_editable=true] div')!.firstChild!;
    expect(gmailAdapter.composeIdAt!(document, recapSubject)).toBe(RECAP_ID);
    expect(gmailAdapter.composeIdAt!(document, welcomeText)).toBe(WELCOME_ID);
    expect(gmailAdapter.composeIdAt!(document, document.querySelector('[gh=cm]')!)).toBeNull();
  });
});
