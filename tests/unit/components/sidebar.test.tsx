// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Sidebar } from '@/components/sidebar/Sidebar';
import { actionKey, type SidebarIntent, type SidebarProps } from '@/lib/view-model/sidebar';
import { ACCOUNT_ID, ITEMS, NOW, ZONE, account, escalationEntryAction, model, unrDaily10 } from './fixtures';
import { cleanup, click, key, render, select, type } from './render';

afterEach(cleanup);

const props = (overrides: Partial<SidebarProps> = {}): SidebarProps => ({
  model: model(),
  account: account(),
  pageLabel: 'New Case: Escalations',
  notices: [],
  collapsed: false,
  now: NOW,
  timeZone: ZONE,
  onIntent: vi.fn(),
  ...overrides,
});

const setup = (overrides: Partial<SidebarProps> = {}) => {
  const onIntent = vi.fn<(intent: SidebarIntent) => void>();
  const p = props({ onIntent, ...overrides });
  const view = render(<Sidebar {...p} />);
  const rule = (id: string) => view.$(`[data-rule="${id}"]`);
  return { ...view, onIntent, props: p, rule };
};

describe('Sidebar test hooks', () => {
  it('exposes the contract attributes on the root, each rule and each action', () => {
    const { $, $$, rule } = setup();
    const root = $('[data-testid="csm-guide-sidebar"]')!;
    expect(root).not.toBeNull();
    expect(root.getAttribute('data-page-kind')).toBe('sf.case.new');
    expect(root.getAttribute('data-account-id')).toBe(ACCOUNT_ID);

    const shown = $$('li[data-rule]');
    expect(shown.map((li) => li.getAttribute('data-rule')).sort()).toEqual(ITEMS.map((i) => i.ruleId).sort());
    for (const item of ITEMS) expect(rule(item.ruleId)?.getAttribute('data-state')).toBe(item.state);

    expect(rule('ESC-DESCRIPTION-FORMAT')!.querySelector('button[data-action="fill-escalation-entry"]')).not.toBeNull();
    expect(rule('ESC-SUBJECT')!.querySelector('button[data-action="fill-subject"]')?.getAttribute('data-field')).toBe('case.subject');
    expect(rule('OB-PREP-REVIEW')!.querySelector('button[data-action="toggle-done"]')?.textContent).toBe('Mark done');
    // Every button is a real type=button.
    for (const button of $$('button')) expect(button.getAttribute('type')).toBe('button');
  });

  it('leaves data-page-kind and data-account-id off when they are not known', () => {
    const { $ } = setup({ model: model({ pageKind: null, accountId: null }), account: null });
    const root = $('[data-testid="csm-guide-sidebar"]')!;
    expect(root.hasAttribute('data-page-kind')).toBe(false);
    expect(root.hasAttribute('data-account-id')).toBe(false);
    expect(root.textContent).toContain('Account not known yet: open its Salesforce Account');
  });

  it('puts page rules under "This page" and the rest under "Account timeline"', () => {
    const { $ } = setup();
    const page = $('[data-section="page"]')!;
    const timeline = $('[data-section="timeline"]')!;
    expect(page.querySelector('h3')?.textContent).toBe('This page');
    expect(timeline.querySelector('h3')?.textContent).toBe('Account timeline');
    expect(page.querySelector('[data-rule="ESC-REQUIRED-FIELDS"]')).not.toBeNull();
    expect(timeline.querySelector('[data-rule="UNR-DAILY-10"]')).not.toBeNull();
  });

  it('shows state as text for screen readers, details with their own state, and relative due dates', () => {
    const { rule } = setup();
    const required = rule('ESC-REQUIRED-FIELDS')!;
    expect(required.querySelector('.csm-vh')?.textContent).toBe('Problem');
    const details = [...required.querySelectorAll('[data-detail]')];
    expect(details.map((d) => [d.getAttribute('data-detail'), d.getAttribute('data-detail-state')])).toEqual([
      ['case.opportunity', 'done'],
      ['case.directives', 'error'],
      ['case.products', 'error'],
    ]);
    expect(rule('OB-PREP-REVIEW')!.querySelector('.csm-item__due')?.textContent).toContain('due today');
    expect(rule('OB-CALL-SCHEDULED-DATE')!.querySelector('.csm-item__due')?.textContent).toContain('2 days overdue');
  });

  it('shows who checked an item off and when, on the user clock', () => {
    const { rule } = setup();
    const done = rule('OB-PRESENTATION')!;
    expect(done.querySelector('.csm-item__stamp')?.textContent).toBe('Done by Maria · Nov 27, 10:14');
    // The engine's shorter "Done by Maria." is not repeated.
    expect(done.querySelector('.csm-item__message')).toBeNull();
  });
});

