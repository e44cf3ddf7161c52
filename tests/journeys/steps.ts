import { weekdayOf } from '../../lib/core/dates';
import type { AccountType } from './accounts';
import { afterBusinessDay, at, beforeBusinessDay, businessDay, onOrAfterBusinessDay, plusBusinessDays, plusDays } from './calendar';
import { branch, contact, CSM, email, tick, type CaseRecord, type World } from './world';

/** Who does a step: only the CSM's own steps get a skipping persona. */
export type Actor = 'csm' | 'customer' | 'lead';

export interface Step {
  key: string;
  title: string;
  actor: Actor;
  /** The day the SOP asks for it, moved off weekends (and holidays) as the SOP's days are. */
  due: string;
  /** The day the diligent CSM does it (never after `due`). */
  on: string;
  /**
   * The rules that must flag the step when it is skipped (any one of them, warning or error, by
   * the business day after `due`). `null`: no rule watches this step yet, so a skip cannot be
   * seen (named in docs/journeys.md, never counted as seen).
   */
  flaggedBy: string[] | null;
  apply(world: World): void;
}

const WELCOME_SUBJECT = 'Welcome to MedTrainer! Your onboarding with Ana Ortiz';
const KYC_LINE = 'Please fill in the Onboarding Survey (KYC): https://docs.google.com/forms/d/e/kyc-copy/viewform';
const SUPPORT_BLOCK =
  'Our Customer Support Department: Email: support@medtrainer.com Phone: 844.596.6553 Visit: https://support.medtrainer.com/ (7:00 AM to 7:00 PM CST, Monday to Friday)';

/** The rosters MT-CS-002's welcome/reminder template keeps for this account. */
const rosters = (type: AccountType): string[] => {
  const files = ['Initial Account Configuration Roster.xlsx', 'Initial Organization Management Setup.pdf'];
  if (!type.products.includes('Credentialing Software')) return files;
  return type.serviceLevel === 'Basic'
    ? [...files, 'Payor Roster.xlsx', 'Verification & Documents Roster.xlsx']
    : [...files, 'Credentialing Information Roster.xlsx'];
};

/** The next webinar of a product on or after `from` (Learning Tuesdays, Compliance Thursdays), on a business day. */
const webinarOn = (from: string, weekday: number): string => {
  let day = from;
  while (weekdayOf(day) !== weekday || !businessDay(day)) day = plusDays(day, 1);
  return day;
};

const step = (s: Omit<Step, 'actor' | 'due'> & Partial<Pick<Step, 'actor' | 'due'>>): Step => ({ actor: 'csm', due: s.on, ...s });

/** The touch of `on` (a call or an email recorded in the sidebar) logged in Outreach the same day, and ticked. */
const loggedInOutreach = (key: string, channel: 'email' | 'call', on: string, what: string): Step =>
  step({
    key: `${key}-logged`,
    title: `${what} logged in Outreach the same day`,
    on,
    flaggedBy: ['OUT-LOG-TOUCHES'],
    apply: (w) => void w.events.push(tick(`OUT-LOG-TOUCHES:${channel}:${on}`, on, '16:30')),
  });

/** The training sessions the account's products call for, starting the day after `from`, with their recaps. */
const trainings = (type: AccountType, from: string, template: string): { steps: Step[]; last: string } => {
  const steps: Step[] = [];
  let last = from;
  const sessions: Array<['Learning' | 'Compliance', number]> = [
    ['Learning', 2],
    ['Compliance', 4],
  ];
  for (const [product, weekday] of sessions) {
    if (!type.products.includes(product)) continue;
    const day = webinarOn(plusDays(from, 1), weekday);
    if (day > last) last = day;
    const held = product.toLowerCase();
    steps.push(
      step({
        key: `training-${held}`,
        title: `${product} training held, ticked in the sidebar`,
        on: day,
        flaggedBy: ['TR-SESSIONS'],
        apply: (w) => void w.events.push(tick(`TR-SESSIONS:${held}`, day, '12:00')),
      }),
      step({
        key: `training-recap-${held}`,
        title: `${product} training recap sent before the end of the day`,
        on: day,
        flaggedBy: ['TR-RECAP-DUE'],
        apply: (w) => {
          w.drafts.push({
            day,
            compose: email({
              subject: `${template} - ${product} training - ${type.name}`,
              bodyText: `Hi Jane, thank you for joining today's ${product} training. Participants: Jane Doe, Tom Lee. Modules: ${product} overview. Pending Subjects: none. Relevant Links: https://support.medtrainer.com/ ${SUPPORT_BLOCK}`,
              links: ['https://support.medtrainer.com/'],
            }),
          });
          w.events.push(tick(`TR-RECAP-DUE:${held}`, day, '16:00'));
        },
      }),
    );
  }
  return { steps, last };
};

