import { describe, expect, it } from 'vitest';
import { applyManaged, isLocked } from '@/lib/settings/managed';
import { ALL_SITES_ON, defaultSettings, type Settings } from '@/lib/settings/schema';

const user: Settings = {
  ...defaultSettings('America/New_York'),
  userName: 'Maria Lopez',
  initials: 'ML',
  labels: { 'opp.stage': 'Sales Stage', 'opp.mrr': 'Monthly Revenue' },
  disabledRules: ['UNR-DAILY-10'],
};

describe('applyManaged (enterprise policy)', () => {
  it('changes nothing without a policy and returns the same object', () => {
    for (const policy of [undefined, null, {}]) expect(applyManaged(user, policy)).toEqual({ settings: user, locked: [], ignored: [] });
    expect(applyManaged(user, {}).settings).toBe(user);
  });

  it('wins over the user field by field and locks what it sets', () => {
    const { settings, locked } = applyManaged(user, {
      timeZone: 'America/Chicago',
      onboardingObject: 'MT_Onboarding__c',
      labels: { 'opp.stage': 'Stage (Sales)' },
      sites: { outreach: false },
    });
    expect(settings).toEqual({
      ...user,
      timeZone: 'America/Chicago',
      onboardingObject: 'MT_Onboarding__c',
      // the policy's label wins; the user's other label stays theirs
      labels: { 'opp.stage': 'Stage (Sales)', 'opp.mrr': 'Monthly Revenue' },
      sites: { ...ALL_SITES_ON, outreach: false },
    });
    expect(locked.sort()).toEqual(['labels.opp.stage', 'onboardingObject', 'sites.outreach', 'timeZone']);
    expect(isLocked(locked, 'timeZone')).toBe(true);
    expect(isLocked(locked, 'initials')).toBe(false);
    expect(isLocked(locked, 'labels.opp.mrr')).toBe(false);
    expect(user.labels['opp.stage']).toBe('Sales Stage'); // input untouched
  });

  it('adds the policy’s disabled rules to the user’s and locks only those', () => {
    const { settings, locked } = applyManaged(user, { disabledRules: ['OB-ROSTERS', 'UNR-DAILY-10'] });
    expect(settings.disabledRules).toEqual(['UNR-DAILY-10', 'OB-ROSTERS']);
    expect(locked).toEqual(['disabledRules.OB-ROSTERS', 'disabledRules.UNR-DAILY-10']);
  });

  it('ignores invalid or unknown policy entries instead of half-applying them', () => {
    const { settings, locked, ignored } = applyManaged(user, {
      timeZone: 'Mars/Olympus',
      initials: 'TOOLONG',
      labels: { 'opp.nope': 'x', 'opp.mrr': '' },
      sites: { myspace: true, gmail: 'no' },
      disabledRules: ['not a rule'],
      theme: 'dark',
    });
    expect(settings).toBe(user);
    expect(locked).toEqual([]);
    expect(ignored.sort()).toEqual(
      ['disabledRules.not a rule', 'initials', 'labels.opp.mrr', 'labels.opp.nope', 'sites.gmail', 'sites.myspace', 'theme', 'timeZone'].sort(),
    );
    expect(applyManaged(user, 'locked-down').ignored).toEqual(['(policy)']);
  });
});
