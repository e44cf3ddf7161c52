import { describe, expect, it } from 'vitest';
import { perCsmStats } from '@/lib/audit/per-csm';
import { summarizeAccount } from '@/lib/audit/summarize';
import { createSummaryCache, knownAccountIds } from '@/lib/audit/summary-cache';
import { activityAuthor, authorLine } from '@/lib/audit/author';
import { accountTimeline, authorNotes, contactLog, UNPROVEN_TEXT } from '@/lib/audit/timeline';
import { ACCOUNT_A, ACCOUNT_B, ACCOUNT_C, CONTEXT, PLAYBOOK, TODAY, branch, contact, digital, profile, tick } from './support';

const states = (s: ReturnType<typeof summarizeAccount>) => Object.fromEntries(s.items.map((i) => [i.ruleId, i.state]));

describe('summarizeAccount (audit mode: the engine without a page)', () => {
  const p = digital(ACCOUNT_A, 'Lakeside Clinic', 'Jane Doe', '2026-11-02');
  const events = [tick(ACCOUNT_A, 'OB-PRESENTATION', true, 'Jane Doe', '2026-11-03T16:00:00.000Z')];

  it('reads the account columns from the profile and links back to the org it was seen on', () => {
    const s = summarizeAccount(ACCOUNT_A, p, events, CONTEXT);
    expect(s).toMatchObject({
      accountId: ACCOUNT_A,
      name: 'Lakeside Clinic',
      csm: 'Jane Doe',
      csmLeader: 'Lee Park',
      segment: 'Digital',
      tier: 'Standard',
      stage: 'onboarding',
      stageName: 'Onboarding',
      orgHost: 'acme.my.salesforce.com',
      recordUrl: 'https://acme.my.salesforce.com/lightning/r/Account/001Hs00003ABCdeIAG/view',
      hasProfile: true,
      eventCount: 1,
      lastActivity: { at: '2026-11-03T16:00:00.000Z', by: 'Jane Doe', id: expect.any(String) },
      today: TODAY,
    });
  });

  it('counts done among the steps that apply, and lists overdue steps with their days late', () => {
    const s = summarizeAccount(ACCOUNT_A, p, events, CONTEXT);
    const steps = s.items.filter((i) => ['todo', 'done', 'warn', 'error'].includes(i.state)).map((i) => `${i.ruleId}:${i.state}`);
    // A GameDay account: the reminder email (MT-CS-002's) is not one of its steps, and its sequence
    // has the Day 30 steps only, so nothing of it is due yet. Its Learning training was expected on
    // Nov 10, the first Tuesday after its Day-4 follow-up.
    expect(steps).toEqual(['OB-SAME-DAY-CALL:error', 'OB-PRESENTATION:done', 'DG-CADENCE:todo', 'DG-KYC-COPY:todo', 'TR-SESSIONS:error']);
    expect([s.done, s.applicable, s.completion]).toEqual([1, 5, 0.2]);
    expect(states(s)['OB-REMINDER-EMAIL']).toBe('na');
    expect(s.overdue.map((i) => [i.ruleId, i.due, i.overdueDays])).toEqual([
      ['OB-SAME-DAY-CALL', '2026-11-02', 25],
      ['TR-SESSIONS', '2026-11-10', 17],
    ]);
    expect(states(s)).toMatchObject({ 'CLS-SMB': 'na', 'UNR-DAILY-10': 'na', 'TR-SCHEDULE': 'info' });
    expect(s.flags).toEqual([]);
  });

  it('flags the Unresponsive branch with how long it has been open, and shows the 10-day log with who logged what', () => {
    const log = [
      ...events,
      branch(ACCOUNT_A, 'unresponsive', '2026-11-23', 'Jane Doe', '2026-11-23T15:00:00.000Z'),
      contact(ACCOUNT_A, '2026-11-23', 'email', 'Jane Doe', '2026-11-23T15:05:00.000Z'),
      contact(ACCOUNT_A, '2026-11-23', 'call', 'Sam Roe', '2026-11-23T16:00:00.000Z'),
      contact(ACCOUNT_A, '2026-11-24', 'email', 'Jane Doe', '2026-11-24T15:00:00.000Z'),
    ];
    const s = summarizeAccount(ACCOUNT_A, p, log, CONTEXT);
    expect(s.stage).toBe('unresponsive');
    expect(s.flags[0]).toEqual({ kind: 'branch', text: 'Unresponsive', state: 'warn', since: '2026-11-23', openDays: 4 });
    const rows = contactLog(s);
    expect(rows).toHaveLength(10);
    expect(rows.slice(0, 3).map((r) => [r.day, r.state, r.email?.by ?? null, r.call?.by ?? null])).toEqual([
      ['2026-11-23', 'done', 'Jane Doe', 'Sam Roe'],
      ['2026-11-24', 'error', 'Jane Doe', null],
      ['2026-11-25', 'error', null, null],
    ]);
    // Thanksgiving (Nov 26) is a holiday: not a row of the log.
    expect(rows[3]!.day).toBe('2026-11-27');
  });

  it('adds a page-only step that someone ticked by hand on its page; other page-only steps stay out', () => {
    const s = summarizeAccount(ACCOUNT_A, p, [...events, tick(ACCOUNT_A, 'OB-MEETING-TYPE', true, 'Jane Doe', '2026-11-04T15:00:00.000Z')], CONTEXT);
    const item = s.items.find((i) => i.ruleId === 'OB-MEETING-TYPE');
    expect(item).toMatchObject({ state: 'done', source: 'checked-off', manual: { by: 'Jane Doe', done: true } });
    expect([s.done, s.applicable]).toEqual([2, 6]);
    expect(s.items.some((i) => i.ruleId === 'CSO-SYSTEM-CODES')).toBe(false);
  });

  it('leaves disabled rules out', () => {
    const s = summarizeAccount(ACCOUNT_A, p, events, { ...CONTEXT, settings: { ...CONTEXT.settings, disabledRules: ['DG-CADENCE'] } });
    expect(s.items.some((i) => i.ruleId === 'DG-CADENCE')).toBe(false);
    expect(s.overdue.map((i) => i.ruleId)).toEqual(['OB-SAME-DAY-CALL', 'TR-SESSIONS']);
  });

  it('an account known only from imported events has no name yet but a stage and its progress', () => {
    const s = summarizeAccount(ACCOUNT_B, undefined, [branch(ACCOUNT_B, 'escalation', '2026-11-20', 'Sam Roe', '2026-11-20T15:00:00.000Z')], CONTEXT);
    expect(s).toMatchObject({ name: null, csm: null, stage: 'escalation', hasProfile: false, recordUrl: null });
    expect(s.flags[0]).toMatchObject({ kind: 'branch', text: 'Escalation / cancellation', state: 'error', openDays: 7 });
  });

  it('never links to a host that is not a Salesforce org (an imported profile is untrusted)', () => {
    const s = summarizeAccount(ACCOUNT_C, profile(ACCOUNT_C, { accountName: 'X' }, { orgHost: 'evil.example.com' }), [], CONTEXT);
    expect(s.recordUrl).toBeNull();
  });
});

