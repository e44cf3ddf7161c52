import { describe, expect, it } from 'vitest';
import { item, page, readOnly, verbs } from '../support/salesforce';

describe('CSO-ADMIN-EMAIL-TAKEN', () => {
  it('info: both SOP options to copy, and the +1 to fill', () => {
    const i = item('CSO-ADMIN-EMAIL-TAKEN', { page: page('mt.presignup', { 'signup.email': 'jane@acme.com' }) });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(/disable that user as janeDONOTUSE@acme\.com, or.*use jane\+1@acme\.com/);
    expect(i.actions).toEqual([
      { type: 'copy', verb: 'copy-text', label: 'Copy janeDONOTUSE@acme.com', text: 'janeDONOTUSE@acme.com' },
      { type: 'copy', verb: 'copy-text', label: 'Copy jane+1@acme.com', text: 'jane+1@acme.com' },
      expect.objectContaining({ verb: 'fill-admin-email', field: 'signup.email', value: 'jane+1@acme.com' }),
    ]);
  });
  it('info: falls back to the primary contact email; no fill on a read-only field', () => {
    const i = item('CSO-ADMIN-EMAIL-TAKEN', {
      profile: { primaryContactEmail: 'jane@acme.com' },
      page: page('mt.presignup', { 'signup.email': readOnly(null) }),
    });
    expect(i.message).toMatch(/jane@acme\.com \(the primary contact email\)/);
    expect(verbs(i)).toEqual(['copy-text', 'copy-text']);
  });
  it.each([
    ['empty', null, /Fill "Email Address \/ Username" first/],
    ['not an address', 'jane at acme', /"Email Address \/ Username" "jane at acme" is not one email address/],
  ] as const)('info without actions when the email is %s', (_, value, message) => {
    const i = item('CSO-ADMIN-EMAIL-TAKEN', { page: page('mt.presignup', { 'signup.email': value }) });
    expect(i.state).toBe('info');
    expect(i.message).toMatch(message);
    expect(i.actions).toEqual([]);
  });
});
