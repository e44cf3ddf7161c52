import { describe, expect, it } from 'vitest';
import { applyQuery, DEFAULT_QUERY, filterOptions, NONE, type AuditQuery } from '@/lib/audit/query';
import { summarizeAccount } from '@/lib/audit/summarize';
import { ACCOUNT_A, ACCOUNT_B, ACCOUNT_C, CONTEXT, digital, profile, tick } from './support';

const ACCOUNT_D = '001Hs00003QrsTuIAA';
const summaries = [
  summarizeAccount(ACCOUNT_A, digital(ACCOUNT_A, 'Lakeside Clinic', 'Jane Doe', '2026-11-02'), [], CONTEXT),
  summarizeAccount(ACCOUNT_B, digital(ACCOUNT_B, 'harbor Dental', 'Sam Roe', '2026-11-27'), [tick(ACCOUNT_B, 'OB-PRESENTATION', true, 'Sam Roe', '2026-11-27T14:00:00.000Z')], CONTEXT),
  summarizeAccount(
    ACCOUNT_C,
    profile(ACCOUNT_C, { accountName: 'Zenith Health', csm: 'Jane Doe', segmentation: 'Core', serviceLevel: 'Premium', products: ['Compliance'], subtypes: [], assignmentDate: '2026-10-01', obCallCompletedDate: '2026-10-10', onboardingCompleted: true }),
    [],
    CONTEXT,
  ),
  summarizeAccount(ACCOUNT_D, undefined, [tick(ACCOUNT_D, 'OB-PRESENTATION', true, 'Kim Lee', '2026-11-10T14:00:00.000Z')], CONTEXT),
];
const q = (patch: Partial<AuditQuery>) => applyQuery(summaries, { ...DEFAULT_QUERY, ...patch }).map((s) => s.accountId);

describe('audit table query', () => {
  it('filters by CSM, stage, segment and overdue-only; NONE picks accounts where the value is unknown', () => {
    expect(q({ csm: 'Jane Doe', sort: { key: 'name', dir: 'asc' } })).toEqual([ACCOUNT_A, ACCOUNT_C]);
    expect(q({ csm: NONE })).toEqual([ACCOUNT_D]);
    expect(q({ stage: 'adoption' })).toEqual([ACCOUNT_C]);
    expect(q({ segment: 'Digital', sort: { key: 'name', dir: 'asc' } })).toEqual([ACCOUNT_B, ACCOUNT_A]);
    expect([...q({ overdueOnly: true })].sort()).toEqual(summaries.filter((s) => s.overdue.length).map((s) => s.accountId).sort());
    expect(q({ overdueOnly: true })).toContain(ACCOUNT_A);
    expect(q({ overdueOnly: true })).not.toContain(ACCOUNT_B);
  });

  it('searches by part of the name (any case) or by a Salesforce ID, 15 or 18 characters', () => {
    expect(q({ search: 'HARBOR' })).toEqual([ACCOUNT_B]);
    expect(q({ search: ACCOUNT_C })).toEqual([ACCOUNT_C]);
    expect(q({ search: ACCOUNT_C.slice(0, 15) })).toEqual([ACCOUNT_C]);
    expect(q({ search: ACCOUNT_C.toLowerCase() })).toEqual([ACCOUNT_C]);
    expect(q({ search: ACCOUNT_C.slice(0, 15).toLowerCase() })).toEqual([]);
    expect(q({ search: 'abcde' })).toEqual([ACCOUNT_A]);
    expect(q({ search: 'no such clinic' })).toEqual([]);
  });

  it('sorts by a column either way, unknown values last, ties by name', () => {
    expect(q({ sort: { key: 'name', dir: 'asc' } })).toEqual([ACCOUNT_B, ACCOUNT_A, ACCOUNT_C, ACCOUNT_D]);
    expect(q({ sort: { key: 'name', dir: 'desc' } })).toEqual([ACCOUNT_C, ACCOUNT_A, ACCOUNT_B, ACCOUNT_D]);
    expect(q({ sort: { key: 'csm', dir: 'asc' } })).toEqual([ACCOUNT_A, ACCOUNT_C, ACCOUNT_B, ACCOUNT_D]);
    expect(q({ sort: { key: 'activity', dir: 'desc' } })).toEqual([ACCOUNT_B, ACCOUNT_D, ACCOUNT_A, ACCOUNT_C]);
    const byCompletion = applyQuery(summaries, { ...DEFAULT_QUERY, sort: { key: 'completion', dir: 'asc' } });
    const values = byCompletion.map((s) => s.completion).filter((c) => c !== null) as number[];
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });

  it('offers the values present in the data; an account known only from its ticks has no stage', () => {
    expect(filterOptions(summaries)).toEqual({
      csms: ['Jane Doe', 'Sam Roe'],
      stages: ['onboarding', 'adoption'],
      segments: ['Core', 'Digital'],
      missing: { csm: true, stage: true, segment: true },
    });
    expect(q({ stage: NONE })).toEqual([ACCOUNT_D]);
  });
});
