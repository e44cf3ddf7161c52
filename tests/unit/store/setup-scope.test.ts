import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { selectPlaybook, selectProgress } from '@/lib/store/selectors';
import { ACCOUNT_A, ACCOUNT_B, local, setup } from './support';

/** OB-MEETING-TYPE is a one-time setup per CSM (not per account): the CSM's own Outreach and Salesforce settings. */
const SETUP_RULE = 'OB-MEETING-TYPE';
const ACCOUNT_RULE = 'OB-PREP-REVIEW';

describe('one-time setup is per CSM, not per account', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('the playbook marks OB-MEETING-TYPE, and only one-time steps, as the CSM’s', async () => {
    const { tab } = setup();
    const store = tab();
    await store.ready;
    const scoped = selectPlaybook(store.getState()).rules.filter((rule) => rule.scope === 'csm').map((rule) => rule.id);
    expect(scoped).toEqual([SETUP_RULE]);
    store.destroy();
  });

  it('ticked on one account it is done on every account, logged on the first for the audit; undone anywhere, undone everywhere', async () => {
    const { tab, storedEvents } = setup();
    const store = tab();
    await store.ready;
    await store.getState().actions.saveSettings({ userName: 'Maria Lopez' });
    await store.getState().actions.watchAccounts([ACCOUNT_A, ACCOUNT_B]);
    expect(await store.getState().actions.toggleItem(ACCOUNT_A, SETUP_RULE, true)).toMatchObject({ ok: true });
    await store.idle();

    expect(selectProgress(store.getState(), ACCOUNT_A).items[SETUP_RULE]).toMatchObject({ done: true, by: 'Maria Lopez' });
    expect(selectProgress(store.getState(), ACCOUNT_B).items[SETUP_RULE]).toMatchObject({ done: true, by: 'Maria Lopez' });
    expect((await storedEvents()).map((e) => [e.accountId, e.type === 'item' ? e.ruleId : e.type])).toEqual([[ACCOUNT_A, SETUP_RULE]]);
    expect(await local('setup')).toEqual({ [SETUP_RULE]: expect.objectContaining({ done: true, by: 'Maria Lopez' }) });

    // A tab opened later, on another account, sees it done.
    const later = tab();
    await later.ready;
    expect(selectProgress(later.getState(), ACCOUNT_B).items[SETUP_RULE]?.done).toBe(true);
    later.destroy();

    await store.getState().actions.toggleItem(ACCOUNT_B, SETUP_RULE, false);
    await store.idle();
    expect(selectProgress(store.getState(), ACCOUNT_A).items[SETUP_RULE]?.done).toBe(false);
    expect(selectProgress(store.getState(), ACCOUNT_B).items[SETUP_RULE]?.done).toBe(false);
    store.destroy();
  });

  it('an account step stays the account’s own', async () => {
    const { tab } = setup();
    const store = tab();
    await store.ready;
    await store.getState().actions.watchAccounts([ACCOUNT_A, ACCOUNT_B]);
    await store.getState().actions.toggleItem(ACCOUNT_A, ACCOUNT_RULE, true);
    await store.idle();
    expect(selectProgress(store.getState(), ACCOUNT_A).items[ACCOUNT_RULE]?.done).toBe(true);
    expect(selectProgress(store.getState(), ACCOUNT_B).items[ACCOUNT_RULE]).toBeUndefined();
    expect(await local('setup')).toBeUndefined();
    store.destroy();
  });
});