describe('the summary cache', () => {
  const profiles = {
    [ACCOUNT_A]: digital(ACCOUNT_A, 'Lakeside Clinic', 'Jane Doe', '2026-11-02'),
    [ACCOUNT_B]: digital(ACCOUNT_B, 'Harbor Dental', 'Sam Roe', '2026-11-16'),
  };
  const events = [tick(ACCOUNT_C, 'OB-PRESENTATION', true, 'Sam Roe', '2026-11-20T15:00:00.000Z')];

  it('knows every account with a profile or with events', () => {
    expect(knownAccountIds(profiles, events).sort()).toEqual([ACCOUNT_A, ACCOUNT_C, ACCOUNT_B].sort());
  });

  it('evaluates only the accounts whose profile or events changed; a new day re-evaluates all', () => {
    const cache = createSummaryCache();
    const first = cache.summarize(profiles, events, CONTEXT);
    expect(cache.lastEvaluated).toBe(3);
    // Storage re-reads give new objects with the same content: nothing to evaluate.
    const copy = JSON.parse(JSON.stringify({ profiles, events }));
    const second = cache.summarize(copy.profiles, copy.events, CONTEXT);
    expect(cache.lastEvaluated).toBe(0);
    expect(second[0]).toBe(first[0]);
    const third = cache.summarize(profiles, [...events, tick(ACCOUNT_A, 'OB-REMINDER-EMAIL', true, 'Jane Doe', '2026-11-27T14:00:00.000Z')], CONTEXT);
    expect(cache.lastEvaluated).toBe(1);
    expect(third.find((s) => s.accountId === ACCOUNT_A)!.items.find((i) => i.ruleId === 'OB-REMINDER-EMAIL')!.state).toBe('done');
    cache.summarize(profiles, events, { ...CONTEXT, now: '2026-11-28T15:00:00.000Z' });
    expect(cache.lastEvaluated).toBe(3);
  });

  it('a re-read profile whose content changed is evaluated again, each time it changes', () => {
    const cache = createSummaryCache();
    cache.summarize(profiles, events, CONTEXT);
    // The first summaries keep no text of their profile; it is made when a new object comes.
    const renamed = { ...profiles, [ACCOUNT_A]: digital(ACCOUNT_A, 'Lakeside Clinic West', 'Jane Doe', '2026-11-02') };
    const copy = JSON.parse(JSON.stringify(renamed));
    expect(cache.summarize(copy, events, CONTEXT).find((s) => s.accountId === ACCOUNT_A)!.name).toBe('Lakeside Clinic West');
    expect(cache.lastEvaluated).toBe(1);
    expect(cache.summarize(JSON.parse(JSON.stringify(renamed)), events, CONTEXT)).toHaveLength(3);
    expect(cache.lastEvaluated).toBe(0);
    const back = cache.summarize(JSON.parse(JSON.stringify(profiles)), events, CONTEXT);
    expect(cache.lastEvaluated).toBe(1);
    expect(back.find((s) => s.accountId === ACCOUNT_A)!.name).toBe('Lakeside Clinic');
  });

  it('an account that cannot be summarised is named with the reason; the others are summarised', () => {
    const cache = createSummaryCache();
    // Past the schemas only by a bug: a branch start no calendar has.
    const bad = branch(ACCOUNT_B, 'unresponsive', '2026-02-30', 'Sam Roe', '2026-11-20T15:00:00.000Z');
    const out = cache.summarize(profiles, [...events, bad], CONTEXT);
    expect(out.map((s) => s.accountId).sort()).toEqual([ACCOUNT_A, ACCOUNT_C].sort());
    expect(cache.lastFailed).toEqual([{ accountId: ACCOUNT_B, message: 'Not a YYYY-MM-DD date: "2026-02-30"' }]);
    cache.summarize(profiles, events, CONTEXT);
    expect(cache.lastFailed).toEqual([]);
  });
});