describe('Sidebar intents', () => {
  it('raises toggle-done with the new value', () => {
    const { rule, onIntent } = setup();
    click(rule('OB-PREP-REVIEW')!.querySelector('[data-action="toggle-done"]'));
    expect(onIntent).toHaveBeenLastCalledWith({ type: 'toggle-done', ruleId: 'OB-PREP-REVIEW', done: true });
    click(rule('OB-PRESENTATION')!.querySelector('[data-action="toggle-done"]'));
    expect(onIntent).toHaveBeenLastCalledWith({ type: 'toggle-done', ruleId: 'OB-PRESENTATION', done: false });
  });

  it('raises run-action with the action for fills', () => {
    const { rule, onIntent } = setup();
    click(rule('ESC-SUBJECT')!.querySelector('[data-action="fill-subject"]'));
    expect(onIntent).toHaveBeenCalledWith({ type: 'run-action', ruleId: 'ESC-SUBJECT', action: ITEMS[2]!.actions[0] });
  });

  it('marks the running action busy and ignores clicks on it', () => {
    const busyAction = actionKey('ESC-SUBJECT', ITEMS[2]!.actions[0]!);
    const { rule, onIntent } = setup({ busyAction });
    const button = rule('ESC-SUBJECT')!.querySelector('[data-action="fill-subject"]')!;
    click(button);
    expect(onIntent).not.toHaveBeenCalled();
  });

  it('escalation entry: the input previews the canonical entry and Enter submits the typed text', () => {
    const { rule, onIntent } = setup();
    const item = rule('ESC-DESCRIPTION-FORMAT')!;
    const trigger = item.querySelector<HTMLElement>('[data-action="fill-escalation-entry"]')!;
    click(trigger);
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    const input = item.querySelector('input[type="text"]') as HTMLInputElement;
    expect(input).not.toBeNull();
    // It opened because the user asked, so it has focus.
    expect(document.activeElement === input || input.matches(':focus')).toBe(true);

    key(input, 'Enter');
    expect(onIntent).not.toHaveBeenCalled(); // nothing typed yet
    expect(input.getAttribute('aria-invalid')).toBe('true');

    type(input, 'Called the admin, left a voicemail');
    expect(item.querySelector('.csm-entry__preview')?.textContent).toBe('Entry: 11/27/26_MM:Called the admin, left a voicemail');
    key(input, 'Enter');
    expect(onIntent).toHaveBeenCalledWith({
      type: 'run-action',
      ruleId: 'ESC-DESCRIPTION-FORMAT',
      action: escalationEntryAction,
      text: 'Called the admin, left a voicemail',
    });
    expect(item.querySelector('input[type="text"]')).toBeNull();
  });

  it('escalation entry: Escape cancels without collapsing the sidebar, and focus returns to the button', () => {
    const { rule, onIntent } = setup();
    const item = rule('ESC-DESCRIPTION-FORMAT')!;
    const trigger = item.querySelector<HTMLElement>('[data-action="fill-escalation-entry"]')!;
    click(trigger);
    const input = item.querySelector('input[type="text"]')!;
    type(input, 'Something');
    key(input, 'Escape');
    expect(item.querySelector('input[type="text"]')).toBeNull();
    expect(onIntent).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(trigger);
  });

  it('raises dismiss-notice and open-settings from notices, and turns unreadable fields into notices', () => {
    const { $, onIntent } = setup({
      model: model({ unreadable: [{ field: 'ob.callScheduledFor', label: 'Onboarding Call Scheduled For' }] }),
      notices: [{ id: 'quarantine', level: 'error', text: 'Some stored progress was unreadable and set aside.', dismissible: true }],
    });
    const unreadable = $('[data-notice="unreadable:ob.callScheduledFor"]')!;
    expect(unreadable.textContent).toContain(`Can't read "Onboarding Call Scheduled For"`);
    click([...unreadable.querySelectorAll('button')].find((b) => b.textContent === 'Open settings')!);
    expect(onIntent).toHaveBeenLastCalledWith({ type: 'open-settings' });
    click([...$('[data-notice="quarantine"]')!.querySelectorAll('button')].find((b) => b.textContent === 'Dismiss')!);
    expect(onIntent).toHaveBeenLastCalledWith({ type: 'dismiss-notice', id: 'quarantine' });
  });

  it('announces the last result in a polite live region', () => {
    const { $, rerender, props: p } = setup();
    const live = $('[aria-live="polite"]')!;
    expect(live.textContent).toBe('');
    rerender(<Sidebar {...p} lastResult={{ ok: true, message: 'Subject filled.' }} />);
    expect($('[aria-live="polite"]')!.textContent).toBe('Subject filled.');
  });
});

