import { describe, expect, it } from 'vitest';
import { messageSchema, parseMessage, type Message } from '@/lib/messages/protocol';
import { observed } from '@/lib/core/profile/merge';

const ACCOUNT = '001Hs00003ABCdeIAG';
const AT = '2026-11-27T10:00:00.000Z';
const page = { kind: 'sf.onboarding' as const, recordId: 'a0BHs00000ABCdeMAC' };

const valid: Message[] = [
  {
    type: 'progress/append',
    events: [{ type: 'item', id: `${AT}-x1`, accountId: ACCOUNT, by: 'Maria', at: AT, ruleId: 'OB-SAME-DAY-CALL', done: true }],
  },
  {
    type: 'profile/observe',
    accountId: ACCOUNT,
    orgHost: 'acme.lightning.force.com',
    facts: { obCallScheduledFor: observed('2026-12-01', page, AT), onboardingCompleted: observed(null, page, AT) },
  },
  { type: 'threads/set', key: 'thread-f:1789', accountId: ACCOUNT, kind: 'welcome', recipients: 'a'.repeat(64), at: AT },
  { type: 'threads/set', key: 'msg-a:r-123', kind: null, recipients: 'a'.repeat(64), at: AT },
  { type: 'ui/set', patch: { sidebarCollapsed: true, side: { site: 'gmail', side: null } } },
  { type: 'ui/set', patch: { side: { site: 'outreach', side: 'left' }, sidebarWidth: 420 } },
  { type: 'settings/set', patch: { initials: 'ML', sites: { salesforce: true, gmail: false, outreach: true, medtrainer: true } } },
  { type: 'playbook/set', playbook: { schemaVersion: 1 }, source: 'sops.json' },
  { type: 'playbook/set', playbook: null },
  { type: 'quarantine/dismiss', ids: [`${AT}-q1`] },
  { type: 'storage/check' },
  { type: 'storage/check', items: ['events', 'settings'] },
  { type: 'sync/configure', url: 'https://couch.example.com/csm-guide-team', user: 'maria' },
  { type: 'sync/sign-in', password: 'correct horse' },
  { type: 'sync/sign-out' },
  { type: 'sync/token', token: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtYXJpYSJ9.c2ln' },
  { type: 'sync/token', token: null },
  { type: 'sync/now' },
  { type: 'sync/status' },
];

describe('the message protocol', () => {
  it.each(valid.map((m) => [m.type, m] as const))('accepts %s', (_type, message) => {
    expect(parseMessage(message)).toEqual(message);
  });

  it('is one discriminated union over every message type', () => {
    const types = messageSchema._zod.def.options.map((option) => option.shape.type._zod.def.values[0]).sort();
    expect(types).toEqual(
      ['app/load', 'events/authors', 'events/flush', 'events/page', 'events/query', 'events/since', 'my-day/reminder', 'options/open', 'playbook/set', 'profile/observe', 'profiles/observe', 'progress/append', 'quarantine/dismiss', 'settings/set', 'setup/set', 'storage/check', 'sync/configure', 'sync/now', 'sync/sign-in', 'sync/sign-out', 'sync/status', 'sync/token', 'threads/set', 'ui/set'],
    );
  });

  it.each([
    ['not an object', 'progress/append'],
    ['an unknown type', { type: 'eval', code: 'alert(1)' }],
    ['an extra field', { type: 'storage/check', from: 'page' }],
    ['a 15-character account id', { type: 'profile/observe', accountId: '001Hs00003ABCde', facts: {} }],
    ['an unknown fact', { type: 'profile/observe', accountId: ACCOUNT, facts: { patientName: observed('x', page, AT) } }],
    ['an unknown (never seen) fact', { type: 'profile/observe', accountId: ACCOUNT, facts: { mrr: { known: false } } }],
    ['a fact of the wrong type', { type: 'profile/observe', accountId: ACCOUNT, facts: { mrr: observed('lots', page, AT) } }],
    ['a host with a path', { type: 'profile/observe', accountId: ACCOUNT, orgHost: 'evil.example/x', facts: {} }],
    ['an unknown email kind', { type: 'threads/set', key: 'k', kind: 'phishing', at: AT }],
    ['a setting this version does not know', { type: 'settings/set', patch: { theme: 'dark' } }],
    ['a playbook that is not an object', { type: 'playbook/set', playbook: '{"rules":[]}' }],
    ['an unknown storage item', { type: 'storage/check', items: ['cookies'] }],
    ['a team database URL with a password in it', { type: 'sync/configure', url: 'https://maria:pw@couch.example.com/team', user: 'maria' }],
    ['a team database URL that is not http(s)', { type: 'sync/configure', url: 'javascript:alert(1)//x', user: 'maria' }],
    ['an empty password', { type: 'sync/sign-in', password: '' }],
  ])('rejects %s', (_why, raw) => {
    expect(parseMessage(raw)).toBeNull();
  });
});
