/**
 * Issue 14, "store less": a profile keeps what matching email recipients to accounts needs — the
 * SHA-256 of the primary contact's normalised address and its domain — never the contact's name
 * or address. Old profiles are migrated without losing anything matching used.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageFacts } from '@/lib/core/facts/page-facts';
import { sha256Hex } from '@/lib/core/formats/sha256';
import { observed } from '@/lib/core/profile/merge';
import { resolveAccount } from '@/lib/core/profile/resolve-account';
import type { AccountProfile } from '@/lib/core/profile/schema';
import { SPECS } from '@/lib/store/items';
import { createStorageItems } from '@/lib/store/items/storage-items';
import { inspect } from '@/lib/store/read';
import { ACCOUNT_A, ACCOUNT_B, local, ownSender, setup } from '../store/support';

const AT = '2026-11-20T15:00:00.000Z';
const OPP = { kind: 'sf.opportunity' as const, recordId: '006Hs00001ABCdeIAG' };
const JANE = 'Jane.Doe@SunriseFamilyClinic.com ';
const JANE_HASH = sha256Hex('jane.doe@sunrisefamilyclinic.com');

/** A profile as v1 stored it: the contact's name and address in the clear. */
const v1Profile = (accountId: string, name: string, email: string) => ({
  accountId,
  orgHost: 'acme.lightning.force.com',
  updatedAt: AT,
  facts: {
    accountName: observed(name, OPP, AT),
    serviceLevel: observed('Premium', OPP, AT),
    primaryContactName: observed('Jane Doe', OPP, AT),
    primaryContactEmail: observed(email, OPP, AT),
  },
});

const compose = (to: string[]): PageFacts => ({
  kind: 'gmail.compose',
  url: 'https://mail.google.com/mail/u/0/#inbox?compose=new',
  host: 'mail.google.com',
  ready: true,
  fields: {},
  compose: { composeId: 'c1', to, cc: [], bcc: [], subject: null, bodyText: null, links: [], attachments: [], unreadable: [] },
});

describe('stored profiles keep no contact names or addresses', () => {
  beforeEach(() => fakeBrowser.reset());

  it('an Opportunity observation is stored as the hash of the address and its domain, without the name', async () => {
    const { writer } = setup();
    const facts = {
      accountName: observed('Sunrise Family Clinic', OPP, AT),
      primaryContactName: observed('Jane Doe', OPP, AT),
      primaryContactEmail: observed(JANE, OPP, AT),
    };
    expect(await writer.handle({ type: 'profile/observe', accountId: ACCOUNT_A, facts }, ownSender())).toEqual({ ok: true, changed: true });
    const stored = (await local('profiles')) as Record<string, AccountProfile>;
    const profile = stored[ACCOUNT_A]!;
    expect(profile.facts.primaryContactName).toEqual({ known: false });
    expect(profile.facts.primaryContactEmail).toEqual({ known: false });
    expect(profile.facts.primaryContactEmailSha256).toEqual(observed(JANE_HASH, OPP, AT));
    expect(profile.facts.primaryContactDomain).toEqual(observed('sunrisefamilyclinic.com', OPP, AT));
    expect(JSON.stringify(stored)).not.toMatch(/Jane Doe|jane\.doe/i);
  });

  it('a v1 profile migrates: name dropped, address hashed, every other fact kept; matching works as before', async () => {
    const v1 = { [ACCOUNT_A]: v1Profile(ACCOUNT_A, 'Sunrise Family Clinic', JANE), [ACCOUNT_B]: v1Profile(ACCOUNT_B, 'Sunset Dental', 'bob@sunsetdental.com') };
    const read = inspect(SPECS.profiles, v1, 1);
    expect(read.status).toBe('ok');
    const profiles = read.value as Record<string, AccountProfile>;
    expect(profiles[ACCOUNT_A]!.facts.serviceLevel).toEqual(observed('Premium', OPP, AT));
    expect(profiles[ACCOUNT_A]!.facts.accountName).toEqual(observed('Sunrise Family Clinic', OPP, AT));
    expect(profiles[ACCOUNT_A]!.facts.primaryContactEmailSha256).toEqual(observed(JANE_HASH, OPP, AT));
    expect(JSON.stringify(profiles)).not.toMatch(/Jane Doe|jane\.doe|bob@/i);

    expect(resolveAccount(compose(['jane.doe@sunrisefamilyclinic.com']), profiles)).toMatchObject({ accountId: ACCOUNT_A, via: 'contact' });
    expect(resolveAccount(compose(['office@sunsetdental.com']), profiles)).toMatchObject({ accountId: ACCOUNT_B, via: 'domain' });

    // The background persists the migration, and records the version.
    await fakeBrowser.storage.local.set({ profiles: v1, profiles$: { v: 1 } });
    const items = createStorageItems('writer');
    const persisted = await items.profiles.item.getValue();
    expect(JSON.stringify(persisted)).not.toMatch(/Jane Doe|jane\.doe|bob@/i);
    expect(await local('profiles$')).toEqual({ v: 2 });
    expect(inspect(SPECS.profiles, persisted, 2)).toEqual({ status: 'ok', value: profiles });
  });
});
