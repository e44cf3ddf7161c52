import { describe, expect, it } from 'vitest';
import { summarizeAccount } from '@/lib/audit/summarize';
import type { AuditContext } from '@/lib/audit/types';
import type { ProgressEvent } from '@/lib/core/progress/events';
import { bookedCall, dueSteps, myDay } from '@/lib/my-day/due-steps';
import { ACCOUNT_A, ACCOUNT_B, ACCOUNT_C, CONTEXT, profile, SETTINGS, tick, TODAY } from '../audit/support';

// NOW is Friday, Nov 27, 2026, 9:00 in Chicago (tests/unit/audit/support.ts).
const ORG = 'acme.my.salesforce.com';
const core = (assignmentDate: string) =>
  profile(
    ACCOUNT_A,
    { accountName: 'Summit Orthopedics', segmentation: 'Core', serviceLevel: 'Premium', products: ['Learning'], subtypes: [], assignmentDate },
    { orgHost: ORG },
  );
const digital = profile(ACCOUNT_B, {
  accountName: 'Harbor Dental',
  segmentation: 'Digital',
  serviceLevel: 'Basic',
  products: ['Learning', 'Compliance'],
  subtypes: ['SMB'],
  assignmentDate: '2026-11-20',
});
const unresponsiveSince = (since: string): ProgressEvent => ({
  type: 'branch',
  id: `${since}-branch`,
  accountId: ACCOUNT_C,
  by: 'Jane Doe',
  at: '2026-11-24T15:00:00.000Z',
  branch: 'unresponsive',
  since,
});
const riverbend = profile(ACCOUNT_C, { accountName: 'Riverbend', segmentation: 'Core', serviceLevel: 'Basic', products: ['Learning'], subtypes: [], assignmentDate: '2026-09-01' });

const summary = (p: ReturnType<typeof profile>, events: ProgressEvent[] = [], context: AuditContext = CONTEXT) =>
  summarizeAccount(p.accountId, p, events, context);

describe('dueSteps', () => {
  it('puts the same-day call of an account assigned today under today', () => {
    const steps = dueSteps(summary(core(TODAY)));
    expect(steps).toContainEqual(expect.objectContaining({ ruleId: 'OB-SAME-DAY-CALL', when: 'today', due: TODAY, overdueDays: null }));
    expect(steps.filter((s) => s.when === 'overdue')).toEqual([]);
  });

  it('counts the same-day call overdue from the next day, with the days late', () => {
    const steps = dueSteps(summary(core('2026-11-24')));
    expect(steps).toContainEqual(expect.objectContaining({ ruleId: 'OB-SAME-DAY-CALL', when: 'overdue', due: '2026-11-24', overdueDays: 3 }));
  });

  it('lists each overdue cadence day of a Digital account on its own line, and not the upcoming ones', () => {
    const steps = dueSteps(summary(digital)).filter((s) => s.ruleId === 'DG-CADENCE');
    expect(steps.map((s) => [s.key, s.when])).toEqual([
      ['DG-CADENCE/DG-CADENCE:welcome-email', 'overdue'],
      ['DG-CADENCE/DG-CADENCE:follow-up-task', 'overdue'],
    ]);
    expect(steps[0]!.text).toMatch(/^Day 1 · Manual initial welcome email/);
  });

  it('drops a cadence day once it is ticked', () => {
    const done = tick(ACCOUNT_B, 'DG-CADENCE:welcome-email', true, 'Jane Doe', '2026-11-26T15:00:00.000Z');
    const keys = dueSteps(summary(digital, [done])).map((s) => s.key);
    expect(keys).not.toContain('DG-CADENCE/DG-CADENCE:welcome-email');
    expect(keys).toContain('DG-CADENCE/DG-CADENCE:follow-up-task');
  });

  it('lists the 10-day log: each missed day overdue by its date, today’s email and call due today', () => {
    const steps = dueSteps(summary(riverbend, [unresponsiveSince('2026-11-24')])).filter((s) => s.ruleId === 'UNR-DAILY-10');
    // Thanksgiving (Thu Nov 26) is a holiday: no day of the log, never a gap.
    expect(steps.map((s) => [s.due, s.when, s.overdueDays])).toEqual([
      ['2026-11-24', 'overdue', 3],
      ['2026-11-25', 'overdue', 2],
      ['2026-11-27', 'today', null],
    ]);
    expect(steps[2]!.text).toMatch(/^Today, day 3 of 10/);
  });

  it('takes "today" from the zone in the settings', () => {
    // 9:00 in Chicago is already Saturday in Tokyo: an account assigned Friday is a day late there.
    const tokyo: AuditContext = { ...CONTEXT, settings: { ...SETTINGS, timeZone: 'Asia/Tokyo' } };
    const steps = dueSteps(summary(core(TODAY), [], tokyo));
    expect(steps).toContainEqual(expect.objectContaining({ ruleId: 'OB-SAME-DAY-CALL', when: 'overdue', overdueDays: 1 }));
  });

  it('offers an open forum on its day (info, due today) and never counts it overdue', () => {
    // Thursday, Dec 3, 2026 is the first Thursday of the month.
    const forumDay: AuditContext = { ...CONTEXT, now: '2026-12-03T15:00:00.000Z' };
    const steps = dueSteps(summary(digital, [], forumDay));
    expect(steps).toContainEqual(expect.objectContaining({ ruleId: 'SMB-OPEN-FORUMS', when: 'today', due: '2026-12-03' }));
    const dayAfter: AuditContext = { ...CONTEXT, now: '2026-12-04T15:00:00.000Z' };
    expect(dueSteps(summary(digital, [], dayAfter)).map((s) => s.ruleId)).not.toContain('SMB-OPEN-FORUMS');
  });
});

