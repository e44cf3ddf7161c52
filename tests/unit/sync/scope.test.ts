/**
 * What a browser pulls follows the roles the server vouches for: a lead's (or a server admin's)
 * takes the team, anyone else's their book, through a selector on their own documents and
 * their accounts'.
 */
import { describe, expect, it } from 'vitest';
import { accountKeyRanges, bookSelector, pullScopeOf } from '@/background/sync/scope';
import { CSM_ROLE, LEAD_ROLE, SERVER_ADMIN_ROLE } from '@/lib/sync/roles';

describe('pull scope', () => {
  it('is the team for a lead or a server admin, the book for a CSM or anyone else', () => {
    expect(pullScopeOf([LEAD_ROLE])).toBe('team');
    expect(pullScopeOf([CSM_ROLE, LEAD_ROLE])).toBe('team');
    expect(pullScopeOf([SERVER_ADMIN_ROLE])).toBe('team');
    expect(pullScopeOf([CSM_ROLE])).toBe('book');
    expect(pullScopeOf([])).toBe('book');
    expect(pullScopeOf(['csm-guide-lead-typo', 'lead'])).toBe('book');
  });

  it('selects the CSM’s own documents and every document of their accounts', () => {
    expect(bookSelector('maria', ['001A', '001B'])).toEqual({ $or: [{ owner: 'maria' }, { accountId: { $in: ['001A', '001B'] } }] });
    expect(bookSelector('maria', [])).toEqual({ $or: [{ owner: 'maria' }, { accountId: { $in: [] } }] });
  });

  it('fetches an account by its events’ and its cards’ key ranges', () => {
    expect(accountKeyRanges('001Hs00003ABCdeIAG')).toEqual([
      { startkey: 'ev/001Hs00003ABCdeIAG/', endkey: 'ev/001Hs00003ABCdeIAG/\uffff' },
      { startkey: 'card/001Hs00003ABCdeIAG/', endkey: 'card/001Hs00003ABCdeIAG/\uffff' },
    ]);
  });
});