/** MT-CS-020's Unresponsive branch from `since`: 10 business days of email and call, then close and the Failed-to-OB case. */
const unresponsive = (type: AccountType, since: string): Step[] => {
  // Only a booked-call account shows that the admin has not answered (the call is still unbooked);
  // on a Digital account nothing on the pages says so.
  const watch = type.path === 'calls' ? ['OB-CALL-SCHEDULED-DATE'] : null;
  const steps: Step[] = [
    step({ key: 'start-unresponsive', title: 'Account set to Unresponsive (the 10-day log starts)', on: since, flaggedBy: watch, apply: (w) => void w.events.push(branch('unresponsive', since)) }),
  ];
  let day = onOrAfterBusinessDay(since);
  for (let i = 1; i <= 10; i++) {
    const d = day;
    steps.push(
      step({ key: `contact-day-${i}`, title: `Contact log day ${i}: email and call`, on: d, flaggedBy: ['UNR-DAILY-10'], apply: (w) => void w.events.push(contact(d, 'email'), contact(d, 'call')) }),
      loggedInOutreach(`contact-day-${i}-email`, 'email', d, `Contact log day ${i}: the email`),
      loggedInOutreach(`contact-day-${i}-call`, 'call', d, `Contact log day ${i}: the call`),
    );
    if (i < 10) day = afterBusinessDay(day);
  }
  const close = afterBusinessDay(day);
  const caseRecord = (): CaseRecord => ({
    id: '500Dn00000FaIlDIAV',
    createdOn: close,
    fields: {
      'case.recordType': 'Customer Success',
      'case.account': { name: type.name },
      'case.type': 'Failed to OB',
      'case.status': 'New',
      'case.opened': at(close, '11:00'),
      'case.subject': `Failed to Onboard - ${type.name}`,
      'case.description': `${mmddyy(close)}_AO:Customer unresponsive after 10 business days of emails and calls`,
      'case.dueDate': plusDays(close, 30),
      'case.assignedTo': { name: CSM },
    },
  });
  steps.push(
    step({ key: 'close-onboarding', title: 'Notes entered, "Onboarding completed" checked, RSM looped in', on: close, flaggedBy: ['UNR-CLOSE-OB'], apply: (w) => void (w.onboarding['ob.completed'] = true) }),
    step({
      key: 'failed-to-ob-case',
      title: 'Failed to OB case created (due in 30 days, assigned to the CSM)',
      on: close,
      flaggedBy: ['UNR-FAILED-CASE'],
      apply: (w) => {
        w.cases.push(caseRecord());
        w.events.push(tick('UNR-FAILED-CASE', close, '11:30'));
      },
    }),
  );
  for (let week = 1; week * 7 <= 30; week++) {
    const d = onOrAfterBusinessDay(plusDays(close, week * 7));
    steps.push(
      step({
        key: `weekly-reach-out-${week}`,
        title: `Weekly reach-out ${week}, logged on the case`,
        on: d,
        flaggedBy: ['UNR-WEEKLY-REACH-OUT'],
        apply: (w) => void w.events.push(tick(`UNR-WEEKLY-REACH-OUT:week-${week}`, d, '11:00')),
      }),
    );
  }
  const closeCase = onOrAfterBusinessDay(plusDays(close, 30));
  steps.push(
    step({
      key: 'inform-lead',
      title: 'Still unresponsive at the case due date: the Lead informed',
      on: closeCase,
      flaggedBy: ['UNR-INFORM-LEAD'],
      apply: (w) => void w.events.push(tick('UNR-INFORM-LEAD', closeCase, '10:00')),
    }),
    step({
      key: 'lead-closes-case',
      title: 'The Lead closes the Failed to OB case',
      actor: 'lead',
      on: closeCase,
      flaggedBy: null,
      apply: (w) => {
        const c = w.cases.find((x) => x.fields['case.type'] === 'Failed to OB');
        if (c) c.fields['case.status'] = 'Closed';
      },
    }),
  );
  return steps;
};

