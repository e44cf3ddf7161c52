// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ComposeFacts, PageFacts } from '../../../../lib/core/facts/page-facts';
import { outreachAdapter } from '../../../../lib/sites/outreach/adapter';
import { findComposers } from '../../../../lib/sites/outreach/composer';
import type { AdapterSettings } from '../../../../lib/sites/types';
import { OUTREACH_FIXTURE_URLS as OUTREACH_PAGES } from '../../../fixtures/outreach/urls';
import { loadFixture } from '../gmail/fixture-dom';

const settings: AdapterSettings = { labels: {}, onboardingObject: 'Customer_Onboarding__c', timeZone: 'America/Chicago' };

function load(index: number) {
  const page = OUTREACH_PAGES[index]!;
  loadFixture(page.file, page.url);
  return page;
}

function collect(index: number): PageFacts[] {
  const url = new URL(OUTREACH_PAGES[index]!.url);
  return outreachAdapter.collect(document, url, outreachAdapter.detect(url, settings)!, settings);
}

const DCSM = 'DCSM Account Onboarding and Adoption';
const NEWSLETTER = 'MedTrainer Product Updates Newsletter';

const PROSPECT: PageFacts = {
  kind: 'outreach.prospect',
  url: 'https://web.outreach.io/prospects/12345/overview',
  host: 'web.outreach.io',
  recordId: '12345',
  ready: true,
  fields: {},
  outreach: {
    prospectId: '12345',
    prospectEmail: 'jane.doe@sunrisefamilyclinic.com',
    sequenceNames: [DCSM, NEWSLETTER],
    addedOn: { [DCSM]: '2026-11-27', [NEWSLETTER]: '2025-08-04' },
    unreadable: [],
  },
};

const COMPOSER: ComposeFacts = {
  composeId: expect.stringMatching(/^outreach-composer-\d+$/) as unknown as string,
  choiceKey: 'outreach:prospect-12345:step-4821-2',
  to: ['jane.doe@sunrisefamilyclinic.com'],
  cc: [],
  bcc: [],
  subject: "Welcome to MedTrainer! Let's get Sunrise Family Clinic started",
  bodyText: [
    'Hi Jane,',
    '',
    'Welcome to MedTrainer! I am Alex Rivera, your Customer Success Manager, and I will guide Sunrise Family Clinic through onboarding.',
    '',
    'Please book our 30-minute onboarding call here: Schedule your onboarding call',
    '',
    'Before the call, please fill in our short Onboarding Survey.',
    '',
    'Best,',
    'Alex Rivera',
  ].join('\n'),
  links: ['https://calendly.com/alex-rivera-medtrainer/onboarding-call', 'https://forms.gle/sNr1seKyc0nb0ard26'],
  attachments: [
    { name: 'Initial Account Configuration Roster.xlsx', size: '24 KB' },
    { name: 'Initial Organization Management Setup.pdf', size: '182 KB' },
    { name: 'Payor Roster.xlsx', size: '11 KB' },
    { name: 'Verification & Documents Roster.xlsx', size: '13 KB' },
    { name: 'Credentialing Information Roster.xlsm', size: '41 KB' },
    { name: 'Sunrise Staff List.xlsx', uploading: true },
  ],
  unreadable: [],
};