describe('myDay', () => {
  it('groups the steps by account, overdue accounts first, with the record link, and leaves out accounts with nothing due', () => {
    const quiet = core('2026-12-10');
    const summaries = [summary(core(TODAY)), summary(digital), summary(riverbend, [unresponsiveSince('2026-11-24')]), summary({ ...quiet, accountId: '001Hs00003QuiEtIAA' })];
    const day = myDay(summaries, TODAY);
    // Harbor Dental (Digital SMB): two cadence days and the same-day call, which SMB accounts owe (MT-CS-007).
    expect(day.accounts.map((a) => [a.name, a.overdue, a.dueToday])).toEqual([
      ['Harbor Dental', 3, 0],
      ['Riverbend', 2, 1], // two missed days: Thanksgiving is not a day of the log
      ['Summit Orthopedics', 0, 1],
    ]);
    expect(day.accounts[2]!.recordUrl).toBe(`https://${ORG}/lightning/r/Account/${ACCOUNT_A}/view`);
    expect(day.accounts[0]!.recordUrl).toBeNull();
    expect([day.overdue, day.dueToday, day.today]).toEqual([5, 2, TODAY]);
  });

  it('is empty when nothing is due', () => {
    expect(myDay([summary(core('2026-12-10'))], TODAY)).toEqual({ today: TODAY, accounts: [], overdue: 0, dueToday: 0 });
  });
});

describe('booked onboarding calls (issue 13: scheduled calls on My day)', () => {
  it('lists a call booked for today under today, and not one booked for another day or already held', () => {
    const booked = (scheduled: string | null, completed: string | null = null) =>
      bookedCall(profile(ACCOUNT_C, { obCallScheduledFor: scheduled, obCallCompletedDate: completed }).facts);
    expect(booked(TODAY)).toEqual({ scheduledFor: TODAY });
    expect(booked(TODAY, TODAY)).toBeNull();
    expect(booked(null)).toBeNull();
    expect(bookedCall(profile(ACCOUNT_C, {}).facts)).toBeNull();

    const day = myDay([summary(riverbend)], TODAY, { calls: new Map([[ACCOUNT_C, { scheduledFor: TODAY }]]) });
    const steps = day.accounts.find((a) => a.accountId === ACCOUNT_C)?.steps ?? [];
    expect(steps).toContainEqual(expect.objectContaining({ ruleId: 'OB-CALL-SCHEDULED-DATE', when: 'today', due: TODAY }));
    const other = myDay([summary(riverbend)], TODAY, { calls: new Map([[ACCOUNT_C, { scheduledFor: '2099-01-01' }]]) });
    expect(other.accounts.flatMap((a) => a.steps).some((s) => s.ruleId === 'OB-CALL-SCHEDULED-DATE')).toBe(false);
  });
});
