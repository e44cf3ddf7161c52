// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ComposeFacts, PageFacts } from '../../../../lib/core/facts/page-facts';
import { gmailAdapter } from '../../../../lib/sites/gmail/adapter';
import type { AdapterSettings } from '../../../../lib/sites/types';
import { GMAIL_FIXTURE_URLS as GMAIL_PAGES } from '../../../fixtures/gmail/urls';
import { loadFixture } from './fixture-dom';

const urlOf = (file: string) => GMAIL_PAGES.find((p) => p.file === file)!.url;

const settings: AdapterSettings = { labels: {}, onboardingObject: 'Customer_Onboarding__c', timeZone: 'America/Chicago' };

function collectPage(file: string): PageFacts[] {
  const page = GMAIL_PAGES.find((p) => p.file === file)!;
  loadFixture(file, page.url);
  const url = new URL(page.url);
  return gmailAdapter.collect(document, url, gmailAdapter.detect(url, settings)!, settings);
}

const composes = (file: string): ComposeFacts[] => collectPage(file).map((facts) => facts.compose!);

const lines = (...text: string[]) => text.join('\n');
const SIGNATURE = lines('--', 'Alex Rivera', 'Customer Success Manager | MedTrainer', 'alex.rivera@medtrainer.com | 888.222.1934');
const JANE = 'jane.doe@sunrisefamilyclinic.com';
const MICHAEL = 'michael.chen@sunrisefamilyclinic.com';

const WELCOME_BODY = lines(
  'Hi Jane,',
  '',
  'Welcome to MedTrainer! My name is Alex Rivera, and I am your Customer Success Manager. I tried to reach you by phone today to introduce myself and to schedule your onboarding call.',
  '',
  'Please pick a time for our 30-minute onboarding call here: Schedule your onboarding call',
  '',
  'Before the call, please fill in our short Onboarding Survey so I can tailor the session to your team.',
  '',
  'I have attached the rosters we use to configure your account. Please start filling them in before our call:',
  'Initial Account Configuration Roster',
  'Initial Organization Management Setup',
  'Credentialing rosters (only if you purchased Credentialing Software)',
  'Looking forward to working with you!',
  '',
  '',
  SIGNATURE,
);

/** (a) The welcome/reminder email with the template's full roster set. */
const WELCOME: ComposeFacts = {
  composeId: 'msg-a:r-5803117346239548021',
  choiceKey: 'msg-a:r-5803117346239548021',
  to: [JANE],
  cc: [MICHAEL],
  bcc: [],
  subject: "Welcome to MedTrainer! Let's get Sunrise Family Clinic started",
  bodyText: WELCOME_BODY,
  links: [
    'https://calendly.com/alex-rivera-medtrainer/onboarding-call',
    'https://forms.gle/sNr1seKyc0nb0ard26',
    'mailto:alex.rivera@medtrainer.com',
  ],
  attachments: [
    { name: 'Initial Account Configuration Roster.xlsx', size: '(24K)' },
    { name: 'Initial Organization Management Setup.pdf', size: '(182K)' },
    { name: 'Payor Roster.xlsx', size: '(11K)' },
    { name: 'Verification & Documents Roster.xlsx', size: '(13K)' },
    { name: 'Credentialing Information Roster.xlsx', size: '(38K)' },
  ],
  unreadable: [],
};

/** (b) The onboarding call recap, in the classic recipients UI. */
const RECAP: ComposeFacts = {
  composeId: 'msg-a:r-2236590132877410023',
  choiceKey: 'msg-a:r-2236590132877410023',
  to: [JANE],
  cc: [MICHAEL],
  bcc: ['priya.natarajan@medtrainer.com'],
  subject: 'Sunrise Family Clinic – Onboarding Call Recap',
  bodyText: lines(
    'Hi Jane and Michael,',
    '',
    "Thank you for your time on today's onboarding call! Here is a short recap.",
    '',
    'Next steps',
    'Finish the Initial Account Configuration Roster',
    'Upload your current policies to Documents & Policies',
    'Upcoming training sessions (45 minutes each)',
    'Learning webinar: Tuesday, December 1, 2026 at 11:00 AM CST',
    'Compliance webinar: Thursday, December 3, 2026 at 11:00 AM CST',
    'If you need time with me before then, book it on my calendar: https://calendly.com/alex-rivera-medtrainer/30min',
    '',
    'I have also attached the CPR course information: the CPR Brochure and the CPR Document.',
    '',
    'Best,',
    '',
    SIGNATURE,
  ),
  links: ['https://calendly.com/alex-rivera-medtrainer/30min', 'mailto:alex.rivera@medtrainer.com'],
  attachments: [
    { name: 'CPR Brochure.pdf', size: '(1.2M)' },
    { name: 'CPR Document.pdf', size: '(356K)' },
  ],
  unreadable: [],
};

