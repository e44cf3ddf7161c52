import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ItemAction } from '@/lib/core/engine/types';
import { handleIntent, type IntentContext } from '@/app/intents';
import { selectProgress } from '@/lib/store/selectors';
import { local, setup } from '../store/support';
import { docAt, pageOf, recordingAdapter, SUNRISE } from './support';

const URL_NOW = 'https://acme.lightning.force.com/lightning/r/Case/500Hs00001XyZ9QIAV/edit';

describe('handleIntent', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  const context = async (overrides: Partial<IntentContext> = {}) => {
    const { tab, storedEvents } = setup();
    const store = tab();
    await store.ready;
    await store.getState().actions.saveSettings({ userName: 'Maria Lopez', initials: 'ML' });
    await store.idle();
    const { adapter, plans } = recordingAdapter();
    const copied: string[] = [];
    let opened = 0;
    const ctx: IntentContext = {
      store,
      adapter,
      doc: docAt(URL_NOW),
      page: pageOf('sf.case.new', { accountId: SUNRISE, url: URL_NOW }),
      accountId: SUNRISE,
      openOptions: () => void (opened += 1),
      copy: async (text) => void copied.push(text),
      ...overrides,
    };
    return { ctx, store, plans, copied, opened: () => opened, storedEvents };
  };

  it('toggle-done writes an item event through the background, with who', async () => {
    const { ctx, store, storedEvents } = await context();
    expect(await handleIntent({ type: 'toggle-done', ruleId: 'OB-PREP-REVIEW', done: true }, ctx)).toBeNull();
    await store.idle();
    const events = await storedEvents();
    expect(events).toEqual([expect.objectContaining({ type: 'item', accountId: SUNRISE, ruleId: 'OB-PREP-REVIEW', done: true, by: 'Maria Lopez' })]);
    expect(selectProgress(store.getState(), SUNRISE).items['OB-PREP-REVIEW']?.done).toBe(true);
  });

  it('set-branch starts the Unresponsive branch from today, and null ends it', async () => {
    const { ctx, store } = await context();
    expect(await handleIntent({ type: 'set-branch', branch: 'unresponsive' }, ctx)).toBeNull();
    await store.idle();
    const branch = selectProgress(store.getState(), SUNRISE).branch;
    expect(branch).toMatchObject({ value: 'unresponsive', by: 'Maria Lopez' });
    expect(branch?.since).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await handleIntent({ type: 'set-branch', branch: null }, ctx);
    await store.idle();
    expect(selectProgress(store.getState(), SUNRISE).branch).toBeNull();
  });

  it('without a known account nothing is written, and the user is told why', async () => {
    const { ctx, storedEvents } = await context({ accountId: null });
    const result = await handleIntent({ type: 'toggle-done', ruleId: 'OB-PREP-REVIEW', done: true }, ctx);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/Open the account on Salesforce first/) });
    expect(await storedEvents()).toEqual([]);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith('outbox:'))).toEqual([]);
  });

  it('a toggle-done action flips the stored tick, whatever its label says', async () => {
    const { ctx, store } = await context();
    const action: ItemAction = { type: 'toggle-done', verb: 'toggle-done', label: 'Undo OOO check' };
    await handleIntent({ type: 'run-action', ruleId: 'CSO-ACCOUNT-CSM-FIELDS', action }, ctx);
    await store.idle();
    expect(selectProgress(store.getState(), SUNRISE).items['CSO-ACCOUNT-CSM-FIELDS']?.done).toBe(true);
    await handleIntent({ type: 'run-action', ruleId: 'CSO-ACCOUNT-CSM-FIELDS', action }, ctx);
    await store.idle();
    expect(selectProgress(store.getState(), SUNRISE).items['CSO-ACCOUNT-CSM-FIELDS']?.done).toBe(false);
  });

  it('an escalation entry becomes an append-line plan for the current URL: MM/DD/YY_Initials:Action', async () => {
    const { ctx, plans } = await context();
    const action: ItemAction = { type: 'escalation-entry', verb: 'fill-escalation-entry', label: 'New Description entry', field: 'case.description', date: '2026-11-27', initials: 'ML' };
    expect(await handleIntent({ type: 'run-action', ruleId: 'ESC-DESCRIPTION-FORMAT', action, text: '  Called the admin\nleft a voicemail ' }, ctx)).toEqual({ ok: true, message: 'Filled.' });
    expect(plans).toEqual([{ op: 'append-line', url: URL_NOW, field: 'case.description', value: '11/27/26_ML:Called the admin left a voicemail' }]);
  });

  it('an escalation entry without text asks for it and fills nothing', async () => {
    const { ctx, plans } = await context();
    const action: ItemAction = { type: 'escalation-entry', verb: 'fill-escalation-entry', label: 'New Description entry', field: 'case.description', date: '2026-11-27', initials: 'ML' };
    expect(await handleIntent({ type: 'run-action', ruleId: 'ESC-DESCRIPTION-FORMAT', action, text: '   ' }, ctx)).toEqual({ ok: false, message: 'Type the action first.' });
    expect(plans).toEqual([]);
  });

  it('fill actions become set-field or append-line plans', async () => {
    const { ctx, plans } = await context();
    await handleIntent(
      { type: 'run-action', ruleId: 'UNR-FAILED-CASE', action: { type: 'fill', verb: 'fill-due-date', label: 'Set', field: 'case.dueDate', value: '2026-12-27', mode: 'set' } },
      ctx,
    );
    await handleIntent(
      { type: 'run-action', ruleId: 'X-RULE', action: { type: 'fill', verb: 'fill-subject', label: 'Add', field: 'case.description', value: 'line', mode: 'append-line' } },
      ctx,
    );
    expect(plans).toEqual([
      { op: 'set-field', url: URL_NOW, field: 'case.dueDate', value: '2026-12-27' },
      { op: 'append-line', url: URL_NOW, field: 'case.description', value: 'line' },
    ]);
  });

  it('an adapter that throws is reported, never rethrown', async () => {
    const { adapter } = recordingAdapter(() => {
      throw new Error('boom');
    });
    const { ctx } = await context({ adapter });
    const result = await handleIntent(
      { type: 'run-action', ruleId: 'UNR-FAILED-CASE', action: { type: 'fill', verb: 'fill-due-date', label: 'Set', field: 'case.dueDate', value: '2026-12-27', mode: 'set' } },
      ctx,
    );
    expect(result).toEqual({ ok: false, message: 'Could not write into the page: boom' });
  });

  it('insert needs a compose; copy goes to the clipboard', async () => {
    const { ctx, copied } = await context();
    const insert: ItemAction = { type: 'insert', verb: 'insert-support-snippet', label: 'Insert', text: 'support@medtrainer.com' };
    expect(await handleIntent({ type: 'run-action', ruleId: 'DG-SUPPORT-REDIRECT', action: insert }, ctx)).toMatchObject({ ok: false });
    const copy: ItemAction = { type: 'copy', verb: 'copy-text', label: 'Copy', text: '12/16/2026' };
    expect(await handleIntent({ type: 'run-action', ruleId: 'CSO-BILLING-START', action: copy }, ctx)).toEqual({ ok: true, message: 'Copied to the clipboard.' });
    expect(copied).toEqual(['12/16/2026']);
  });

  it('collapse is remembered in storage; open-settings opens the options page', async () => {
    const { ctx, store, opened } = await context();
    await handleIntent({ type: 'collapse', collapsed: true }, ctx);
    await store.idle();
    expect(store.getState().ui.sidebarCollapsed).toBe(true);
    expect(await local('ui')).toMatchObject({ sidebarCollapsed: true });
    await handleIntent({ type: 'open-settings' }, ctx);
    expect(opened()).toBe(1);
  });
});
