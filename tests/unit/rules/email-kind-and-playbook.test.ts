import { describe, expect, it } from 'vitest';
import { containsAny, detectEmailKind, emailMarkersOf, emailMarkersSchema, isEmailKind } from '../../../lib/core/engine/email-kind';
import { EVALUATORS } from '../../../lib/core/engine/registry';
import { openForumSentence, OPEN_FORUM_TEMPLATE, SUPPORT_SNIPPET, trainingDatesText, upcomingTrainings, webinarSchedulesSchema } from '../../../lib/core/engine/snippets';
import type { ComposeFacts } from '../../../lib/core/facts/page-facts';
import { BUILTIN_PLAYBOOK } from '../../../lib/core/playbook/builtin';
import { parsePlaybook } from '../../../lib/core/playbook/validate';
import { mentionsDate } from '../../../lib/core/rules/onboarding/onboarding-emails';
import { compose, playbook, NOW, CORE, MY_RULES, run } from './support/compose';

const composeFacts = (c: Partial<ComposeFacts>): ComposeFacts => ({
  composeId: 'c', to: [], cc: [], bcc: [], subject: null, bodyText: null, links: [], attachments: [], unreadable: [], ...c,
});

describe('email kinds', () => {
  const markers = emailMarkersOf(playbook());

  it('collects one marker set per kind from the playbook', () => {
    expect(markers.map((m) => m.kind)).toEqual(['welcome', 'recap', 'training-recap', 'smb-completed-recap']);
  });

  it.each([
    ['Welcome to MedTrainer! – Ana, your CSM', 'welcome'],
    ['welcome to  MEDTRAINER!', 'welcome'],
    ['RE: welcome to  medtrainer!', 'other'],
    ['Onboarding Call Recap: Clinic', 'recap'],
    ['Training Recap – Compliance', 'training-recap'],
    ['SMB Onboarding Completed Recap', 'smb-completed-recap'],
    ['Invoice', 'other'],
  ])('subject "%s" → %s', (subject, kind) => {
    expect(detectEmailKind(composeFacts({ subject }), markers)).toBe(kind);
  });

  // Each combination: new email or reply (the thread's subject) × recognised by subject or by body.
  const bodies = {
    welcome: 'Hi Jane, Welcome to MedTrainer! My name is Ana, and I am your Customer Success Manager.',
    recap: 'Hi Jane, here is a recap of our onboarding call. Upcoming trainings below.',
    'training-recap': 'Thanks for joining! Here is a recap of our training.\nPending Subjects: SSO',
    other: 'Thanks, talk soon.',
  } as const;
  const subjects = {
    welcome: "Welcome to MedTrainer! Let's get started",
    recap: 'Onboarding Call Recap – Sunrise',
    'training-recap': 'Training Recap – Learning',
    other: 'Quick question',
  } as const;
  const KINDS = ['welcome', 'recap', 'training-recap', 'other'] as const;
  describe.each(KINDS)('%s', (kind) => {
    it('new email, by its subject', () => {
      expect(detectEmailKind(composeFacts({ subject: subjects[kind], bodyText: bodies.other }), markers)).toBe(kind);
    });
    it('new email, by its body', () => {
      expect(detectEmailKind(composeFacts({ subject: 'Sunrise Family Clinic', bodyText: bodies[kind] }), markers)).toBe(kind);
    });
    it('reply, by its subject alone: never (the subject is the thread\'s)', () => {
      expect(detectEmailKind(composeFacts({ subject: `Re: ${subjects[kind]}`, bodyText: bodies.other }), markers)).toBe('other');
    });
    it('reply, by its body: yes, whatever the thread', () => {
      expect(detectEmailKind(composeFacts({ subject: `Re: ${subjects.welcome}`, bodyText: bodies[kind] }), markers)).toBe(kind);
      expect(detectEmailKind(composeFacts({ subject: `RE: ${subjects.other}`, bodyText: bodies[kind] }), markers)).toBe(kind);
    });
  });

  it('what the body says beats a subject that says otherwise; a tie goes to the subject', () => {
    expect(detectEmailKind(composeFacts({ subject: subjects.welcome, bodyText: bodies.recap }), markers)).toBe('recap');
    const both = `${bodies.welcome} After the call you will get an onboarding call recap.`;
    expect(detectEmailKind(composeFacts({ subject: subjects.welcome, bodyText: both }), markers)).toBe('welcome');
    expect(detectEmailKind(composeFacts({ subject: subjects.recap, bodyText: both }), markers)).toBe('recap');
  });

  it('typographic apostrophes and spacing do not hide a marker', () => {
    expect(detectEmailKind(composeFacts({ subject: 'Re: Hi', bodyText: 'A recap of  today\u2019s\nonboarding call' }), markers)).toBe('recap');
  });

  it('the engine decides once: a reply carrying the recap in the welcome thread is checked as the recap only', () => {
    const model = run({
      facts: CORE,
      page: compose({ subject: `Re: ${subjects.welcome}`, bodyText: bodies.recap, attachments: [] }),
    });
    expect(model.items.find((i) => i.ruleId === 'OB-RECAP-EMAIL')?.state).toBe('error');
    expect(model.items.find((i) => i.ruleId === 'OB-ROSTERS')).toBeUndefined();
    expect(model.items.find((i) => i.ruleId === 'OB-REMINDER-EMAIL' && i.section === 'page')).toBeUndefined();
  });

  it('a declared kind overrides the markers', () => {
    const welcome = markers[0]!;
    expect(isEmailKind(composeFacts({ subject: 'Checking in', declaredKind: 'welcome' }), welcome)).toBe(true);
    expect(isEmailKind(composeFacts({ subject: 'Welcome to MedTrainer', declaredKind: 'recap' }), welcome)).toBe(false);
    expect(detectEmailKind(composeFacts({ subject: 'Welcome to MedTrainer', declaredKind: 'other' }), markers)).toBe('other');
  });

  it('body and link markers count too', () => {
    const m = emailMarkersSchema.parse({ kind: 'recap', template: 'X', bodyContains: ['see you at training'], linkContains: ['calendly.com/'] });
    expect(isEmailKind(composeFacts({ bodyText: 'See you  at\ntraining!' }), m)).toBe(true);
    expect(isEmailKind(composeFacts({ links: ['https://calendly.com/ana'] }), m)).toBe(true);
    expect(isEmailKind(composeFacts({ bodyText: 'hello' }), m)).toBe(false);
  });

  it('a marker set needs at least one marker', () => {
    expect(emailMarkersSchema.safeParse({ kind: 'recap', template: 'X' }).success).toBe(false);
  });

  it('containsAny ignores case and spacing', () => {
    expect(containsAny('Pending   SUBJECTS:', ['pending subjects'])).toBe(true);
    expect(containsAny(null, ['x'])).toBe(false);
  });
});

