/**
 * One site, one definition: the SITES list (lib/sites/index.ts) is what the manifest, the loader,
 * the host lookups, the in-page app's adapters, the settings switches, the managed-policy schema
 * and the options page all read. Each check below would fail for a site added to SITES that one of
 * them missed, or for a site one of them names that SITES does not have.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import config from '../../../wxt.config';
import loader from '@/entrypoints/loader.content';
import { DEFAULT_LABELS, LABEL_GROUPS, SITE_NAMES } from '@/components/options/form-model';
import { FIELD_KEYS } from '@/lib/core/facts/fields';
import { PAGE_KINDS } from '@/lib/core/model/page-kind';
import { isSiteUrl } from '@/lib/messages/senders';
import { applyManaged } from '@/lib/settings/managed';
import { managedSchema } from '@/lib/settings/managed-schema';
import { defaultSettings, settingsSchema, siteOn } from '@/lib/settings/schema';
import { SITE_IDS, SITE_MATCHES, SITES } from '@/lib/sites';
import { ADAPTERS } from '@/lib/sites/adapters';
import { siteOfHost } from '@/lib/sites/served-hosts';
import { createStorageItems } from '@/lib/store/items/storage-items';
import { readItem } from '@/lib/store/read';

const ROOT = path.resolve(__dirname, '../../..');
const policySchema = JSON.parse(JSON.stringify(managedSchema()));

/** A host a match pattern covers (`https://*.outreach.io/*` → `acme.outreach.io`). */
const hostOf = (pattern: string): string => /^https:\/\/([^/]+)\//.exec(pattern)![1]!.replace(/^\*\./, 'acme.');

describe('the SITES list', () => {
  it('has one definition per id, each with a name and https patterns of its own', () => {
    expect(new Set(SITE_IDS).size).toBe(SITES.length);
    // ids.ts spells the ids out for the page bundles (which leave the other sites' definitions out).
    expect(SITE_IDS).toEqual(SITES.map((site) => site.id));
    for (const site of SITES) {
      expect(site.id).toMatch(/^[a-z]+$/);
      expect(site.name.trim()).not.toBe('');
      expect(site.matches.length).toBeGreaterThan(0);
      for (const pattern of site.matches) expect(pattern).toMatch(/^https:\/\/[^/]+\/.*$/);
    }
  });

  it('gives every page kind to exactly one site (its page bundle carries the checks of the rules shown there)', () => {
    const kinds = SITES.flatMap((site) => site.kinds);
    expect([...kinds].sort()).toEqual([...PAGE_KINDS].sort());
  });

  it('gives the manifest its host permissions: every site’s patterns and nothing else', () => {
    const manifest = config.manifest as { host_permissions?: string[] };
    expect(manifest.host_permissions).toEqual([...SITE_MATCHES]);
    for (const site of SITES) for (const pattern of site.matches) expect(manifest.host_permissions).toContain(pattern);
  });

  it('gives the loader its matches: every site’s patterns', () => {
    expect(loader.matches).toEqual([...SITE_MATCHES]);
  });

  it('stays light: no definition reaches an adapter, so the loader and wxt.config.ts never load one', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      // Runtime imports only: `import type` is erased from the bundle.
      for (const [, spec] of source.matchAll(/^import (?!type )[^;]*?from '(\.[^']+)';/gms))
        visit(path.resolve(path.dirname(file), `${spec}.ts`));
    };
    visit(path.join(ROOT, 'lib/sites/index.ts'));
    visit(path.join(ROOT, 'lib/sites/served-hosts.ts'));
    const reached = [...seen].map((file) => path.relative(ROOT, file));
    expect(reached).toContain('lib/sites/salesforce/definition.ts');
    expect(reached.filter((file) => /\/(adapter|adapters|collect|fill|insert)\.ts$/.test(file) || file.includes('lib/dom/'))).toEqual([]);
  });

  it('maps every host its patterns cover back to that site, for the loader, the app and the background', () => {
    for (const site of SITES)
      for (const pattern of site.matches) {
        const host = hostOf(pattern);
        expect(siteOfHost(host), host).toBe(site.id);
        expect(isSiteUrl(`https://${host}/`), host).toBe(true);
      }
    expect(siteOfHost('example.com')).toBeNull();
    expect(isSiteUrl('https://example.com/')).toBe(false);
  });

  it('gives each page bundle its own site’s adapter and the host test its definition uses', () => {
    // The app starts only on a host of its site (app/start-app.ts). The bundle takes the test from
    // hosts.ts, not the definition, so it carries no definition; the hosts of the sites are disjoint.
    for (const site of SITES) {
      const entry = readFileSync(path.join(ROOT, `entrypoints/csm-app-${site.id}.ts`), 'utf8');
      const definition = readFileSync(path.join(ROOT, `lib/sites/${site.id}/definition.ts`), 'utf8');
      const hostTest = /^ {2}isHost: (\w+),$/m.exec(definition)?.[1];
      expect(hostTest, site.id).toBeDefined();
      expect(entry, site.id).toContain(`startApp(${site.id}Adapter, ${hostTest});`);
      for (const other of SITES) if (other !== site) for (const pattern of other.matches) expect(site.isHost(hostOf(pattern)), `${site.id}: ${pattern}`).toBe(false);
    }
  });

  it('has an adapter for every site, carrying that site’s id', () => {
    expect(Object.keys(ADAPTERS).sort()).toEqual([...SITE_IDS].sort());
    for (const site of SITES) expect(ADAPTERS[site.id].id).toBe(site.id);
  });

  it('is what the managed-policy schema lists under sites, and what a policy may switch off', () => {
    expect(Object.keys(policySchema.properties.sites.properties)).toEqual([...SITE_IDS]);
    for (const site of SITES) {
      expect(policySchema.properties.sites.properties[site.id]).toEqual({ type: 'boolean' });
      const { settings, locked } = applyManaged(defaultSettings('UTC'), { sites: { [site.id]: false } });
      expect(settings.sites[site.id]).toBe(false);
      expect(locked).toEqual([`sites.${site.id}`]);
    }
  });

  it('names every site on the options page, and its field labels come from the definitions', () => {
    expect(SITE_NAMES).toEqual(Object.fromEntries(SITES.map((site) => [site.id, site.name])));
    for (const key of FIELD_KEYS) expect(DEFAULT_LABELS[key], key).toBeTruthy();
    expect(LABEL_GROUPS.map((group) => group.page)).toEqual(SITES.flatMap((site) => Object.keys(site.labels?.groups ?? {})));
  });
});