const mmddyy = (day: string) => `${day.slice(5, 7)}/${day.slice(8, 10)}/${day.slice(2, 4)}`;

/** The day the admin books the onboarding call: on the same-day call, or the next business day after the reminder. */
const bookedOn = (type: AccountType, a: string): string => (type.admin === 'answers' ? a : afterBusinessDay(a));

/** The onboarding call's day (three business days after it is booked), or null when it is never booked. */
const callDay = (type: AccountType, a: string): string | null => (type.admin === 'never' ? null : plusBusinessDays(bookedOn(type, a), 3));

/** MT-CS-002's call process (Core, Strategic, SMB): the same-day call, the booked call, the recap, the trainings. */
const callProcess = (type: AccountType, a: string): Step[] => {
  const steps: Step[] = [];
  const booked = bookedOn(type, a);
  const call = plusBusinessDays(booked, 3);
  const smb = type.subtypes.includes('SMB');
  steps.push(step({ key: 'same-day-call', title: 'Same-day call to the admin', on: a, flaggedBy: ['OB-SAME-DAY-CALL'], apply: (w) => void w.events.push(tick('OB-SAME-DAY-CALL', a, '10:00')) }));
  steps.push(loggedInOutreach('same-day-call', 'call', a, 'Same-day call'));
  if (type.admin !== 'answers')
    steps.push(
      step({
        key: 'reminder-email',
        title: 'No answer: the "Welcome to MedTrainer! CSM" reminder sent the same day',
        on: a,
        flaggedBy: ['OB-REMINDER-EMAIL', 'OB-CALL-SCHEDULED-DATE'],
        apply: (w) => {
          const kyc = type.serviceLevel !== 'Basic';
          w.drafts.push({
            day: a,
            compose: email({
              subject: WELCOME_SUBJECT,
              bodyText: `Hi Jane, I'm Ana, your Customer Success Manager. Please book your onboarding call. ${kyc ? KYC_LINE : ''}`,
              links: kyc ? ['https://docs.google.com/forms/d/e/kyc-copy/viewform'] : [],
              attachments: rosters(type),
            }),
          });
          w.events.push(tick('OB-REMINDER-EMAIL', a, '10:30'));
        },
      }),
      loggedInOutreach('reminder-email', 'email', a, 'Reminder email'),
    );
  if (type.admin === 'never') return [...steps, ...unresponsive(type, afterBusinessDay(a))];

  if (type.admin === 'after-reminder')
    steps.push(step({ key: 'admin-books', title: 'The admin books the call after the reminder', actor: 'customer', on: booked, flaggedBy: null, apply: () => {} }));
  steps.push(
    step({ key: 'enter-call-date', title: '"Onboarding Call Scheduled For" entered when the call is booked', on: booked, flaggedBy: ['OB-CALL-SCHEDULED-DATE'], apply: (w) => void (w.onboarding['ob.callScheduledFor'] = call) }),
  );
  const prepOn = beforeBusinessDay(call);
  const prep: Array<readonly [string, string, string]> = [
    ['prep-review', 'OB-PREP-REVIEW', 'Contract, notes and website reviewed'],
    ['presentation', 'OB-PRESENTATION', 'Onboarding slides prepared'],
  ];
  // A Digital (SMB) account's CSM asks CS Ops only when the Discovery Notes are lacking (MT-CS-020);
  // here they are filled, so there is no meeting to hold.
  if (type.segmentation !== 'Digital')
    prep.push(['rsm-discovery', 'OB-RSM-DISCOVERY', 'Discovery Meeting with the RSM held'], ['rsm-logged', 'OB-RSM-LOGGED', 'Discovery Meeting with the RSM recorded and logged into the account']);
  for (const [key, rule, title] of prep)
    steps.push(step({ key, title, on: prepOn, due: call, flaggedBy: [rule], apply: (w) => void w.events.push(tick(rule, prepOn, '15:00')) }));
  // The in-call checklist is a to-do of the call day only, never a warning: nothing can flag a skip.
  steps.push(step({ key: 'call-agenda', title: 'During the call: slides walked through, the recap\'s CPR files announced', on: call, flaggedBy: null, apply: (w) => void w.events.push(tick('OB-CALL-AGENDA', call, '11:30')) }));
  steps.push(
    step({ key: 'call-completed-date', title: 'The onboarding call held; "Onboarding Call Completed Date" entered', on: call, flaggedBy: ['OB-CALL-COMPLETED-DATE'], apply: (w) => void (w.onboarding['ob.callCompletedDate'] = call) }),
    step({
      key: 'recap-email',
      title: 'Onboarding call recap sent the same day',
      on: call,
      flaggedBy: ['OB-RECAP-EMAIL'],
      apply: (w) => {
        w.drafts.push({
          day: call,
          insertTrainingDates: true,
          compose: email({
            subject: `${smb ? 'SMB ' : ''}Onboarding Call Recap - ${type.name}`,
            bodyText: `Hi Jane, thank you for your time today. Here is the recap of our onboarding call. Book time with me: https://calendly.com/ana-ortiz/30min${smb ? ' Your Customer Launch Kit link is below.' : ''} Upcoming training sessions:`,
            links: ['https://calendly.com/ana-ortiz/30min'],
            attachments: ['CPR Brochure.pdf', 'CPR Document.pdf'],
          }),
        });
        w.events.push(tick('OB-RECAP-EMAIL', call, '16:30'));
      },
    }),
  );
  if (smb)
    steps.push(step({ key: 'policy-manuals', title: 'Policy manuals folder shown to the admin', on: call, flaggedBy: ['SMB-POLICY-MANUALS'], apply: (w) => void w.events.push(tick('SMB-POLICY-MANUALS', call, '12:00')) }));
  const training = trainings(type, call, 'Training Recap');
  steps.push(...training.steps);
  const done = training.last;
  steps.push(step({ key: 'onboarding-completed', title: '"Onboarding completed" checked after the last training', on: done, flaggedBy: null, apply: (w) => void (w.onboarding['ob.completed'] = true) }));
  if (smb) {
    steps.push(
      step({
        key: 'smb-completed-recap',
        title: 'SMB Onboarding Completed Recap sent',
        on: done,
        // Due the day the last training is ticked held (TR-SESSIONS).
        flaggedBy: ['SMB-COMPLETED-RECAP'],
        apply: (w) => {
          w.drafts.push({
            day: done,
            compose: email({ subject: `Onboarding Completed - ${type.name}`, bodyText: 'Congratulations! Here are the Overview Videos: https://vimeo.com/medtrainer/overview', links: ['https://vimeo.com/medtrainer/overview'] }),
          });
          w.events.push(tick('SMB-COMPLETED-RECAP', done, '17:00'));
        },
      }),
    );
    const meeting = onOrAfterBusinessDay(plusDays(done, 60));
    steps.push(step({ key: 'smb-adoption-meeting', title: 'SMB adoption meeting 60 days after onboarding', on: meeting, flaggedBy: ['SMB-ADOPTION-60'], apply: (w) => void w.events.push(tick('SMB-ADOPTION-60', meeting, '15:00')) }));
    // What the meeting leaves behind (MT-CS-007): the checklist PDF right after it, the notes in the
    // Opportunity by the next business day; this admin agrees to be a reference (a tick, never
    // demanded, so skipping it flags nothing), then the Account's Reference fields by the next business day.
    const nextDay = afterBusinessDay(meeting);
    steps.push(
      step({ key: 'smb-adoption-checklist', title: 'SMB Adoption Checklist downloaded as a PDF and uploaded, ticked', on: meeting, flaggedBy: ['SMB-ADOPTION-ARTEFACTS'], apply: (w) => void w.events.push(tick('SMB-ADOPTION-ARTEFACTS:checklist', meeting, '15:30')) }),
      step({
        key: 'smb-adoption-notes',
        title: 'Adoption Notes filled in the Opportunity',
        on: meeting,
        due: nextDay,
        flaggedBy: ['SMB-ADOPTION-ARTEFACTS'],
        apply: (w) => void (w.opportunity['opp.adoptionNotes'] = 'Engagement increasing: Learning used weekly; admin asked about Credentialing. Agreed to be a reference.'),
      }),
      step({ key: 'smb-reference-agreed', title: 'The admin agrees to be a reference: ticked', on: meeting, flaggedBy: null, apply: (w) => void w.events.push(tick('SMB-ADOPTION-ARTEFACTS:reference-agreed', meeting, '15:30')) }),
      step({
        key: 'smb-reference-fields',
        title: 'Reference fields updated on the Account',
        on: meeting,
        due: nextDay,
        flaggedBy: ['SMB-ADOPTION-ARTEFACTS'],
        apply: (w) => {
          w.account['account.reference'] = true;
          w.account['account.referenceNotes'] = 'Happy to talk to prospects about Learning.';
        },
      }),
    );
  }
  if (type.cancellationAfter) steps.push(...cancellation(type, plusBusinessDays(a, type.cancellationAfter)));
  return steps;
};

