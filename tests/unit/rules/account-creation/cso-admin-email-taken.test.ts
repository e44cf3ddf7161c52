import { describe, expect, it } from 'vitest';
import { item, page, readOnly, verbs } from '../support/salesforce';
import { emailHash } from '@/lib/core/profile/stored-facts';

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
  describe('the contact\'s address already written the SOP\'s way (issue 22)', () => {
    it.each([
      ['as the page shows it', { primaryContactEmail: 'jane@acme.com' }],
      ['as the profile keeps it', { primaryContactEmailSha256: emailHash('jane@acme.com') }],
    ] as const)('+1: the options stay the contact\'s, with nothing to fill (%s)', (_, profile) => {
      const i = item('CSO-ADMIN-EMAIL-TAKEN', { profile, page: page('mt.presignup', { 'signup.email': 'jane+1@acme.com' }) });
      expect(i.state).toBe('info');
      expect(i.message).toBe(
        '"Email Address / Username" jane+1@acme.com is jane@acme.com with the SOP\'s +1. If jane@acme.com (the primary contact email) is taken by a demo or trial user: disable that user as janeDONOTUSE@acme.com, or, if that user is still valid or belongs to another active account, use jane+1@acme.com for the new super admin.',
      );
      expect(verbs(i)).toEqual(['copy-text', 'copy-text']);
    });
    it('DONOTUSE: the options are the contact\'s, and the +1 can be filled', () => {
      const i = item('CSO-ADMIN-EMAIL-TAKEN', { profile: { primaryContactEmail: 'jane@acme.com' }, page: page('mt.presignup', { 'signup.email': 'janeDONOTUSE@acme.com' }) });
      expect(i.message).toMatch(/^"Email Address \/ Username" janeDONOTUSE@acme\.com is jane@acme\.com with the SOP's DONOTUSE\. /);
      expect(i.actions.at(-1)).toMatchObject({ verb: 'fill-admin-email', value: 'jane+1@acme.com' });
    });
    it('another person\'s +1 is taken as typed', () => {
      const i = item('CSO-ADMIN-EMAIL-TAKEN', { profile: { primaryContactEmail: 'jane@acme.com' }, page: page('mt.presignup', { 'signup.email': 'joe+1@acme.com' }) });
      expect(i.message).toMatch(/^If joe\+1@acme\.com \("Email Address \/ Username"\) is taken.*use joe\+2@acme\.com/);
    });
  });
});
