import { describe, expect, it } from 'vitest';
import {
  ALL_SITES_ON,
  defaultSettings,
  patchSettings,
  settingsSchema,
  toAdapterSettings,
  toEngineSettings,
  type Settings,
} from '@/lib/settings/schema';

const saved: Settings = {
  userName: 'Maria Lopez',
  initials: 'ML',
  timeZone: 'America/Chicago',
  onboardingObject: 'Customer_Onboarding__c',
  labels: { 'opp.stage': 'Sales Stage' },
  disabledRules: ['OB-CALL-SCHEDULED-DATE'],
  sites: { salesforce: true, gmail: true, outreach: false, medtrainer: true },
};

describe('settings', () => {
  it('defaults to the zone it is given, every site on and the standard onboarding object', () => {
    expect(defaultSettings('America/Denver')).toEqual({
      userName: '',
      initials: '',
      timeZone: 'America/Denver',
      onboardingObject: 'Customer_Onboarding__c',
      labels: {},
      disabledRules: [],
      sites: ALL_SITES_ON,
    });
    expect(defaultSettings('Not/AZone').timeZone).toBe('UTC');
    expect(settingsSchema.safeParse(defaultSettings('UTC')).success).toBe(true);
  });

  it('accepts 1–4 letters as initials (or none yet) and rejects the rest', () => {
    for (const initials of ['', 'M', 'ML', 'MLJR', 'Zé']) expect(settingsSchema.safeParse({ ...saved, initials }).success).toBe(true);
    for (const initials of ['MLJRX', 'M.L', 'M1', ' ML']) expect(settingsSchema.safeParse({ ...saved, initials }).success).toBe(false);
  });

  it('rejects unknown zones, field keys, rule IDs and keys it does not know', () => {
    expect(settingsSchema.safeParse({ ...saved, timeZone: 'Mars/Olympus' }).success).toBe(false);
    expect(settingsSchema.safeParse({ ...saved, labels: { 'Opp Nope': 'x' } }).success).toBe(false);
    // A field key this version does not know (a newer version's) is kept and ignored: labels are an open map.
    expect(settingsSchema.safeParse({ ...saved, labels: { 'opp.nope': 'x' } }).success).toBe(true);
    expect(settingsSchema.safeParse({ ...saved, disabledRules: ['not a rule'] }).success).toBe(false);
    expect(settingsSchema.safeParse({ ...saved, theme: 'dark' }).success).toBe(false);
    expect(settingsSchema.safeParse({ ...saved, onboardingObject: 'Customer Onboarding' }).success).toBe(false);
  });

  it('patches whole top-level fields and keeps disabled rules unique', () => {
    const next = patchSettings(saved, { initials: 'MJ', disabledRules: ['UNR-DAILY-10', 'UNR-DAILY-10'] });
    expect(next).toEqual({ ...saved, initials: 'MJ', disabledRules: ['UNR-DAILY-10'] });
    expect(() => patchSettings(saved, { initials: 'TOOLONG' })).toThrow();
  });

  it('converts to what the engine and the adapters read', () => {
    expect(toEngineSettings(saved)).toEqual({
      userName: 'Maria Lopez',
      initials: 'ML',
      timeZone: 'America/Chicago',
      disabledRules: ['OB-CALL-SCHEDULED-DATE'],
    });
    expect(toAdapterSettings(saved)).toEqual({
      labels: { 'opp.stage': 'Sales Stage' },
      onboardingObject: 'Customer_Onboarding__c',
      timeZone: 'America/Chicago',
    });
  });
});