describe('the per-site switches', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  const saved = { ...defaultSettings('America/Chicago'), userName: 'Maria Lopez' };

  it('read a site missing from the stored settings as on, so a new site needs no migration', () => {
    for (const site of SITES) {
      const { [site.id]: _left, ...others } = Object.fromEntries(SITE_IDS.map((id) => [id, false]));
      const parsed = settingsSchema.parse({ ...saved, sites: others });
      expect(siteOn(parsed.sites, site.id), site.id).toBe(true);
      for (const id of SITE_IDS) if (id !== site.id) expect(siteOn(parsed.sites, id), id).toBe(false);
    }
    const none = settingsSchema.parse({ ...saved, sites: {} });
    for (const id of SITE_IDS) expect(siteOn(none.sites, id), id).toBe(true);
  });

  it('keep a stored switch for a site SITES does not have (from a newer version), instead of setting the settings aside', () => {
    const parsed = settingsSchema.parse({ ...saved, sites: { ...saved.sites, myspace: false } });
    expect(parsed.sites).toEqual({ ...saved.sites, myspace: false });
    for (const id of SITE_IDS) expect(siteOn(parsed.sites, id), id).toBe(true);
    expect(settingsSchema.safeParse({ ...saved, sites: { ...saved.sites, gmail: 'off' } }).success).toBe(false);
  });

  it('read stored settings saved before a site existed with that site on, at the same version', async () => {
    const [first, ...rest] = SITE_IDS;
    const older = { ...saved, sites: Object.fromEntries(rest.map((id) => [id, false])) };
    await fakeBrowser.storage.sync.set({ settings: older, settings$: { v: 3 } });
    const read = await readItem(createStorageItems('writer').settings);
    expect(read).toEqual({ status: 'ok', value: older });
    expect(read.status === 'ok' && read.value && siteOn(read.value.sites, first!)).toBe(true);
  });
});
