import { toAccountSummary, type ComposePickerView, type Notice, type SidebarProps } from './sidebar';
import { detectEmailKind, emailMarkersSchema, type EmailMarkers } from '../core/engine/email-kind';
import { evaluate } from '../core/engine/evaluate';
import type { Playbook } from '../core/playbook/schema';
import type { PageFacts } from '../core/facts/page-facts';
import { PAGE_NAMES } from '../core/model/page-kind';
import { COMPOSE_PAGES } from '../core/model/served-pages';
import { emptyProfile } from '../core/profile/schema';
import { resolveAccount, type AccountResolution } from '../core/profile/resolve-account';
import { emptyProgress } from '../core/progress/events';
import { selectEngineSettings, selectProfile, selectProgress } from '../store/selectors';
import type { CsmState } from '../store/state';
import { choiceFor } from './compose-choice';
import { SALESFORCE_NO_ACCOUNT, waitingNotice } from './waiting';

const pageLabelOf = (page: PageFacts): string => {
  if (page.compose) return page.compose.subject ? `Email: ${page.compose.subject}` : 'Email: new message';
  return PAGE_NAMES[page.kind].replace(/^the /, '').replace(/^./, (c) => c.toUpperCase());
};

const markersCache = new WeakMap<Playbook, EmailMarkers[]>();
/** Every email marker set the playbook's email rules carry (`check.params.email`). */
const emailMarkersOf = (playbook: Playbook): EmailMarkers[] => {
  let markers = markersCache.get(playbook);
  if (!markers) {
    markers = playbook.rules.flatMap((rule) => {
      const parsed = emailMarkersSchema.safeParse(rule.check.params.email);
      return parsed.success ? [parsed.data] : [];
    });
    markersCache.set(playbook, markers);
  }
  return markers;
};

export interface PageView {
  props: Omit<SidebarProps, 'onIntent'>;
  resolution: AccountResolution;
  /** The page the checklist is about (the focused compose on Gmail), with the CSM's choices applied. */
  page: PageFacts;
}

export interface PageViewOptions {
  /** The page has shown no readable layout for LAYOUT_WAIT_MS (the session's wait ran out). */
  layoutTimedOut?: boolean;
}

/**
 * Everything the sidebar shows for one page, from the store's state: the account the page is
 * about, the checklist the engine derives, and the notices. Pure over its inputs.
 */
export const buildPageView = (
  state: CsmState,
  pages: readonly PageFacts[],
  focusedId: string | null,
  now: string,
  options: PageViewOptions = {},
): PageView | null => {
  // The compose last focused; else the only one open (an Outreach composer opens over the
  // prospect page with no caret in it yet, and the checks that matter then are the email's);
  // with several and none focused, the page itself.
  const openComposes = pages.filter((p) => p.compose);
  const chosenPage = pages.find((p) => p.compose?.composeId === focusedId) ?? (openComposes.length === 1 ? openComposes[0] : pages[0]);
  if (!chosenPage) return null;
  const choice = COMPOSE_PAGES && chosenPage.compose ? choiceFor(state, chosenPage.compose) : null;
  const page: PageFacts =
    chosenPage.compose && choice?.kind ? { ...chosenPage, compose: { ...chosenPage.compose, declaredKind: choice.kind } } : chosenPage;

  const resolution = resolveAccount(page, state.profiles, choice?.accountId ?? undefined);
  const accountId = resolution.status === 'resolved' ? resolution.accountId : null;
  const profile = accountId ? (selectProfile(state, accountId) ?? emptyProfile(accountId, now)) : null;
  const settings = selectEngineSettings(state);
  const progress = accountId ? selectProgress(state, accountId) : emptyProgress();
  const model = evaluate(state.playbook.playbook, {
    profile,
    page,
    progress,
    settings,
    now,
  });

  const notices: Notice[] = state.notices.map((n) => ({
    id: n.id,
    level: n.level === 'warning' ? 'warn' : 'error',
    text: n.details?.length ? `${n.text} (${n.details.join('; ')})` : n.text,
    dismissible: n.id === 'set-aside',
  }));
  const waiting = waitingNotice(page, options.layoutTimedOut === true);
  if (waiting) notices.push(waiting);
  // Until the page has rendered, "no account" only means "not read yet".
  if (resolution.status === 'none' && page.kind !== 'gmail.compose' && page.kind !== 'outreach.compose' && !waiting)
    notices.push({ id: 'account-unknown', level: 'info', text: page.kind.startsWith('sf.') ? SALESFORCE_NO_ACCOUNT : resolution.reason });
  if (page.compose?.unreadable.length)
    notices.push({
      id: 'compose-unreadable',
      level: 'warn',
      text: `Can't read this email's ${page.compose.unreadable.join(', ')}: the page's layout may have changed.`,
    });
  if (page.compose?.noRecipients === 'template')
    notices.push({
      id: 'compose-no-recipients',
      level: 'info',
      text: "This step editor shows no recipients: the template goes to each prospect in the sequence. Checks of who it is sent to apply when it's sent.",
    });
  if (page.outreach?.unreadable.length)
    notices.push({ id: 'outreach-unreadable', level: 'warn', text: `Can't read ${page.outreach.unreadable.join(', ')} on this page.` });

  let composes: ComposePickerView | undefined;
  if (COMPOSE_PAGES && page.compose) {
    // A choice stays changeable: the picker keeps offering what the recipients alone match.
    const offered = resolution.status === 'resolved' && resolution.via === 'chosen' ? resolveAccount(page, state.profiles) : resolution;
    const detected = detectEmailKind({ ...page.compose, declaredKind: undefined }, emailMarkersOf(state.playbook.playbook));
    composes = {
      open: pages.flatMap((p) => (p.compose ? [{ composeId: p.compose.composeId, label: p.compose.subject || 'New message' }] : [])),
      focusedId: page.compose.composeId,
      accountCandidates:
        offered.status === 'ambiguous'
          ? offered.candidates.map((c) => ({ accountId: c.accountId, name: c.name, hint: c.match === 'domain' ? 'same domain' : 'primary contact' }))
          : offered.status === 'none'
            ? Object.values(state.profiles).map((p) => ({ accountId: p.accountId, name: p.facts.accountName.known && p.facts.accountName.value ? p.facts.accountName.value : p.accountId }))
            : [],
      chosenAccountId: accountId,
      emailKind: choice?.kind ?? detected,
      emailKindSource: choice?.kind ? 'declared' : 'detected',
    };
  }

  return {
    page,
    resolution,
    props: {
      model,
      account: profile
        ? toAccountSummary(profile, model, progress.branch ? { value: progress.branch.value, since: progress.branch.since } : null)
        : null,
      pageLabel: pageLabelOf(page),
      notices,
      collapsed: state.ui.sidebarCollapsed,
      now,
      timeZone: settings.timeZone,
      ...(composes ? { composes } : {}),
      ...(accountId && !state.eventsLoaded(accountId) ? { progressLoading: true } : {}),
    },
  };
};