describe('per-CSM numbers for the chart', () => {
  it('adds up completion and overdue counts per CSM, unknown CSM last', () => {
    const summaries = [
      summarizeAccount(ACCOUNT_A, digital(ACCOUNT_A, 'Lakeside Clinic', 'Jane Doe', '2026-11-02'), [], CONTEXT),
      summarizeAccount(ACCOUNT_B, digital(ACCOUNT_B, 'Harbor Dental', 'Jane Doe', '2026-11-27'), [], CONTEXT),
      summarizeAccount(ACCOUNT_C, undefined, [], CONTEXT),
    ];
    const stats = perCsmStats(summaries);
    expect(stats.map((s) => [s.csm, s.accounts, s.done, s.applicable, s.overdue, s.accountsOverdue])).toEqual([
      ['Jane Doe', 2, summaries[0]!.done + summaries[1]!.done, summaries[0]!.applicable + summaries[1]!.applicable, 2, 1],
      [null, 1, summaries[2]!.done, summaries[2]!.applicable, 0, 0],
    ]);
    expect(stats[0]!.completion).toBeCloseTo(stats[0]!.done / stats[0]!.applicable);
  });
});

describe('an account timeline', () => {
  it('lists every event newest first, marks the ones a later event replaced, and names cadence sub-steps', () => {
    const events = [
      tick(ACCOUNT_A, 'OB-PRESENTATION', true, 'Jane Doe', '2026-11-03T16:00:00.000Z'),
      tick(ACCOUNT_A, 'OB-PRESENTATION', false, 'Lee Park', '2026-11-05T16:00:00.000Z'),
      tick(ACCOUNT_A, 'DG-CADENCE:welcome-email', true, 'Jane Doe', '2026-11-04T16:00:00.000Z'),
      tick(ACCOUNT_B, 'OB-PRESENTATION', true, 'Sam Roe', '2026-11-06T16:00:00.000Z'),
    ];
    const timeline = accountTimeline(events, ACCOUNT_A, PLAYBOOK);
    expect(timeline.map((e) => [e.at.slice(0, 10), e.by, e.kind === 'item' ? `${e.title}:${e.done}` : e.kind, e.current])).toEqual([
      ['2026-11-05', 'Lee Park', 'Onboarding presentation:false', true],
      ['2026-11-04', 'Jane Doe', 'Sequence steps: Day 1, 4 and 30 — welcome email:true', true],
      ['2026-11-03', 'Jane Doe', 'Onboarding presentation:true', false],
    ]);
  });
});

