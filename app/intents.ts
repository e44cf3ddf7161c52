import type { SidebarIntent } from '../lib/view-model/sidebar';
import { todayIn } from '../lib/core/dates';
import { formatEscalationEntry } from '../lib/core/formats';
import type { PageFacts } from '../lib/core/facts/page-facts';
import { COMPOSE_PAGES } from '../lib/core/model/served-pages';
import type { CsmStore } from '../lib/store/state';
import { selectAdapterSettings, selectProgress, selectSettings } from '../lib/store/selectors';
import type { FillPlan, FillResult, SiteAdapter } from '../lib/sites/types';
import { rememberChoice } from './remember-choice';

export interface IntentContext {
  store: CsmStore;
  adapter: SiteAdapter;
  doc: Document;
  /** The page the sidebar shows now, and its account (null when unknown). */
  page: PageFacts | null;
  accountId: string | null;
  openOptions(): void;
  copy(text: string): Promise<void>;
}

const needAccount = { ok: false, message: 'Open the account on Salesforce first: CSM Guide does not know which account this is.' } as const;

/**
 * Carries out what the sidebar asked for: progress through the store (the background writes),
 * page writes through the site adapter (the only code that touches the host page). Returns the
 * result to announce, or null for intents with nothing to say.
 */
export const handleIntent = async (intent: SidebarIntent, ctx: IntentContext): Promise<FillResult | null> => {
  const { store, page, accountId } = ctx;
  const actions = store.getState().actions;
  switch (intent.type) {
    case 'toggle-done': {
      if (!accountId) return needAccount;
      const result = await actions.toggleItem(accountId, intent.ruleId, intent.done);
      return result.ok ? null : { ok: false, message: `Could not save: ${result.error}` };
    }
    case 'log-contact': {
      if (!accountId) return needAccount;
      const result = await actions.logContact(accountId, intent.day, intent.channel, intent.done);
      return result.ok ? null : { ok: false, message: `Could not save: ${result.error}` };
    }
    case 'collapse':
      await actions.setUi({ sidebarCollapsed: intent.collapsed });
      return null;
    case 'set-side':
      // Remembered for this site only: Gmail's composes dock right, Salesforce's modals centre.
      await actions.setUi({ side: { site: ctx.adapter.id, side: intent.side } });
      return null;
    case 'set-width':
      await actions.setUi({ sidebarWidth: intent.width });
      return null;
    case 'choose-account':
    case 'choose-email-kind':
      // Sent by the compose picker only, which a site without compose windows never shows.
      if (COMPOSE_PAGES) await rememberChoice(store, page, intent.type === 'choose-account' ? { accountId: intent.accountId } : { kind: intent.kind });
      return null;
    case 'set-branch': {
      if (!accountId) return needAccount;
      const since = todayIn(new Date().toISOString(), selectSettings(store.getState()).timeZone);
      const result = await actions.setBranch(accountId, intent.branch, intent.branch ? since : undefined);
      return result.ok ? null : { ok: false, message: `Could not save: ${result.error}` };
    }
    case 'open-settings':
      ctx.openOptions();
      return null;
    case 'dismiss-notice':
      await actions.dismissNotices();
      return null;
    case 'run-action':
      return runAction(intent, ctx);
  }
};

const runAction = async (intent: Extract<SidebarIntent, { type: 'run-action' }>, ctx: IntentContext): Promise<FillResult | null> => {
  const { action } = intent;
  const url = ctx.doc.location?.href ?? '';
  const settings = selectAdapterSettings(ctx.store.getState(), ctx.doc.location?.hostname ?? '');
  let plan: FillPlan;
  switch (action.type) {
    case 'toggle-done': {
      // The stored tick decides (a label is wording, e.g. "Undo OOO check", not state).
      const ticked = ctx.accountId ? selectProgress(ctx.store.getState(), ctx.accountId).items[intent.ruleId]?.done === true : false;
      return handleIntent({ type: 'toggle-done', ruleId: intent.ruleId, done: !ticked }, ctx);
    }
    case 'log-contact':
      return handleIntent({ type: 'log-contact', ruleId: intent.ruleId, day: action.day, channel: action.channel, done: action.done }, ctx);
    case 'copy':
      await ctx.copy(action.text);
      return { ok: true, message: 'Copied to the clipboard.' };
    case 'fill':
      plan = { op: action.mode === 'append-line' ? 'append-line' : 'set-field', url, field: action.field, value: action.value };
      break;
    case 'escalation-entry': {
      const text = intent.text?.trim();
      if (!text) return { ok: false, message: 'Type the action first.' };
      let entry: string;
      try {
        entry = formatEscalationEntry({ date: action.date, initials: action.initials, action: text });
      } catch (error) {
        return { ok: false, message: (error as Error).message };
      }
      plan = { op: 'append-line', url, field: action.field, value: entry };
      break;
    }
    case 'insert': {
      const composeId = ctx.page?.compose?.composeId;
      if (!composeId) return { ok: false, message: 'Click into the email you are writing first.' };
      plan = { op: 'insert-text', url, composeId, text: action.text };
      break;
    }
  }
  try {
    return ctx.adapter.fill(ctx.doc, plan, settings);
  } catch (error) {
    // The adapter should never throw; if the host page surprises it, say so instead of failing silently.
    return { ok: false, message: `Could not write into the page: ${(error as Error).message}` };
  }
};
