import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildPageView } from '@/lib/view-model/page-view';
import { LAYOUT_WAIT_MS } from '@/lib/view-model/waiting';
import { emptyComposeFacts, type PageFacts } from '@/lib/core/facts/page-facts';
import { setup } from '../store/support';
import { pageOf, SUNRISE } from '../app/support';

const NOW = '2026-11-27T15:00:00.000Z';

describe('buildPageView', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  const stateAfter = async (prepare?: (store: ReturnType<ReturnType<typeof setup>['tab']>) => Promise<unknown>) => {
    const { tab } = setup();
    const store = tab();
    await store.ready;
    if (prepare) {
      await prepare(store);
      await store.idle();
    }
    return store.getState();
  };

  it('a page still rendering shows "waiting" and no "account unknown" yet', async () => {
    const view = buildPageView(await stateAfter(), [pageOf('sf.onboarding', { ready: false })], null, NOW)!;
    expect(view.props.notices.map((n) => n.id)).toEqual(['waiting']);
    expect(view.props.notices[0]!.text).toBe('Waiting for the record to load…');
    expect(view.props.model.pageKind).toBe('sf.onboarding');
  });

  it('past the wait, it says the layout has not appeared (and points at settings)', async () => {
    const view = buildPageView(await stateAfter(), [pageOf('sf.onboarding', { ready: false })], null, NOW, { layoutTimedOut: true })!;
    const [notice] = view.props.notices;
    expect(notice).toMatchObject({ id: 'layout-timeout', level: 'warn', settings: true });
    expect(notice!.text).toContain(`haven't appeared after ${LAYOUT_WAIT_MS / 1000} seconds`);
  });

  it('on the new-Case form the wait mentions the record-type chooser, and never sends the user to settings', async () => {
    const state = await stateAfter();
    const waiting = buildPageView(state, [pageOf('sf.case.new', { ready: false })], null, NOW)!;
    expect(waiting.props.notices[0]!.text).toMatch(/choose one and click Next/);
    const late = buildPageView(state, [pageOf('sf.case.new', { ready: false })], null, NOW, { layoutTimedOut: true })!;
    expect(late.props.notices[0]).toMatchObject({ id: 'layout-timeout', settings: false });
  });

  it('a rendered page drops the wait, even when the wait ran out earlier', async () => {
    const view = buildPageView(await stateAfter(), [pageOf('sf.account', { accountId: SUNRISE })], null, NOW, { layoutTimedOut: true })!;
    expect(view.props.notices.map((n) => n.id)).not.toContain('layout-timeout');
    expect(view.props.notices.map((n) => n.id)).not.toContain('waiting');
  });

  it('a rendered Salesforce record without its Account says so in Salesforce terms (not the email wording)', async () => {
    const view = buildPageView(await stateAfter(), [pageOf('sf.case')], null, NOW)!;
    const notice = view.props.notices.find((n) => n.id === 'account-unknown');
    expect(notice?.text).toMatch(/doesn't show its Account lookup/);
    expect(notice?.text).not.toMatch(/recipient/);
    expect(view.resolution.status).toBe('none');
    expect(view.props.account).toBeNull();
  });

  it('the pre-signup form without an Account ID asks for it', async () => {
    const view = buildPageView(await stateAfter(), [pageOf('mt.presignup', { url: 'https://lms.medtrainer.com/signup/preSign' })], null, NOW)!;
    expect(view.props.notices.find((n) => n.id === 'account-unknown')?.text).toMatch(/Paste the SF Account ID/);
  });

  it('a known account: its profile, the collapsed state and the time zone from the store', async () => {
    const state = await stateAfter(async (store) => {
      const { actions } = store.getState();
      await actions.saveSettings({ timeZone: 'America/Chicago' });
      await actions.setUi({ sidebarCollapsed: true });
      await actions.observeFacts(SUNRISE, { accountName: { known: true, value: 'Sunrise Family Clinic', source: { kind: 'sf.account', recordId: SUNRISE }, observedAt: NOW } });
    });
    const view = buildPageView(state, [pageOf('sf.opportunity', { accountId: SUNRISE })], null, NOW)!;
    expect(view.resolution).toEqual({ status: 'resolved', accountId: SUNRISE, via: 'page' });
    expect(view.props.account).toMatchObject({ accountId: SUNRISE, name: 'Sunrise Family Clinic' });
    expect(view.props.model.accountId).toBe(SUNRISE);
    expect(view.props.collapsed).toBe(true);
    expect(view.props.timeZone).toBe('America/Chicago');
    expect(view.props.pageLabel).toBe('Salesforce Opportunity');
  });

  /** An Outreach prospect page with composers open over it (issue 13): what the sidebar is about. */
  describe('which page the sidebar follows', () => {
    const prospect = pageOf('outreach.prospect', { url: 'https://web.outreach.io/prospects/12345/activity' });
    const composer = (id: string, subject: string): PageFacts => ({
      ...prospect,
      kind: 'outreach.compose',
      compose: { ...emptyComposeFacts(id), subject },
    });

    it('the only composer open, before the caret is in it', async () => {
      const view = buildPageView(await stateAfter(), [prospect, composer('c1', 'Welcome')], null, NOW)!;
      expect(view.page.kind).toBe('outreach.compose');
      expect(view.props.pageLabel).toBe('Email: Welcome');
    });

    it('the one last focused among several, else the page itself', async () => {
      const pages = [prospect, composer('c1', 'Welcome'), composer('c2', 'Rosters')];
      expect(buildPageView(await stateAfter(), pages, 'c2', NOW)!.page.compose?.composeId).toBe('c2');
      expect(buildPageView(await stateAfter(), pages, null, NOW)!.page.kind).toBe('outreach.prospect');
    });
  });

  it('no page, no view', async () => {
    expect(buildPageView(await stateAfter(), [], null, NOW)).toBeNull();
  });
});