describe('mentionsDate', () => {
  it.each([
    ['December 1', true],
    ['Dec. 1st at 11', true],
    ['Tue, Dec 1, 2026', true],
    ['12/1', true],
    ['on 12/01/2026', true],
    ['Dec 10', false],
    ['12/10', false],
    ['112/1', false],
  ])('"%s" → %s', (text, expected) => {
    expect(mentionsDate(text, '2026-12-01')).toBe(expected);
  });
});

describe('snippets', () => {
  it('the Support snippet carries every contact detail MT-CS-020 gives', () => {
    for (const part of ['support@medtrainer.com', '844.596.6553', 'https://support.medtrainer.com/', '7:00 AM to 7:00 PM Central Time, Monday to Friday'])
      expect(SUPPORT_SNIPPET).toContain(part);
  });

  it('training dates for the account products only', () => {
    const schedules = webinarSchedulesSchema.parse({});
    const text = trainingDatesText(upcomingTrainings(NOW, ['Learning'], 1, schedules));
    expect(text).toBe('Upcoming training sessions:\n- Learning (45 minutes): Tue, Dec 1, 2026, 11:00 AM CST');
  });

  it('schedules are params: a changed weekday moves the dates', () => {
    const schedules = webinarSchedulesSchema.parse({ Learning: { weekday: 3, time: '10:30', minutes: 30 } });
    expect(trainingDatesText(upcomingTrainings(NOW, ['Learning'], 1, schedules))).toMatch(/Learning \(30 minutes\): Wed, Dec 2, 2026, 10:30 AM CST/);
  });

  it('the open forum sentence names the date', () => {
    expect(openForumSentence(OPEN_FORUM_TEMPLATE, '2026-12-03')).toMatch(/The next one is on Thursday, December 3, 2026;/);
  });
});

describe('playbook entries', () => {
  it('every rule of these groups is in the built-in playbook exactly once, with its own evaluator', () => {
    for (const id of MY_RULES) {
      const entries = BUILTIN_PLAYBOOK.rules.filter((r) => r.id === id);
      expect(entries, id).toHaveLength(1);
      const evaluator = entries[0]!.check.evaluator;
      expect(EVALUATORS[evaluator], id).toBeDefined();
      expect(evaluator === id || evaluator === 'manual', id).toBe(true);
    }
  });

  it('each entry parses with its evaluator params schema', () => {
    expect(playbook().rules).toHaveLength(MY_RULES.length);
  });

  it('bad params are reported by entry and field', () => {
    const rules = BUILTIN_PLAYBOOK.rules
      .filter((r) => (MY_RULES as readonly string[]).includes(r.id))
      .map((r) => (r.id === 'OB-ROSTERS' ? { ...r, check: { ...r.check, params: { ...r.check.params, always: [] } } } : r));
    const parsed = parsePlaybook({ ...BUILTIN_PLAYBOOK, rules });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join('\n')).toMatch(/OB-ROSTERS\) › check\.params\.always/);
  });

  it('a marker set for the wrong email kind is refused', () => {
    const rules = BUILTIN_PLAYBOOK.rules
      .filter((r) => (MY_RULES as readonly string[]).includes(r.id))
      .map((r) =>
        r.id === 'TR-RECAP'
          ? { ...r, check: { ...r.check, params: { ...r.check.params, email: { kind: 'welcome', template: 'X', subjectContains: ['Y'] } } } }
          : r,
      );
    const parsed = parsePlaybook({ ...BUILTIN_PLAYBOOK, rules });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join('\n')).toMatch(/TR-RECAP.*training-recap/);
  });

  it('an open forum sentence without {date} is refused', () => {
    const rules = BUILTIN_PLAYBOOK.rules
      .filter((r) => (MY_RULES as readonly string[]).includes(r.id))
      .map((r) => (r.id === 'SMB-OPEN-FORUMS' ? { ...r, check: { ...r.check, params: { minutes: 30, sentence: 'Join us!' } } } : r));
    expect(parsePlaybook({ ...BUILTIN_PLAYBOOK, rules }).ok).toBe(false);
  });

  it('an FMC-only account shows none of these rules', () => {
    const model = run({ facts: { ...CORE, products: ['Credentialing Service'] } });
    expect(model.items.filter((i) => (MY_RULES as readonly string[]).includes(i.ruleId))).toEqual([]);
  });
});
