import { describe, expect, it } from 'vitest';
import { applyManaged } from '@/lib/settings/managed';
import { defaultSettings, settingsSchema, toAdapterSettings } from '@/lib/settings/schema';

describe('label overrides per org (issue 12)', () => {
  const base = { ...defaultSettings('America/Chicago'), labels: { 'opp.stage': 'Phase' }, orgLabels: { 'acme.lightning.force.com': { 'account.csm': 'CSM' } } };

  it('applies an org’s own labels over everyone’s on that org only', () => {
    expect(toAdapterSettings(base, 'acme.lightning.force.com').labels).toEqual({ 'opp.stage': 'Phase', 'account.csm': 'CSM' });
    expect(toAdapterSettings(base, 'ACME.lightning.force.com').labels['account.csm']).toBe('CSM');
    expect(toAdapterSettings(base, 'beta.my.salesforce.com').labels).toEqual({ 'opp.stage': 'Phase' });
    expect(toAdapterSettings(base).labels).toEqual({ 'opp.stage': 'Phase' });
  });

  it('reads settings saved before org labels existed as they are', () => {
    const { orgLabels: _, ...old } = base;
    expect(settingsSchema.safeParse(old).success).toBe(true);
    expect(toAdapterSettings(settingsSchema.parse(old), 'acme.lightning.force.com').labels).toEqual({ 'opp.stage': 'Phase' });
  });

  it('refuses an org key that is not a host name', () => {
    expect(settingsSchema.safeParse({ ...base, orgLabels: { 'https://acme/': { 'account.csm': 'CSM' } } }).success).toBe(false);
  });

  it('a label IT sets by policy holds on every org, over an org’s own', () => {
    const { settings, locked } = applyManaged(base, { labels: { 'account.csm': 'Customer Success Manager' } });
    expect(locked).toContain('labels.account.csm');
    expect(toAdapterSettings(settings, 'acme.lightning.force.com').labels['account.csm']).toBe('Customer Success Manager');
    // The user's saved settings are not changed by applying the policy.
    expect(base.orgLabels['acme.lightning.force.com']['account.csm']).toBe('CSM');
  });
});