/** The minimized reply: keyed by composeid (no draft saved yet), quoted history left out. */
const KYC_REPLY: ComposeFacts = {
  composeId: 'rq1x9b',
  threadId: 'thread-f:1782011122334455667',
  choiceKey: 'thread-f:1782011122334455667',
  to: [JANE],
  cc: [],
  bcc: [],
  subject: 'Re: Sunrise Family Clinic – Onboarding Survey',
  bodyText: lines(
    'Hi Jane,',
    '',
    'Thanks for sending the survey back so quickly! I will use it to prepare our onboarding call.',
    '',
    '',
    SIGNATURE,
  ),
  links: ['mailto:alex.rivera@medtrainer.com'],
  attachments: [],
  unreadable: [],
};

/** (c) The training recap in a pop-out window. */
const TRAINING_RECAP: ComposeFacts = {
  composeId: 'msg-a:r-4410982277150043391',
  choiceKey: 'msg-a:r-4410982277150043391',
  to: [JANE],
  cc: [MICHAEL],
  bcc: ['priya.natarajan@medtrainer.com'],
  subject: 'Sunrise Family Clinic – Learning Training Recap',
  bodyText: lines(
    'Hi Jane,',
    '',
    "Thank you for joining today's Learning training. Here is the recap.",
    '',
    'Participants',
    'Jane Doe (Administrator)',
    'Michael Chen (Office Manager)',
    'Modules',
    'Course Library and CE Course Library',
    'Group Learning',
    'Admin and Student Dashboards',
    'Onboarding Path',
    'Settings and Company Settings',
    'Pending Subjects',
    'Assign the annual OSHA courses to the clinical staff',
    'Compliance training on Thursday, December 3, 2026 at 11:00 AM CST',
    'Relevant Links',
    'Course Library guide',
    'Onboarding Path guide',
    'Our Customer Support Department',
    'The MedTrainer Support team is available from 7:00 AM to 7:00 PM CST, Monday to Friday:',
    'Email: support@medtrainer.com',
    'Phone: 844.596.6553',
    'Visit: https://support.medtrainer.com/',
    '',
    'Best,',
    '',
    SIGNATURE,
  ),
  links: [
    'https://support.medtrainer.com/hc/en-us/articles/360041112233-Course-Library',
    'https://support.medtrainer.com/hc/en-us/articles/360045556677-Onboarding-Path',
    'mailto:support@medtrainer.com',
    'https://support.medtrainer.com/',
    'mailto:alex.rivera@medtrainer.com',
  ],
  attachments: [],
  unreadable: [],
};

/** (d) An inline reply: an upload in progress and a Drive chip; thread id from the thread view. */
const INLINE_REPLY: ComposeFacts = {
  composeId: 'msg-a:r-7719203348855310021',
  threadId: 'thread-f:1781936620571146274',
  choiceKey: 'thread-f:1781936620571146274',
  to: [JANE],
  cc: [],
  bcc: [],
  subject: "Re: Welcome to MedTrainer! Let's get Sunrise Family Clinic started",
  bodyText: lines(
    'Hi Jane,',
    '',
    'Here is the staff list template; it is still uploading as I write. I also shared our onboarding plan below.',
    '',
    '',
    '',
    SIGNATURE,
  ),
  links: ['mailto:alex.rivera@medtrainer.com'],
  attachments: [
    { name: 'Staff List Template.xlsx', uploading: true },
    { name: 'Sunrise Family Clinic – Onboarding Plan' },
  ],
  unreadable: [],
};

