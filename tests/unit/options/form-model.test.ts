import { describe, expect, it } from 'vitest';
import { draftFrom, LABEL_GROUPS, policyRules, toPatch, validateDraft, DEFAULT_LABELS } from '@/components/options/form-model';
import { FIELD_KEYS } from '@/lib/core/facts/fields';
import { applyManaged } from '@/lib/settings/managed';
import { ALL_SITES_ON, defaultSettings, patchSettings, type Settings } from '@/lib/settings/schema';

const own: Settings = {
  ...defaultSettings('America/New_York'),
  userName: 'Maria Lopez',
  initials: 'ML',
  labels: { 'opp.stage': 'Sales Stage', 'ob.callScheduledFor': 'OB Call Scheduled' },
  disabledRules: ['UNR-DAILY-10'],
};
const POLICY = {
  timeZone: 'America/Chicago',
  onboardingObject: 'MT_Onboarding__c',
  labels: { 'opp.stage': 'Stage (Sales)' },
  sites: { outreach: false },
  disabledRules: ['ESC-CALL-24H'],
};

describe('the options form model', () => {
  it('offers a label box for every field, grouped by page, with the adapters’ defaults', () => {
    expect(LABEL_GROUPS.map((g) => g.title)).toEqual([
      'Salesforce Account',
      'Salesforce Opportunity',
      'Customer Onboarding record',
      'Salesforce Case (record and new/edit form)',
      'MedTrainer pre-signup form',
    ]);
    expect(LABEL_GROUPS.flatMap((g) => g.keys).sort()).toEqual([...FIELD_KEYS].sort());
    expect(DEFAULT_LABELS['ob.callScheduledFor']).toBe('Onboarding Call Scheduled For');
    expect(DEFAULT_LABELS['signup.planAmount']).toBe('Plan Amount $');
  });

  it('without a policy shows the user’s own settings and saves them back unchanged', () => {
    const draft = draftFrom(own, own, []);
    expect(draft).toMatchObject({ userName: 'Maria Lopez', initials: 'ML', timeZone: 'America/New_York', disabledRules: ['UNR-DAILY-10'] });
    expect(draft.labels['opp.stage']).toBe('Sales Stage');
    expect(draft.labels['opp.mrr']).toBe('');
    expect(patchSettings(own, toPatch(draft, own, [], []))).toEqual(own);
  });

  it('managed policy wins field by field: locked fields show the policy’s value, the others the user’s', () => {
    const { settings: effective, locked } = applyManaged(own, POLICY);
    expect(locked.sort()).toEqual(['disabledRules.ESC-CALL-24H', 'labels.opp.stage', 'onboardingObject', 'sites.outreach', 'timeZone']);
    const draft = draftFrom(own, effective, locked);
    expect(draft).toMatchObject({ userName: 'Maria Lopez', timeZone: 'America/Chicago', onboardingObject: 'MT_Onboarding__c' });
    expect(draft.labels['opp.stage']).toBe('Stage (Sales)');
    expect(draft.labels['ob.callScheduledFor']).toBe('OB Call Scheduled');
    expect(draft.sites).toEqual({ ...ALL_SITES_ON, outreach: false });
    expect(draft.disabledRules.sort()).toEqual(['ESC-CALL-24H', 'UNR-DAILY-10']);
  });

  it('a save never stores the policy’s values as the user’s own: locked fields keep what the user had', () => {
    const { settings: effective, locked } = applyManaged(own, POLICY);
    const draft = { ...draftFrom(own, effective, locked), initials: 'MLO', labels: { ...draftFrom(own, effective, locked).labels, 'opp.mrr': 'Monthly Revenue' } };
    const saved = patchSettings(own, toPatch(draft, own, locked, policyRules(locked)));
    expect(saved).toEqual({
      ...own,
      initials: 'MLO',
      labels: { 'opp.stage': 'Sales Stage', 'ob.callScheduledFor': 'OB Call Scheduled', 'opp.mrr': 'Monthly Revenue' },
    });
    // Read back with the policy, the policy still wins where it speaks.
    const again = applyManaged(saved, POLICY).settings;
    expect([again.timeZone, again.labels['opp.stage'], again.sites.outreach, again.disabledRules.sort()]).toEqual([
      'America/Chicago',
      'Stage (Sales)',
      false,
      ['ESC-CALL-24H', 'UNR-DAILY-10'],
    ]);
  });

  it('names each invalid field and leaves locked ones alone', () => {
    const draft = { ...draftFrom(own, own, []), initials: 'M1', onboardingObject: '1 Onboarding', timeZone: 'Mars/Olympus' };
    draft.labels['opp.mrr'] = 'x'.repeat(121);
    expect(validateDraft(draft, [])).toEqual({
      initials: 'Initials are up to 4 letters, no digits or punctuation (they start escalation entries such as 11/27/26_ML:…).',
      onboardingObject:
        'An object API name starts with a letter and has only letters, digits and underscores, e.g. Customer_Onboarding__c.',
      timeZone: 'Choose a time zone from the list.',
      'labels.opp.mrr': 'A label can be at most 120 characters.',
    });
    expect(validateDraft(draft, ['initials', 'onboardingObject', 'timeZone', 'labels.opp.mrr'])).toEqual({});
    expect(validateDraft({ ...draft, initials: 'Zoë', onboardingObject: 'ns__Onboarding__c', timeZone: 'UTC', labels: { ...draft.labels, 'opp.mrr': '' } }, [])).toEqual({});
  });
});