/** A cancellation request (MT-CS-020 via MT-CS-005): the Escalation case, the call booked within 24 h, the lead's steps. */
const cancellation = (type: AccountType, day: string): Step[] => {
  const callDay = afterBusinessDay(day);
  const record: CaseRecord = {
    id: '500Dn00000EsCaLIAV',
    createdOn: day,
    fields: {
      'case.recordType': 'Escalations',
      'case.account': { name: type.name },
      'case.status': 'New',
      'case.opened': at(day, '11:00'),
      'case.subject': `Cancelation Request - ${type.name}`,
      'case.description': `${mmddyy(day)}_AO:Customer called support and asked to cancel the account`,
      'case.opportunity': { name: `${type.name} - New Business` },
      'case.contact': { name: 'Jane Doe' },
      'case.reason': 'Cancellation: budget',
      'case.directives': `${mmddyy(day)}_AO:Hold cancellation one more week, renegotiating`,
      'case.products': ['Learning', 'Compliance'],
      'case.callScheduledFor': null,
      'case.callCompletedDate': null,
      'case.resolutionOffered': null,
    },
  };
  // MT-CS-020: "Even if an account is escalated or unresponsive, it is important to have proof of
  // the 10 business day follow-up stage in the notes, as well as logged emails and calls."
  const contacts: Step[] = [];
  let contactDay = onOrAfterBusinessDay(day);
  for (let i = 1; i <= 10; i++) {
    const d = contactDay;
    contacts.push(
      step({ key: `escalation-contact-day-${i}`, title: `Escalation contact log day ${i}: email and call`, on: d, flaggedBy: ['ESC-DAILY-10'], apply: (w) => void w.events.push(contact(d, 'email'), contact(d, 'call')) }),
      loggedInOutreach(`escalation-contact-day-${i}-email`, 'email', d, `Escalation contact log day ${i}: the email`),
      loggedInOutreach(`escalation-contact-day-${i}-call`, 'call', d, `Escalation contact log day ${i}: the call`),
    );
    contactDay = afterBusinessDay(contactDay);
  }
  return [
    step({
      key: 'escalation-case',
      title: 'Escalation case created with every field',
      on: day,
      flaggedBy: null,
      apply: (w) => {
        w.cases.push({ ...record, fields: { ...record.fields } });
        w.events.push(branch('escalation', day));
      },
    }),
    step({
      key: 'escalation-call-booked',
      title: 'Call between client and lead booked within 24 hours',
      on: day,
      flaggedBy: ['ESC-CALL-24H'],
      apply: (w) => {
        const c = w.cases.find((x) => x.id === record.id);
        if (c) c.fields['case.callScheduledFor'] = at(callDay, '10:00');
      },
    }),
    step({
      key: 'lead-call',
      title: 'The lead holds the call, enters the completed date and the resolution',
      actor: 'lead',
      on: callDay,
      flaggedBy: null,
      apply: (w) => {
        const c = w.cases.find((x) => x.id === record.id);
        if (c) Object.assign(c.fields, { 'case.callCompletedDate': callDay, 'case.resolutionOffered': '30-day pause, then renegotiate', 'case.status': 'Waiting Approval' });
      },
    }),
    ...contacts,
  ];
};