describe('outreach prospect page', () => {
  it('reads the id, the address and each sequence with the date the prospect was added', () => {
    load(0);
    expect(collect(0)).toEqual([PROSPECT]);
  });

  it('turns an "Added" time into a day in the CSM\'s zone, never its UTC date', () => {
    load(0);
    // Added on the evening of Mon Nov 30 in Chicago: 03:00 UTC on Dec 1.
    document.querySelector('section li p')!.innerHTML = 'Step 1 of 4 · Added <time datetime="2026-12-01T03:00:00.000Z">Nov 30, 2026</time>';
    const url = new URL(OUTREACH_PAGES[0]!.url);
    const read = (timeZone: string) =>
      outreachAdapter.collect(document, url, outreachAdapter.detect(url, settings)!, { ...settings, timeZone })[0]!.outreach!.addedOn;
    expect(read('America/Chicago')).toEqual({ [DCSM]: '2026-11-30', [NEWSLETTER]: '2025-08-04' });
    expect(read('Europe/Berlin')).toEqual({ [DCSM]: '2026-12-01', [NEWSLETTER]: '2025-08-04' });
    // A time without an offset is the page's own wall time: its date is kept.
    document.querySelector('section li time')!.setAttribute('datetime', '2026-12-01T03:00');
    expect(read('America/Chicago')?.[DCSM]).toBe('2026-12-01');
  });

  it('takes names from sequence links only: not the nav list link, not the "Open step" link', () => {
    load(0);
    const hrefs = [...document.querySelectorAll('a[href*="/sequences"]')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/sequences');
    expect(hrefs).toContain('/sequences/4821/steps/2');
    expect(collect(0)[0]!.outreach!.sequenceNames).toEqual([DCSM, NEWSLETTER]);
  });

  it('a prospect in no sequence has an empty list, not an unreadable one', () => {
    load(0);
    document.querySelectorAll('section li').forEach((li) => li.remove());
    document.querySelector('[role=alert]')!.remove();
    expect(collect(0)[0]!.outreach).toEqual({
      prospectId: '12345',
      prospectEmail: 'jane.doe@sunrisefamilyclinic.com',
      sequenceNames: [],
      unreadable: [],
    });
  });

  it('names what it could not find when the layout changed', () => {
    load(0);
    document.querySelector('section[aria-labelledby="prospect-sequences-heading"]')!.remove();
    document.querySelector('[role=alert]')!.remove();
    document.querySelector('a[href^="mailto:"]')!.remove();
    expect(collect(0)[0]!.outreach).toEqual({ prospectId: '12345', sequenceNames: [], unreadable: ['prospect email', 'sequence memberships'] });
  });

  it('is not ready while the React view has not rendered', () => {
    load(0);
    document.querySelector('main')!.innerHTML = '<div class="MuiCircularProgress-root" role="progressbar"></div>';
    expect(collect(0)).toEqual([{ ...PROSPECT, ready: false, outreach: { prospectId: '12345', sequenceNames: [], unreadable: [] } }]);
  });
});

describe('outreach sequence page', () => {
  it('reads the sequence name from its heading, on the current and the older host', () => {
    for (const index of [2, 3]) {
      const page = load(index);
      expect(collect(index)).toEqual([
        {
          kind: 'outreach.sequence',
          url: page.url,
          host: new URL(page.url).host,
          recordId: '4821',
          ready: true,
          fields: {},
          outreach: { sequenceId: '4821', sequenceNames: [DCSM], unreadable: [] },
        },
      ]);
    }
  });

  it('names the sequence name as unreadable when the heading is gone', () => {
    load(2);
    document.querySelector('h1')!.remove();
    expect(collect(2)[0]!.outreach).toEqual({ sequenceId: '4821', sequenceNames: [], unreadable: ['sequence name'] });
  });
});

describe('outreach composer', () => {
  it('adds an outreach.compose page for the open composer, after the prospect', () => {
    load(1);
    const pages = collect(1);
    expect(pages.map((p) => p.kind)).toEqual(OUTREACH_PAGES[1]!.collects);
    // This page shows its activity list too: the call of Nov 27 (the sequence event is no touch).
    expect(pages[0]).toEqual({ ...PROSPECT, url: OUTREACH_PAGES[1]!.url, outreach: { ...PROSPECT.outreach, activities: [{ type: 'call', day: '2026-11-27' }] } });
    expect(pages[1]).toEqual({
      kind: 'outreach.compose',
      url: OUTREACH_PAGES[1]!.url,
      host: 'web.outreach.io',
      ready: true,
      fields: {},
      compose: COMPOSER,
    });
  });

  it('keeps the composer key across reads and forgets the composer once closed', () => {
    load(1);
    const first = collect(1)[1]!.compose!.composeId;
    expect(collect(1)[1]!.compose!.composeId).toBe(first);
    document.querySelector('.MuiDialog-root')!.remove();
    expect(collect(1).map((p) => p.kind)).toEqual(['outreach.prospect']);
  });

  it('removing an attachment changes the facts', () => {
    load(1);
    document.querySelector('[aria-label="Remove Payor Roster.xlsx"]')!.closest('li')!.remove();
    expect(collect(1)[1]!.compose!.attachments.map((a) => a.name)).toEqual([
      'Initial Account Configuration Roster.xlsx',
      'Initial Organization Management Setup.pdf',
      'Verification & Documents Roster.xlsx',
      'Credentialing Information Roster.xlsm',
      'Sunrise Staff List.xlsx',
    ]);
  });

  it('opens anywhere in the app: on the tasks page only the composer is reported', () => {
    load(1);
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://web.outreach.io/tasks');
    const url = new URL('https://web.outreach.io/tasks');
    const pages = outreachAdapter.collect(document, url, outreachAdapter.detect(url, settings)!, settings);
    expect(pages.map((p) => p.kind)).toEqual(['outreach.compose']);
  });

  it('ignores dialogs without an editor', () => {
    load(0);
    document.body.insertAdjacentHTML('beforeend', '<div role="dialog" aria-label="Add to sequence"><input aria-label="Sequence"></div>');
    expect(findComposers(document)).toEqual([]);
    expect(collect(0)).toEqual([PROSPECT]);
  });

  it('names recipients unreadable when a chip shows a name only, or the To label is gone', () => {
    load(1);
    const chip = document.querySelector('[role=dialog] .MuiChip-label')!;
    chip.textContent = 'Jane Doe';
    chip.parentElement!.removeAttribute('title');
    expect(collect(1)[1]!.compose).toMatchObject({ to: [], unreadable: ['recipients'] });

    load(1);
    // "Recipients" now names the field too (issue 13): a label that names nothing we know stands for a renamed one.
    document.querySelector('label[id$="-to"]')!.textContent = 'Envelope';
    document.querySelector('label[for$="-subject"]')!.remove();
    expect(collect(1)[1]!.compose).toMatchObject({ to: [], subject: null, unreadable: ['recipients', 'subject'] });
  });
});

describe('composeIdAt', () => {
  it('names the composer an element is in, and nothing on the page behind it', () => {
    load(1);
    const id = findComposers(document)[0]!.id;
    expect(outreachAdapter.composeIdAt!(document, document.querySelector('[role=dialog] p')!)).toBe(id);
    expect(outreachAdapter.composeIdAt!(document, document.querySelector('main h1')!)).toBeNull();
  });
});

describe('Outreach prospect activity list', () => {
  const row = OUTREACH_PAGES.findIndex((p) => p.file === 'outreach/prospect-activity.html');

  it('reads each email, call and meeting with its day in the CSM zone; a task or a sequence event is no touch', () => {
    load(row);
    const [facts] = collect(row);
    expect(facts!.outreach!.activities).toEqual([
      { type: 'call', day: '2026-11-25' },
      // 02:30 UTC on Nov 26 is 8:30 PM on Nov 25 in Chicago.
      { type: 'email', day: '2026-11-25' },
      { type: 'meeting', day: '2026-12-02' },
    ]);
    expect(facts!.outreach!.unreadable).toEqual([]);
  });

  it('found by its heading, not by class names: a region named "Recent activity" with list items works too', () => {
    load(row);
    const section = document.querySelector('section[aria-labelledby="prospect-activity-heading"]')!;
    section.outerHTML =
      '<div role="region" aria-label="Recent activity"><ul><li>Outbound call · Connected · <span>11/30/2026</span></li><li>Email opened? no: Note added</li></ul></div>';
    expect(collect(row)[0]!.outreach!.activities).toEqual([{ type: 'call', day: '2026-11-30' }]);
  });

  it('says plainly when the page shows no activity list: no `activities` at all, not an empty one', () => {
    load(0);
    expect(collect(0)[0]!.outreach!.activities).toBeUndefined();
    load(row);
    document.querySelector('#prospect-activity-heading')!.closest('section')!.querySelector('[role=feed]')!.innerHTML = '';
    expect(collect(row)[0]!.outreach!.activities).toEqual([]);
  });
});