describe('Not for this account', () => {
  it('groups na items in a collapsed "Not for this account (n)" section that keeps their hooks', () => {
    const { $ } = setup();
    const group = $('[data-section="na"]')!;
    const toggle = group.querySelector('button')!;
    expect(toggle.textContent).toBe('Not for this account (2)');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const list = group.querySelector('ul')!;
    expect(list.hidden).toBe(true);
    expect([...list.querySelectorAll('[data-rule]')].map((li) => li.getAttribute('data-state'))).toEqual(['na', 'na']);
    expect($('[data-section="page"] [data-rule="SMB-ROUTING"]')).toBeNull();
    click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(list.hidden).toBe(false);
  });
});

describe('Steps and help disclosures', () => {
  it('are closed by default: an empty hidden region the toggle controls; opening shows the steps and help', () => {
    const { rule } = setup();
    const item = rule('ESC-DESCRIPTION-FORMAT')!;
    const [steps, help] = [...item.querySelectorAll<HTMLButtonElement>('.csm-disclosure__toggle')] as [HTMLButtonElement, HTMLButtonElement];
    expect(steps.textContent).toBe('Steps (3)');
    expect(help.textContent).toBe('How to');
    for (const toggle of [steps, help]) {
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      const region = item.querySelector<HTMLElement>(`[id="${toggle.getAttribute('aria-controls')}"]`)!;
      expect(region.hidden).toBe(true);
      expect(region.textContent).toBe('');
    }

    click(steps);
    expect(steps.getAttribute('aria-expanded')).toBe('true');
    const stepsRegion = item.querySelector<HTMLElement>(`[id="${steps.getAttribute('aria-controls')}"]`)!;
    expect(stepsRegion.hidden).toBe(false);
    expect([...stepsRegion.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Type what you did', 'Check the preview', 'Press Enter']);

    click(help);
    const helpRegion = item.querySelector<HTMLElement>(`[id="${help.getAttribute('aria-controls')}"]`)!;
    expect(helpRegion.hidden).toBe(false);
    expect(helpRegion.textContent).toBe('Every line of Description and Escalation Directives is MM/DD/YY_Initials:Action.From MT-CS-020');

    click(steps);
    expect(steps.getAttribute('aria-expanded')).toBe('false');
    expect(stepsRegion.hidden).toBe(true);
    expect(stepsRegion.textContent).toBe('');
  });
});

describe('Collapse', () => {
  it('renders a tab with the count of open flags when collapsed; Enter on it asks to expand', () => {
    const { $, onIntent } = setup({ collapsed: true });
    const tab = $('.csm-tab') as HTMLButtonElement;
    expect(tab.hidden).toBe(false);
    expect(tab.textContent).toContain('CSM Guide');
    // errors (3) + warnings (2) in the fixture
    expect(tab.querySelector('.csm-tab__count')?.textContent).toBe('5');
    expect($('.csm-panel')!.hidden).toBe(true);
    expect($('[data-testid="csm-guide-sidebar"]')!.getAttribute('data-collapsed')).toBe('true');
    key(tab, 'Enter');
    expect(onIntent).toHaveBeenCalledTimes(1);
    expect(onIntent).toHaveBeenCalledWith({ type: 'collapse', collapsed: false });
  });

  it('Escape inside the panel asks to collapse, and focus moves to the tab once collapsed', () => {
    const { $, onIntent, rerender, props: p } = setup();
    const settings = $('.csm-header button') as HTMLButtonElement;
    settings.focus();
    key(settings, 'Escape');
    expect(onIntent).toHaveBeenCalledWith({ type: 'collapse', collapsed: true });
    rerender(<Sidebar {...p} collapsed />);
    expect(document.activeElement).toBe($('.csm-tab'));
  });

  it('a checklist that cannot render shows what failed in an alert; the header and collapse still work', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = { ...ITEMS[0]!, actions: undefined } as unknown as (typeof ITEMS)[number];
    const { $, onIntent } = setup({ model: model({ items: [broken, ...ITEMS.slice(1)] }) });
    const alert = $('.csm-body [role="alert"]')!;
    expect(alert.textContent).toMatch(/^The checklist could not be shown: .+/);
    expect($('.csm-header__title')!.textContent).toBe('CSM Guide');
    const collapse = $('[data-collapse]') as HTMLButtonElement;
    collapse.focus();
    key(collapse, 'Escape');
    expect(onIntent).toHaveBeenCalledWith({ type: 'collapse', collapsed: true });
  });

  it('expanding from the tab moves focus into the panel', () => {
    const { $, rerender, props: p } = setup({ collapsed: true });
    click($('.csm-tab'));
    rerender(<Sidebar {...p} collapsed={false} />);
    expect(document.activeElement).toBe($('[data-collapse]'));
  });

  it('never takes focus from the host page on render or update', () => {
    const hostInput = document.createElement('input');
    document.body.append(hostInput);
    hostInput.focus();
    const { rerender, props: p } = setup({ collapsed: true });
    rerender(<Sidebar {...p} collapsed={false} lastResult={{ ok: true, message: 'x' }} />);
    rerender(<Sidebar {...p} collapsed />);
    expect(document.activeElement).toBe(hostInput);
    hostInput.remove();
  });
});

describe('Page text is data', () => {
  it('renders an account name with markup as text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { container, $ } = setup({
      account: account({ name: evil }),
      pageLabel: evil,
      notices: [{ id: 'n', level: 'warn', text: evil }],
      composes: { open: [{ composeId: 'c1', label: evil }], focusedId: 'c1', accountCandidates: [], chosenAccountId: null, emailKind: null },
    });
    expect(container.querySelector('img')).toBeNull();
    expect($('.csm-account h3')?.textContent).toBe(evil);
    expect($('.csm-header__page')?.textContent).toBe(evil);
  });
});

