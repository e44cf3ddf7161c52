import { describe, expect, it } from 'vitest';
import { evaluate } from '@/lib/core/engine/evaluate';
import type { EngineInput } from '@/lib/core/engine/types';
import type { PageFacts } from '@/lib/core/facts/page-facts';
import { playbookSchema, type Playbook } from '@/lib/core/playbook/schema';
import { emptyProgress } from '@/lib/core/progress/events';
import { ACCOUNT_ID, profileWith } from '../support/profile';

const playbook: Playbook = playbookSchema.parse({
  schemaVersion: 1,
  name: 'Test',
  version: '1',
  sops: {},
  rules: [
    {
      id: 'CSO-OPP-CSM-FIELDS',
      sop: 'MT-CS-001',
      title: 'CSM fields on the Opportunity',
      where: ['sf.opportunity'],
      stage: 'account-creation',
      check: { evaluator: 'fields-filled', params: { fields: ['opp.csm', 'opp.com', 'opp.csmLeader'] } },
      help: 'In the opportunity level in SF, enter the CSM and CSM Lead.',
    },
    {
      id: 'DG-KYC-COPY',
      sop: 'MT-CS-020',
      title: 'Copy the KYC survey',
      where: ['any'],
      stage: 'onboarding',
      appliesTo: { segments: ['Digital'] },
      check: { evaluator: 'manual' },
      help: 'Make your own copy of the KYC survey; do not change the original file.',
    },
    {
      id: 'SMB-OPEN-FORUMS',
      sop: 'MT-CS-007',
      title: 'Open forums',
      where: ['timeline'],
      stage: 'onboarding',
      appliesTo: { subtypesAny: ['SMB'] },
      check: { evaluator: 'manual' },
      help: 'They will take place every 1st Thursday of the month.',
    },
    {
      id: 'CLS-FMC-ONLY',
      sop: 'MT-CS-001',
      title: 'Credentialing Service only',
      where: ['any'],
      stage: 'account-creation',
      check: { evaluator: 'manual' },
      help: 'The Customer Success Department will not get involved in account creation involving Credentialing Services.',
    },
  ],
});

const oppPage = (fields: PageFacts['fields'], ready = true): PageFacts => ({
  kind: 'sf.opportunity',
  url: 'https://acme.lightning.force.com/lightning/r/Opportunity/006Hs00001XYZabIAA/view',
  host: 'acme.lightning.force.com',
  recordId: '006Hs00001XYZabIAA',
  accountId: ACCOUNT_ID,
  ready,
  fields,
});

const input = (overrides: Partial<EngineInput> = {}): EngineInput => ({
  profile: profileWith({ segmentation: 'Digital', subtypes: [], products: ['Learning'] }),
  page: oppPage({
    'opp.csm': { status: 'ok', label: 'Customer Success Manager (NEW)', value: { name: 'Maria Lopez', id: '005Hs000001AbcdIAC' } },
    'opp.com': { status: 'ok', label: 'Customer Onboarding Manager (NEW)', value: null },
    'opp.csmLeader': { status: 'missing', label: 'Customer Success Manager Leader (NEW)', reason: 'label-not-found' },
  }),
  progress: emptyProgress(),
  settings: { userName: 'Maria Lopez', initials: 'ML', timeZone: 'America/Chicago', disabledRules: [] },
  now: '2026-11-27T16:00:00.000Z',
  ...overrides,
});

const byRule = (model: ReturnType<typeof evaluate>) => Object.fromEntries(model.items.map((i) => [i.ruleId, i]));

