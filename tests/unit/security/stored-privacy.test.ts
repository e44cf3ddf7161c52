// @vitest-environment happy-dom
/**
 * The storage allowlist (stored-privacy.ts) over what the real writer stores for real page facts
 * (the Salesforce fixtures read by the adapter), and over data that must never be stored.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sha256Hex } from '@/lib/core/formats/sha256';
import { profileFactsFromPage } from '@/lib/core/profile/from-page';
import { openFixture, row } from '../sites/salesforce/fixture-dom';
import { ownSender, RECIPIENTS, setup } from '../store/support';
import { privacyViolations, storedStrings, type StorageSnapshot } from './stored-privacy';

const snapshot = async (): Promise<StorageSnapshot> => ({
  local: await fakeBrowser.storage.local.get(null),
  sync: await fakeBrowser.storage.sync.get(null),
});

const AT = '2026-11-27T15:00:00.000Z';

describe('what a session stores passes the allowlist', () => {
  beforeEach(() => fakeBrowser.reset());

  it('profiles learned from the Account, Opportunity and Onboarding pages, ticks, a thread choice, settings', async () => {
    const { writer } = setup();
    for (const file of ['salesforce/account.html', 'salesforce/opportunity.html', 'salesforce/onboarding.html']) {
      const page = (await openFixture(row(file), { shadow: 'synthetic' })).collect();
      const answer = await writer.handle(
        { type: 'profile/observe', accountId: page.accountId!, orgHost: 'acme.lightning.force.com', facts: profileFactsFromPage(page, AT) },
        ownSender(),
      );
      expect(answer).toMatchObject({ ok: true });
    }
    const accountId = '001Hs00003KxQ2aIAF';
    await writer.handle({ type: 'settings/set', patch: { userName: 'Maria Lopez', initials: 'ML', labels: { 'account.csm': 'CSM' } } }, ownSender());
    await writer.handle(
      {
        type: 'progress/append',
        events: [
          { type: 'item', id: `${AT}-a1`, accountId, by: 'Maria Lopez', at: AT, ruleId: 'OB-SAME-DAY-CALL', done: true },
          { type: 'contact', id: `${AT}-a2`, accountId, by: 'Maria Lopez', at: AT, day: '2026-11-27', channel: 'call', done: true },
          { type: 'branch', id: `${AT}-a3`, accountId, by: 'Maria Lopez', at: AT, branch: 'unresponsive', since: '2026-11-27' },
        ],
      },
      ownSender(),
    );
    await writer.handle(
      { type: 'threads/set', key: 'thread-f:1781936620571146274', accountId, kind: 'welcome', recipients: RECIPIENTS, at: AT },
      ownSender(),
    );
    await writer.handle({ type: 'ui/set', patch: { sidebarCollapsed: true } }, ownSender());

    const stored = await snapshot();
    expect(Object.keys(stored.local).sort()).toEqual(['eventChanges', 'profiles', 'profiles$', 'threads', 'threads$', 'ui', 'ui$']);
    expect(privacyViolations(stored)).toEqual([]);
    // The names the profile keeps are the account's and the CSM's; nothing longer than a line.
    expect(storedStrings(stored)).toEqual(expect.arrayContaining(['Sunrise Family Clinic', 'Maria Lopez']));
    expect(storedStrings(stored).every((s) => !s.includes('\n'))).toBe(true);
    // The primary contact (Jordan Avery on the Opportunity) is kept only as what matching needs:
    // the SHA-256 of the address and its domain (issue 14).
    const text = storedStrings(stored).join('\n');
    expect(text).not.toContain('Jordan Avery');
    expect(text).not.toContain('jordan.avery@');
    expect(storedStrings(stored)).toEqual(expect.arrayContaining([sha256Hex('jordan.avery@sunrisefamilyclinic.com'), 'sunrisefamilyclinic.com']));
  });
});

describe('what must never be stored is named by its path', () => {
  const base = (): StorageSnapshot => ({ local: {}, sync: {} });

  it('an email subject or body, free-text notes, markup, URLs and unknown keys', () => {
    const snap = base();
    snap.local.events = [
      {
        type: 'item',
        id: `${AT}-x`,
        accountId: '001Hs00003KxQ2aIAF',
        by: 'Maria Lopez',
        at: AT,
        ruleId: 'OB-SAME-DAY-CALL',
        done: true,
        note: 'Called Jordan, she asked about pricing',
      },
    ];
    snap.local.profiles = {
      '001Hs00003KxQ2aIAF': {
        accountId: '001Hs00003KxQ2aIAF',
        updatedAt: AT,
        facts: {
          accountName: { known: true, value: '<img src=x onerror=alert(1)>', source: { kind: 'sf.account' }, observedAt: AT },
          csm: { known: true, value: 'Hi Jordan,\nWelcome to MedTrainer! Here are your next steps…', source: { kind: 'gmail.compose' }, observedAt: AT },
          description: { known: true, value: 'Customer threatened to cancel', source: { kind: 'sf.case' }, observedAt: AT },
        },
        orgHost: 'https://acme.lightning.force.com/lightning/r/Account/001Hs00003KxQ2aIAF/view',
      },
    };
    snap.local.threads = { 'Welcome to MedTrainer - next steps': { kind: 'welcome', at: AT } };
    snap.local.drafts = { body: 'Hi Jordan' };
    snap.sync.settings = { userName: 'Maria Lopez', signature: 'Maria Lopez\nCustomer Success' };

    const found = privacyViolations(snap);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^local:events\[0\]\.note: not a field/),
        expect.stringMatching(/^local:profiles\.001Hs00003KxQ2aIAF\.facts\.accountName\.value: expected a name/),
        expect.stringMatching(/^local:profiles\.001Hs00003KxQ2aIAF\.facts\.csm\.value: expected a name/),
        expect.stringMatching(/^local:profiles\.001Hs00003KxQ2aIAF\.facts\.description: not a field/),
        expect.stringMatching(/^local:profiles\.001Hs00003KxQ2aIAF\.orgHost: expected a host name/),
        expect.stringMatching(/^local:threads key: expected a thread or compose id/),
        'local:drafts: not a key CSM Guide may store',
        expect.stringMatching(/^sync:settings\.signature: not a field/),
      ]),
    );
    expect(found).toHaveLength(8);
  });
});
