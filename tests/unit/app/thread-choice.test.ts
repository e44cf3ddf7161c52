/**
 * Issue 14: an account or email kind the CSM chose for one email must never land on another
 * customer's email. A choice is stored only under a key that outlives the page load (the compose's
 * `choiceKey`), with the recipients it was made for; without such a key it lives in this tab's
 * memory for that compose only.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleIntent, type IntentContext } from '@/app/intents';
import { buildPageView } from '@/lib/view-model/page-view';
import type { ComposeFacts, PageFacts } from '@/lib/core/facts/page-facts';
import { emptyFacts } from '@/lib/core/profile/schema';
import type { CsmStore } from '@/lib/store/state';
import { ACCOUNT_A, ACCOUNT_B, local, setup } from '../store/support';
import { docAt, recordingAdapter } from './support';

const NOW = '2026-11-27T15:00:00.000Z';
const JANE = 'jane.doe@sunrisefamilyclinic.com';
const BOB = 'bob@otherclinic.com';

const composePage = (compose: Partial<ComposeFacts> & { composeId: string }, kind: PageFacts['kind'] = 'outreach.compose'): PageFacts => ({
  kind,
  url: 'https://web.outreach.io/prospects/12345/activity',
  host: 'web.outreach.io',
  ready: true,
  fields: {},
  compose: { to: [], cc: [], bcc: [], subject: null, bodyText: null, links: [], attachments: [], unreadable: [], ...compose },
});

describe('thread choices', () => {
  beforeEach(() => fakeBrowser.reset());

  const started = async () => {
    // Two learned accounts, neither matched by the recipients: only a choice names one.
    const profile = (accountId: string) => ({ accountId, facts: emptyFacts(), updatedAt: NOW });
    await fakeBrowser.storage.local.set({ profiles: { [ACCOUNT_A]: profile(ACCOUNT_A), [ACCOUNT_B]: profile(ACCOUNT_B) } });
    const env = setup();
    const open = async () => {
      const store = env.tab();
      await store.ready;
      return store;
    };
    return { open, store: await open() };
  };

  const choose = async (store: CsmStore, page: PageFacts, intent: { accountId: string } | { kind: 'welcome' | 'recap' }) => {
    const ctx: IntentContext = {
      store,
      adapter: recordingAdapter().adapter,
      doc: docAt(page.url),
      page,
      accountId: null,
      openOptions: () => undefined,
      copy: async () => undefined,
    };
    await handleIntent('accountId' in intent ? { type: 'choose-account', accountId: intent.accountId } : { type: 'choose-email-kind', kind: intent.kind }, ctx);
    await store.idle();
  };
  const chosenFor = (store: CsmStore, page: PageFacts) => {
    const view = buildPageView(store.getState(), [page], page.compose!.composeId, NOW)!;
    return {
      accountId: view.resolution.status === 'resolved' && view.resolution.via === 'chosen' ? view.resolution.accountId : null,
      kind: view.props.composes?.emailKindSource === 'declared' ? view.props.composes.emailKind : null,
    };
  };

  it('a stored choice applies again after a reload, to the same recipients however they are written', async () => {
    const { open, store } = await started();
    const page = composePage({ composeId: 'outreach-composer-1', choiceKey: 'outreach:prospect-12345:step-4821-2', to: [JANE], cc: ['ops@sunrisefamilyclinic.com'] });
    await choose(store, page, { accountId: ACCOUNT_A });
    expect(Object.keys((await local('threads')) as object)).toEqual(['outreach:prospect-12345:step-4821-2']);

    const reloaded = await open();
    const same = composePage({ composeId: 'outreach-composer-1', choiceKey: 'outreach:prospect-12345:step-4821-2', to: ['OPS@sunrisefamilyclinic.com '], cc: [JANE.toUpperCase()] });
    expect(chosenFor(reloaded, same).accountId).toBe(ACCOUNT_A);
  });

  it('a stored choice never applies when the recipients differ from the ones it was made for', async () => {
    const { open, store } = await started();
    await choose(store, composePage({ composeId: 'rq1x9b', choiceKey: 'thread-f:1782011122334455667', to: [JANE] }, 'gmail.compose'), { accountId: ACCOUNT_A });
    await choose(store, composePage({ composeId: 'rq1x9b', choiceKey: 'thread-f:1782011122334455667', to: [JANE] }, 'gmail.compose'), { kind: 'welcome' });

    // Another reply in the same thread, to someone else: neither the account nor the kind carries over.
    const reloaded = await open();
    const toBob = composePage({ composeId: 'rq1x9b', choiceKey: 'thread-f:1782011122334455667', to: [BOB] }, 'gmail.compose');
    expect(chosenFor(reloaded, toBob)).toEqual({ accountId: null, kind: null });
    // Nor when someone is added to the original recipients.
    const plusBob = composePage({ composeId: 'rq1x9b', choiceKey: 'thread-f:1782011122334455667', to: [JANE, BOB] }, 'gmail.compose');
    expect(chosenFor(reloaded, plusBob)).toEqual({ accountId: null, kind: null });
  });

  it('a choice made for other recipients is replaced whole, never merged into the new one', async () => {
    const { store } = await started();
    const key = 'msg-a:r-5803117346239548021';
    await choose(store, composePage({ composeId: key, choiceKey: key, to: [JANE] }, 'gmail.compose'), { kind: 'welcome' });
    const now = composePage({ composeId: key, choiceKey: key, to: [BOB] }, 'gmail.compose');
    await choose(store, now, { accountId: ACCOUNT_B });
    expect(chosenFor(store, now)).toEqual({ accountId: ACCOUNT_B, kind: null });
  });

  it('without a key that outlives the page, the choice is kept for this compose in memory and never stored', async () => {
    const { open, store } = await started();
    const first = composePage({ composeId: 'outreach-composer-1', to: [JANE] });
    await choose(store, first, { accountId: ACCOUNT_A });
    expect(chosenFor(store, first).accountId).toBe(ACCOUNT_A);
    expect((await local('threads')) ?? {}).toEqual({});

    // After a reload the counter restarts: the next customer's composer gets the same id.
    const reloaded = await open();
    const nextCustomer = composePage({ composeId: 'outreach-composer-1', to: [BOB] });
    expect(chosenFor(reloaded, nextCustomer).accountId).toBeNull();
    // In memory too, the choice holds only for the recipients it was made for.
    expect(chosenFor(store, { ...first, compose: { ...first.compose!, to: [BOB] } }).accountId).toBeNull();
  });
});