describe('evaluate', () => {
  it('puts page rules first, then the timeline, in playbook order', () => {
    const model = evaluate(playbook, input());
    expect(model.items.map((i) => [i.ruleId, i.section])).toEqual([
      ['CSO-OPP-CSM-FIELDS', 'page'],
      ['DG-KYC-COPY', 'timeline'],
      ['SMB-OPEN-FORUMS', 'timeline'],
      ['CLS-FMC-ONLY', 'timeline'],
    ]);
  });

  it('skips a stored rule whose evaluator is an Object.prototype name instead of throwing', () => {
    const stale = { ...playbook, rules: [{ ...playbook.rules[1]!, check: { evaluator: 'constructor', params: {} } }, playbook.rules[0]!] };
    expect(evaluate(stale, input()).items.map((i) => i.ruleId)).toEqual(['CSO-OPP-CSM-FIELDS']);
  });

  it('names the empty field, and the label it could not read', () => {
    const item = byRule(evaluate(playbook, input()))['CSO-OPP-CSM-FIELDS']!;
    expect(item.state).toBe('error');
    expect(item.message).toBe('Fill "Customer Onboarding Manager (NEW)".');
    expect(item.details).toContainEqual({
      key: 'opp.csmLeader',
      text: `Can't read "Customer Success Manager Leader (NEW)" on this page`,
      state: 'warn',
    });
    expect(evaluate(playbook, input()).unreadable).toEqual([{ field: 'opp.csmLeader', label: 'Customer Success Manager Leader (NEW)' }]);
  });

  it('marks rules that do not fit the account as na, with the reason', () => {
    const item = byRule(evaluate(playbook, input()))['SMB-OPEN-FORUMS']!;
    expect(item).toMatchObject({ state: 'na', message: 'Not for this account: only for SMB accounts.' });
  });

  it('says which page to open when the deciding fact is unknown', () => {
    const model = evaluate(playbook, input({ profile: profileWith({ products: ['Learning'] }) }));
    const item = byRule(model)['DG-KYC-COPY']!;
    expect(item.state).toBe('info');
    expect(item.message).toBe('This step applies to Digital accounts. Open the Salesforce Account to learn the CS segmentation.');
    expect(model.unknownFacts).toContainEqual({ fact: 'segmentation', name: 'CS segmentation', page: 'sf.account', pageName: 'the Salesforce Account' });
  });

  it('uses the stored check-off for manual rules, with who and when', () => {
    const progress = emptyProgress();
    progress.items['DG-KYC-COPY'] = { done: true, by: 'Maria Lopez', at: '2026-11-26T15:00:00Z' };
    const item = byRule(evaluate(playbook, input({ progress })))['DG-KYC-COPY']!;
    expect(item).toMatchObject({ state: 'done', manual: { by: 'Maria Lopez' } });
    expect(item.actions).toEqual([{ type: 'toggle-done', verb: 'toggle-done', label: 'Undo' }]);
  });

  it('skips rules a lead disabled', () => {
    const model = evaluate(playbook, input({ settings: { ...input().settings, disabledRules: ['CSO-OPP-CSM-FIELDS'] } }));
    expect(model.items.map((i) => i.ruleId)).not.toContain('CSO-OPP-CSM-FIELDS');
  });

  it('shows no onboarding checklist for a Credentialing-Service-only account', () => {
    const model = evaluate(playbook, input({ profile: profileWith({ products: ['Credentialing Service'] }) }));
    expect(model.items.map((i) => i.ruleId)).toEqual(['CLS-FMC-ONLY']);
    expect(model.stage).toBeNull();
  });

  it('waits for the layout before calling fields missing', () => {
    const model = evaluate(playbook, input({ page: oppPage({}, false) }));
    expect(byRule(model)['CSO-OPP-CSM-FIELDS']).toMatchObject({ state: 'info', message: 'Waiting for the record to load…' });
    expect(model.unreadable).toEqual([]);
  });

  it('counts states and is deterministic', () => {
    const a = evaluate(playbook, input());
    expect(a.counts).toMatchObject({ error: 1, todo: 2, na: 1 });
    expect(evaluate(playbook, input())).toEqual(a);
  });

  it('evaluates the timeline without a page (the dashboard) and with no profile', () => {
    const model = evaluate(playbook, input({ page: null, profile: null }));
    expect(model.items.map((i) => i.ruleId)).toEqual(['DG-KYC-COPY', 'SMB-OPEN-FORUMS', 'CLS-FMC-ONLY']);
    expect(model.accountId).toBeNull();
  });
});

describe('unreadable fields', () => {
  it('lists only missing fields a shown rule read, not every field the form lacks', () => {
    const page = oppPage({
      'opp.csm': { status: 'ok', label: 'Customer Success Manager (NEW)', value: null },
      'opp.com': { status: 'ok', label: 'Customer Onboarding Manager (NEW)', value: null },
      'opp.csmLeader': { status: 'ok', label: 'Customer Success Manager Leader (NEW)', value: null },
      'opp.industry': { status: 'missing', label: 'Industry', reason: 'label-not-found' },
    });
    expect(evaluate(playbook, input({ page })).unreadable).toEqual([]);
  });
});