describe('an account whose stage this browser never learned', () => {
  it('shows the stage as unknown and no completion, never 2 of 2', () => {
    const events = [
      tick(ACCOUNT_C, 'OB-PRESENTATION', true, 'Sam Roe', '2026-11-20T15:00:00.000Z'),
      tick(ACCOUNT_C, 'OB-RECAP-EMAIL', true, 'Sam Roe', '2026-11-21T15:00:00.000Z'),
    ];
    const s = summarizeAccount(ACCOUNT_C, undefined, events, CONTEXT);
    expect(s).toMatchObject({ stage: null, stageName: null, stageKnown: false, completion: null, applicable: 0, eventCount: 2 });
    // Once a profile (or a pulled account card) says where onboarding got, the real stage counts.
    const known = summarizeAccount(ACCOUNT_C, digital(ACCOUNT_C, 'Zenith Health', 'Sam Roe', '2026-11-16'), events, CONTEXT);
    expect(known).toMatchObject({ stage: 'onboarding', stageKnown: true });
    expect(known.applicable).toBeGreaterThan(2);
  });

  it('a profile that knows only the Account and Opportunity is not "account creation": the stage is decided on the Customer Onboarding record', () => {
    const events = [tick(ACCOUNT_C, 'OB-PRESENTATION', true, 'Sam Roe', '2026-11-20T15:00:00.000Z')];
    const accountOnly = profile(ACCOUNT_C, { accountName: 'Zenith Health', segmentation: 'Core', serviceLevel: 'Standard', products: ['Learning'], subtypes: [] });
    expect(summarizeAccount(ACCOUNT_C, accountOnly, events, CONTEXT)).toMatchObject({ stageKnown: false, stage: null, completion: null });
    // Read empty on the record (CS Ops has not assigned it yet): that is account creation, known.
    const unassigned = profile(ACCOUNT_C, { accountName: 'Zenith Health', segmentation: 'Core', assignmentDate: null });
    expect(summarizeAccount(ACCOUNT_C, unassigned, events, CONTEXT)).toMatchObject({ stageKnown: true, stage: 'account-creation' });
  });
});

describe('who recorded an event, as team sync proves it', () => {
  it('flags a display name another user records under, a user with two names, and a tampered event', () => {
    const events = [
      tick(ACCOUNT_A, 'OB-PRESENTATION', true, 'Maria Lopez', '2026-11-20T15:00:00.000Z', 'e1'),
      tick(ACCOUNT_A, 'OB-RECAP-EMAIL', true, 'Maria Lopez', '2026-11-21T15:00:00.000Z', 'e2'),
      tick(ACCOUNT_A, 'OB-REMINDER-EMAIL', true, 'Sam Roe', '2026-11-22T15:00:00.000Z', 'e3'),
      tick(ACCOUNT_A, 'OB-ROSTERS', true, 'Lee Park', '2026-11-23T15:00:00.000Z', 'e4'),
    ];
    const entries = accountTimeline(events, ACCOUNT_A, PLAYBOOK);
    const notes = authorNotes(entries, { e1: { owner: 'maria' }, e2: { owner: 'sam' }, e3: { owner: 'sam' }, e4: { owner: 'lee', tampered: true } });
    expect(notes.get('e1')).toEqual({ owner: 'maria', flags: ['the name “Maria Lopez” is also used by sam'] });
    expect(notes.get('e2')!.flags).toEqual(['the name “Maria Lopez” is also used by maria', 'sam records under more than one name']);
    expect(notes.get('e4')!.flags).toEqual(['tampered: another version of this event exists']);
    // Without team sync, nothing is proven and nothing is flagged.
    expect(authorNotes(entries, {}).get('e1')).toEqual({ owner: null, flags: [] });
    // The older id form pulled from the team: it claims an owner, nothing proves it.
    expect(authorNotes(entries, { e1: { owner: null, unproven: true } }).get('e1')).toEqual({ owner: null, flags: [UNPROVEN_TEXT] });
  });

  it('says who did the last thing by the user the server vouches for, with the display name beside it where it differs', () => {
    const events = [
      tick(ACCOUNT_A, 'OB-PRESENTATION', true, 'Maria Lopez', '2026-11-20T15:00:00.000Z', 'e1'),
      tick(ACCOUNT_A, 'OB-RECAP-EMAIL', true, 'Sam Roe', '2026-11-21T15:00:00.000Z', 'e2'),
    ];
    const { lastActivity } = summarizeAccount(ACCOUNT_A, undefined, events, CONTEXT);
    expect(lastActivity).toEqual({ at: '2026-11-21T15:00:00.000Z', by: 'Sam Roe', id: 'e2' });
    const proven = activityAuthor(lastActivity!.by, { owner: 'maria' });
    expect(proven).toEqual({ user: 'maria', display: 'Sam Roe', proof: 'signed-in' });
    expect(authorLine(proven)).toBe('maria (as “Sam Roe”)');
    // The same name in another case says nothing more.
    expect(authorLine(activityAuthor('Maria', { owner: 'maria' }))).toBe('maria');
    expect(authorLine(activityAuthor('Sam Roe', { owner: 'lee', tampered: true }))).toBe('lee (as “Sam Roe”) (tampered)');
    expect(authorLine(activityAuthor('Sam Roe', { owner: null, unproven: true }))).toBe('Sam Roe (author not proven)');
    expect(authorLine(activityAuthor('Sam Roe', undefined))).toBe('Sam Roe');
    expect(authorLine(activityAuthor('', undefined))).toBe('no name set');
  });
});