/**
 * MT-CS-020's Outreach sequence for a Digital account (SMB ones too): added on the assignment day,
 * then its Day 1/4/30 steps (GameDay's check-in sequence: Day 30 only).
 */
const sequenceSteps = (type: AccountType, a: string, call?: string): Step[] => {
  const gameDay = type.subtypes.includes('GameDay');
  const sequence = gameDay ? 'Digital Account Adoption (GameDay) Check-In (30 Days After OB Email is Sent)' : 'DCSM Account Onboarding and Adoption';
  const cadenceDay = (n: number) => onOrAfterBusinessDay(plusDays(a, n - 1));
  const steps: Step[] = [
    step({
      key: 'add-to-sequence',
      title: `Admin added to "${sequence}"`,
      on: a,
      flaggedBy: ['DG-SEQUENCE'],
      apply: (w) => {
        w.outreach = { names: [sequence], addedOn: { [sequence]: at(a, '10:15') } };
      },
    }),
    // The SOP gives the copy no day of its own; it is due by the onboarding call when one is booked.
    step({ key: 'kyc-copy', title: 'Own copy of the KYC survey made', on: a, ...(call ? { due: call } : {}), flaggedBy: call ? ['DG-KYC-COPY'] : null, apply: (w) => void w.events.push(tick('DG-KYC-COPY', a, '11:00')) }),
  ];
  if (!gameDay) {
    const welcome = cadenceDay(1);
    const followUp = cadenceDay(4);
    steps.push(
      step({
        key: 'cadence-welcome',
        title: 'Day 1: manual initial welcome email',
        on: welcome,
        flaggedBy: ['DG-CADENCE'],
        apply: (w) => {
          // An SMB account follows MT-CS-002's process (MT-CS-007): its welcome is that template, rosters and all.
          const core = type.path === 'calls';
          const kyc = core && type.serviceLevel !== 'Basic';
          w.drafts.push({
            day: welcome,
            compose: email({
              subject: 'Welcome to MedTrainer!',
              bodyText: `Hi Jane, I'm Ana, your Customer Success Manager. Join our Learning and Compliance webinars. ${kyc ? KYC_LINE : ''} ${SUPPORT_BLOCK}`,
              links: ['https://support.medtrainer.com/'],
              attachments: core ? rosters(type) : [],
            }),
          });
          w.events.push(tick('DG-CADENCE:welcome-email', welcome, '12:00'));
        },
      }),
      step({ key: 'cadence-follow-up', title: 'Day 4: follow-up task', on: followUp, flaggedBy: ['DG-CADENCE'], apply: (w) => void w.events.push(tick('DG-CADENCE:follow-up-task', followUp, '12:00')) }),
    );
  }
  const day30 = cadenceDay(30);
  steps.push(
    step({ key: 'cadence-adoption-task', title: 'Day 30: adoption object update task', on: day30, flaggedBy: ['DG-CADENCE'], apply: (w) => void w.events.push(tick('DG-CADENCE:adoption-object-task', day30, '12:00')) }),
  );
  return steps;
};