describe('UNR-DAILY-10 log grid', () => {
  it('renders 10 days, highlights today and raises log-contact', () => {
    const { rule, onIntent } = setup();
    const item = rule('UNR-DAILY-10')!;
    const rows = [...item.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(10);
    const today = rows.filter((r) => r.getAttribute('aria-current') === 'date');
    expect(today).toHaveLength(1);
    expect(today[0]!.getAttribute('data-day')).toBe('2026-11-27');
    expect(today[0]!.className).toContain('csm-log__row--today');
    // Day rows are in the grid, not repeated as a details list.
    expect(item.querySelector('.csm-details')).toBeNull();

    const email = today[0]!.querySelector<HTMLInputElement>('input[data-action="log-contact"][data-channel="email"]')!;
    expect(email.checked).toBe(false);
    click(email);
    expect(onIntent).toHaveBeenLastCalledWith({ type: 'log-contact', ruleId: 'UNR-DAILY-10', day: '2026-11-27', channel: 'email', done: true });
    click(today[0]!.querySelector('input[data-channel="call"]'));
    expect(onIntent).toHaveBeenLastCalledWith({ type: 'log-contact', ruleId: 'UNR-DAILY-10', day: '2026-11-27', channel: 'call', done: true });
  });

  it('shows a logged contact as checked and unticking it raises done: false', () => {
    const items = ITEMS.map((i) => (i.ruleId === 'UNR-DAILY-10' ? unrDaily10(true) : i));
    const { rule, onIntent } = setup({ model: model({ items }) });
    const email = rule('UNR-DAILY-10')!.querySelector<HTMLInputElement>('input[data-channel="email"]')!;
    expect(email.checked).toBe(true);
    click(email);
    expect(onIntent).toHaveBeenLastCalledWith({ type: 'log-contact', ruleId: 'UNR-DAILY-10', day: '2026-11-27', channel: 'email', done: false });
  });

  it('marks past days by their state and keeps the gaps visible', () => {
    const { rule } = setup();
    const row = rule('UNR-DAILY-10')!.querySelector('tr[data-day="2026-11-24"]')!;
    expect(row.getAttribute('data-detail-state')).toBe('error');
    expect(row.querySelector('input')).toBeNull();
    const done = rule('UNR-DAILY-10')!.querySelector('tr[data-day="2026-11-23"]')!;
    expect(done.querySelectorAll('.csm-log__mark')).toHaveLength(2);
  });
});

describe('Gmail compose picker', () => {
  it('raises choose-account and choose-email-kind for the focused compose', () => {
    const { $, onIntent } = setup({
      model: model({ pageKind: 'gmail.compose' }),
      composes: {
        open: [
          { composeId: 'c1', label: 'Welcome to MedTrainer' },
          { composeId: 'c2', label: 'Re: roster' },
        ],
        focusedId: 'c1',
        accountCandidates: [
          { accountId: ACCOUNT_ID, name: 'Acme Dental' },
          { accountId: '001Hs00003XYZabIAG', name: 'Acme Dental West' },
        ],
        chosenAccountId: null,
        emailKind: 'welcome',
        emailKindSource: 'detected',
      },
    });
    expect($('.csm-compose')?.textContent).toContain('Following: Welcome to MedTrainer (2 open)');
    const [accountSelect, kindSelect] = [...$('.csm-compose')!.querySelectorAll('select')];
    select(accountSelect!, '001Hs00003XYZabIAG');
    expect(onIntent).toHaveBeenCalledWith({ type: 'choose-account', accountId: '001Hs00003XYZabIAG', composeId: 'c1' });
    select(kindSelect!, 'recap');
    expect(onIntent).toHaveBeenCalledWith({ type: 'choose-email-kind', kind: 'recap', composeId: 'c1' });
  });

  it('ignores an option a page script added to the selects: only what the sidebar offered counts (issue 14)', () => {
    const { $, onIntent } = setup({
      model: model({ pageKind: 'gmail.compose' }),
      composes: {
        open: [{ composeId: 'c1', label: 'Welcome to MedTrainer' }],
        focusedId: 'c1',
        accountCandidates: [{ accountId: ACCOUNT_ID, name: 'Acme Dental' }],
        chosenAccountId: null,
        emailKind: null,
      },
    });
    const [accountSelect, kindSelect] = [...$('.csm-compose')!.querySelectorAll('select')];
    for (const [element, value] of [
      [accountSelect!, '001Hs00009EVILxIAG'],
      [kindSelect!, 'constructor'],
    ] as const) {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = 'Acme Dental';
      element.append(option);
      select(element, value);
    }
    expect(onIntent).not.toHaveBeenCalled();
  });
});

describe('per-line ticks', () => {
  it('ticks one cadence step on its own, raising toggle-done with the step key', () => {
    const cadence = {
      ruleId: 'DG-CADENCE',
      title: 'Sequence steps: Day 1, 4 and 30',
      sop: 'MT-CS-020',
      help: 'The sequences consist of a manual welcome email (Day 1), a follow-up task (Day 4)…',
      section: 'timeline' as const,
      manual: null,
      state: 'error' as const,
      message: 'Overdue: Day 1 manual welcome email (Nov 23, 2026).',
      details: [
        { key: 'DG-CADENCE:welcome-email', state: 'error' as const, text: 'Day 1 · Manual welcome email · Nov 23, 2026 · overdue', toggle: { key: 'DG-CADENCE:welcome-email', done: false } },
        { key: 'DG-CADENCE:adoption-email', state: 'todo' as const, text: 'Day 30 · Automated adoption email · Dec 22, 2026 (automated)' },
      ],
      actions: [],
    };
    const { rule, onIntent } = setup({ model: model({ items: [cadence] }) });
    const ticks = rule('DG-CADENCE')!.querySelectorAll<HTMLInputElement>('input[type=checkbox]');
    expect(ticks).toHaveLength(1);
    expect(ticks[0]!.getAttribute('aria-label')).toBe('Done: Day 1 · Manual welcome email · Nov 23, 2026 · overdue');
    click(ticks[0]!);
    expect(onIntent).toHaveBeenCalledWith({ type: 'toggle-done', ruleId: 'DG-CADENCE:welcome-email', done: true });
  });
});

describe('while the account’s ticks are loading', () => {
  it('says so and still takes the click: never disabled because the store is busy', () => {
    const { $, rule, onIntent } = setup({ progressLoading: true });
    expect($('[data-testid="csm-guide-sidebar"]')!.getAttribute('data-progress')).toBe('loading');
    expect($('[data-testid="progress-loading"]')!.textContent).toContain('Loading this account’s ticks');
    const button = rule('OB-PREP-REVIEW')!.querySelector<HTMLElement>('[data-action="toggle-done"]')!;
    expect(button.hasAttribute('disabled')).toBe(false);
    click(button);
    // Shown as not done while loading, so the click marks done: it cannot undo a tick not shown yet.
    expect(onIntent).toHaveBeenCalledWith({ type: 'toggle-done', ruleId: 'OB-PREP-REVIEW', done: true });
  });
});

describe('docking (issue 13, item 3)', () => {
  it('moves to the other edge on this site, and resizes from the keyboard within bounds', () => {
    const { $, onIntent } = setup({ side: 'right', width: 340 });
    const root = $('[data-testid="csm-guide-sidebar"]')!;
    expect(root.getAttribute('data-side')).toBe('right');
    expect((root as HTMLElement).style.getPropertyValue('--csm-width')).toBe('340px');
    click($('[data-action="set-side"]'));
    expect(onIntent).toHaveBeenCalledWith({ type: 'set-side', side: 'left' });

    const handle = $('[role="separator"]')!;
    expect(handle.getAttribute('aria-label')).toBe('Resize CSM Guide');
    // Docked right, the left arrow widens (the edge moves away from the panel's side).
    key(handle, 'ArrowLeft');
    expect(onIntent).toHaveBeenLastCalledWith({ type: 'set-width', width: 360 });
    // Quick presses add up before the saved width comes back.
    key(handle, 'ArrowLeft');
    expect(onIntent).toHaveBeenLastCalledWith({ type: 'set-width', width: 380 });
    key(handle, 'End');
    expect(onIntent).toHaveBeenLastCalledWith({ type: 'set-width', width: 560 });
    key(handle, 'Home');
    expect(onIntent).toHaveBeenLastCalledWith({ type: 'set-width', width: 280 });
  });

  it('docked left, the right arrow widens and the side button offers the right', () => {
    const { $, onIntent } = setup({ side: 'left', width: 300 });
    key($('[role="separator"]'), 'ArrowRight');
    expect(onIntent).toHaveBeenLastCalledWith({ type: 'set-width', width: 320 });
    click($('[data-action="set-side"]'));
    expect(onIntent).toHaveBeenLastCalledWith({ type: 'set-side', side: 'right' });
  });
});

describe('lifecycle branch', () => {
  it('puts the account in the Unresponsive branch and back, showing since when', () => {
    const { $, onIntent, rerender, props: p } = setup();
    const select = $('select.csm-select[id]') as HTMLSelectElement;
    expect(select.value).toBe('');
    select.value = 'unresponsive';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onIntent).toHaveBeenCalledWith({ type: 'set-branch', branch: 'unresponsive' });
    rerender(<Sidebar {...p} account={account({ branch: { value: 'unresponsive', since: '2026-11-23' } })} />);
    expect(($('select.csm-select[id]') as HTMLSelectElement).value).toBe('unresponsive');
    expect($('.csm-branch')!.textContent).toContain('Since 2026-11-23');
  });

  it('ignores a branch value it did not offer (an option a page script added), instead of clearing the branch', () => {
    const { $, onIntent } = setup({ account: account({ branch: { value: 'unresponsive', since: '2026-11-23' } }) });
    const element = $('select.csm-select[id]') as HTMLSelectElement;
    const option = document.createElement('option');
    option.value = 'churned';
    element.append(option);
    element.value = 'churned';
    element.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onIntent).not.toHaveBeenCalled();
  });
});