describe('gmail collect: one PageFacts per open compose', () => {
  it('inbox dock: two open windows (peoplekit and classic) and a minimized one, in dock order', () => {
    const pages = collectPage('gmail/inbox-dock.html');
    expect(pages.map(({ compose, ...rest }) => rest)).toEqual(
      Array(3).fill({ kind: 'gmail.compose', url: urlOf('gmail/inbox-dock.html'), host: 'mail.google.com', ready: true, fields: {} }),
    );
    expect(pages.map((p) => p.compose)).toEqual([WELCOME, RECAP, KYC_REPLY]);
  });

  it('thread view: the inline reply, its upload in progress and its Drive chip', () => {
    expect(composes('gmail/thread-inline-reply.html')).toEqual([INLINE_REPLY]);
  });

  it('pop-out window: the training recap with Participants, Modules, Pending Subjects, Relevant Links and Support', () => {
    expect(composes('gmail/popout-compose.html')).toEqual([TRAINING_RECAP]);
  });

  it('full-screen window: read like a dock window', () => {
    expect(composes('gmail/fullscreen-compose.html')).toEqual([
      {
        composeId: 'msg-a:r-6650127730045512298',
        choiceKey: 'msg-a:r-6650127730045512298',
        to: ['sam.ortiz@lakesidedental.com'],
        cc: [],
        bcc: [],
        subject: "Welcome to MedTrainer! Let's get Lakeside Dental started",
        bodyText: lines(
          'Hi Sam,',
          '',
          'Welcome to MedTrainer! I am your Customer Success Manager and will guide you through onboarding.',
          '',
          'Please book our onboarding call here: Schedule your onboarding call',
          'and fill in the Onboarding Survey before we meet.',
          '',
          '',
          SIGNATURE,
        ),
        links: [
          'https://calendly.com/alex-rivera-medtrainer/onboarding-call',
          'https://forms.gle/sNr1seKyc0nb0ard26',
          'mailto:alex.rivera@medtrainer.com',
        ],
        attachments: [
          { name: 'Initial Account Configuration Roster.xlsx', size: '(24K)' },
          { name: 'Initial Organization Management Setup.pdf', size: '(182K)' },
        ],
        unreadable: [],
      } satisfies ComposeFacts,
    ]);
  });

  it('drifted markup: renamed classes cost only the attachments; a new compose generation names each lost part', () => {
    const [renamed, rebuilt] = composes('gmail/drift.html');
    // Recipients, subject and body hang on role/name/g_editable hooks, which survived the rename.
    expect(renamed).toEqual({
      ...WELCOME,
      composeId: 'msg-a:r-9034417765512309981',
      choiceKey: 'msg-a:r-9034417765512309981',
      cc: [],
      attachments: [],
      unreadable: ['attachments'],
    });
    expect(rebuilt).toEqual({
      composeId: expect.stringMatching(/^gmail-compose-\d+$/),
      to: [],
      cc: [],
      bcc: [],
      subject: null,
      bodyText: null,
      links: [],
      attachments: [],
      unreadable: ['recipients', 'subject', 'body'],
    });
  });

  it('a page without composes yields no facts, and hostile markup never throws', () => {
    loadFixture('gmail/inbox-dock.html', urlOf('gmail/inbox-dock.html'));
    document.querySelector('.dw')!.remove();
    const url = new URL(urlOf('gmail/inbox-dock.html'));
    expect(gmailAdapter.collect(document, url, { kind: 'gmail.compose' }, settings)).toEqual([]);

    // A compose whose subject input throws on read (a page script redefined `value`).
    loadFixture('gmail/popout-compose.html', urlOf('gmail/popout-compose.html'));
    Object.defineProperty(document.querySelector('input[name=subjectbox]')!, 'value', {
      get() {
        throw new Error('page script');
      },
    });
    const [facts] = gmailAdapter.collect(document, new URL(urlOf('gmail/popout-compose.html')), { kind: 'gmail.compose' }, settings);
    expect(facts!.compose).toEqual({ ...TRAINING_RECAP, subject: null, unreadable: ['subject'] });
  });
});

describe('gmail collect: the key a choice is remembered under (issue 14)', () => {
  it('a reply is keyed by its thread and a saved draft by its draft id: both outlive a reload', () => {
    const [welcome, , reply] = composes('gmail/inbox-dock.html');
    expect(welcome!.choiceKey).toBe('msg-a:r-5803117346239548021');
    expect(reply!.choiceKey).toBe('thread-f:1782011122334455667');
    const [inline] = composes('gmail/thread-inline-reply.html');
    expect(inline!.choiceKey).toBe('thread-f:1781936620571146274');
  });

  it('a compose known only by its composeid or a generated id has none: those restart on every load', () => {
    loadFixture('gmail/inbox-dock.html', urlOf('gmail/inbox-dock.html'));
    const draft = document.querySelector<HTMLInputElement>('input[name=draft][value="#msg-a:r-5803117346239548021"]')!;
    draft.value = 'undefined';
    const url = new URL(urlOf('gmail/inbox-dock.html'));
    const [unsaved] = gmailAdapter.collect(document, url, { kind: 'gmail.compose' }, settings).map((p) => p.compose!);
    expect(unsaved!.composeId).toBe('8b1e2c');
    expect(unsaved!.choiceKey).toBeUndefined();
    const [, rebuilt] = composes('gmail/drift.html');
    expect(rebuilt!.composeId).toMatch(/^gmail-compose-\d+$/);
    expect(rebuilt!.choiceKey).toBeUndefined();
  });
});