/**
 * A plain Digital or GameDay account: the sequence, the review, the webinars (GameDay: a same-day
 * call first). `never`: the admin answers neither the welcome nor the follow-up, and the
 * Unresponsive branch starts the business day after the Day-4 follow-up.
 */
const digitalProcess = (type: AccountType, a: string): Step[] => {
  const steps: Step[] = [];
  if (type.path === 'gameday') {
    steps.push(step({ key: 'same-day-call', title: 'Same-day call: introduction and onboarding information', on: a, flaggedBy: ['OB-SAME-DAY-CALL'], apply: (w) => void w.events.push(tick('OB-SAME-DAY-CALL', a, '10:00')) }));
    steps.push(loggedInOutreach('same-day-call', 'call', a, 'Same-day call'));
  }
  steps.push(...sequenceSteps(type, a));
  steps.push(step({ key: 'prep-review', title: 'Contract, notes and website reviewed', on: a, flaggedBy: null, apply: (w) => void w.events.push(tick('OB-PREP-REVIEW', a, '11:30')) }));
  const followUp = onOrAfterBusinessDay(plusDays(a, 3));
  if (type.admin === 'never') steps.push(...unresponsive(type, afterBusinessDay(followUp)));
  else steps.push(...trainings(type, followUp, 'DCSM Onboarding Recap').steps);
  return steps;
};

/** Every step of the account's SOP from the assignment day `a`, in the order they fall. */
export const planSteps = (type: AccountType, a: string): Step[] => {
  const steps =
    type.path === 'calls'
      ? [...callProcess(type, a), ...(type.segmentation === 'Digital' ? sequenceSteps(type, a, callDay(type, a) ?? undefined) : [])]
      : type.path === 'none'
        ? []
        : digitalProcess(type, a);
  return steps.sort((x, y) => (x.on < y.on ? -1 : x.on > y.on ? 1 : 0));
};
