import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';
import { FIELD_KEYS } from '@/lib/core/facts/fields';
import { applyManaged } from '@/lib/settings/managed';
import { managedSchema } from '@/lib/settings/managed-schema';
import { defaultSettings, SITE_IDS } from '@/lib/settings/schema';
import { policyUrl } from '@/lib/sync/config';

// managed-schema.json (built from lib/settings/managed-schema.ts) is what Chrome validates enterprise
// policy against (manifest storage.managed_schema); applyManaged is what CSM Guide then applies.
// They must name the same keys. Read back as JSON, as Chrome reads it.
const schema = JSON.parse(JSON.stringify(managedSchema()));

describe('the managed storage schema', () => {
  it('declares exactly the keys applyManaged reads, each field key and each site', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual(['disabledRules', 'initials', 'labels', 'onboardingObject', 'sites', 'teamSyncMaxDocs', 'teamSyncUrl', 'timeZone', 'userName']);
    expect(Object.keys(schema.properties.labels.properties).sort()).toEqual([...FIELD_KEYS].sort());
    expect(Object.keys(schema.properties.sites.properties).sort()).toEqual([...SITE_IDS].sort());
    expect(schema.properties.disabledRules).toMatchObject({ type: 'array', items: { type: 'string' } });
  });

  it('is the file the build writes where the manifest points', async () => {
    expect((config.manifest as { storage?: { managed_schema?: string } }).storage?.managed_schema).toBe('managed-schema.json');
    const files: Array<{ relativeDest: string; contents?: string }> = [];
    const hook = (config.hooks as Record<string, (wxt: unknown, files: unknown[]) => unknown>)['build:publicAssets']!;
    await hook({}, files);
    expect(files).toEqual([{ relativeDest: 'managed-schema.json', contents: `${JSON.stringify(managedSchema(), null, 2)}\n` }]);
    expect(JSON.parse(files[0]!.contents!)).toEqual(schema);
  });

  it('describes each field key with its default label', () => {
    expect(schema.properties.labels.properties['ob.callScheduledFor']).toEqual({ type: 'string', description: 'Default: Onboarding Call Scheduled For' });
    expect(schema.properties.labels.properties['signup.planAmount']).toEqual({ type: 'string', description: 'Default: Plan Amount $' });
  });

  it('a policy that fits the schema is applied whole and locks what it sets', () => {
    const policy = {
      timeZone: 'America/Chicago',
      onboardingObject: 'MT_Onboarding__c',
      labels: { 'ob.callScheduledFor': 'OB Call Scheduled' },
      sites: { outreach: false },
      disabledRules: ['UNR-DAILY-10'],
    };
    const { settings, locked, ignored } = applyManaged(defaultSettings('UTC'), policy);
    expect(ignored).toEqual([]);
    expect(locked.sort()).toEqual(['disabledRules.UNR-DAILY-10', 'labels.ob.callScheduledFor', 'onboardingObject', 'sites.outreach', 'timeZone']);
    expect(settings).toMatchObject(policy);
  });

  it('the team sync URL is known (not reported as ignored) and read by team sync, which locks it', () => {
    const { ignored, locked } = applyManaged(defaultSettings('UTC'), { teamSyncUrl: 'https://couch.example.com/csm-guide-team/' });
    expect(ignored).toEqual([]);
    expect(locked).toEqual([]);
    expect(policyUrl({ teamSyncUrl: 'https://couch.example.com/csm-guide-team/' })).toBe('https://couch.example.com/csm-guide-team');
    expect(policyUrl({ teamSyncUrl: 'https://admin:pw@couch.example.com/team' })).toBeUndefined();
  });
});
