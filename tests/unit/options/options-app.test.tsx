// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import { fieldId } from '@/components/options/form-model';
import { setup, sync } from '../store/support';
import { cleanup, click, render, select, type } from '../components/render';
import { ALL_SITES_ON, toAdapterSettings, type Settings } from '@/lib/settings/schema';
import { BUILTIN_PLAYBOOK } from '@/lib/core/playbook/builtin';

afterEach(cleanup);
beforeEach(() => {
  fakeBrowser.reset();
});

const ZONES = ['America/Chicago', 'America/New_York', 'Europe/Madrid', 'UTC'];

const open = async (policy: unknown = {}) => {
  const { tab } = setup();
  const store = tab({ loadManaged: async () => policy });
  await store.ready;
  const view = render(
    <OptionsApp store={store} browserZone="America/New_York" zones={ZONES} clock={() => '2026-11-27T15:00:00.000Z'} dashboardUrl="dashboard.html" />,
  );
  await act(async () => {
    await store.idle();
  });
  const input = (path: string) => view.$(`#${fieldId(path)}`) as HTMLInputElement;
  const save = async () => {
    click(view.$('[data-action="save-settings"]'));
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await store.idle();
    });
  };
  return { ...view, store, input, save };
};

describe('the settings page', () => {
  it('saves name, initials, zone, object name and a label override', async () => {
    const page = await open();
    type(page.input('userName'), 'Maria Lopez');
    type(page.input('initials'), 'ML');
    type(page.input('labels.ob.callScheduledFor'), 'OB Call Scheduled');
    expect(page.$('[data-testid="save-status"]')!.textContent).toBe('You have unsaved changes.');
    await page.save();
    expect(await sync('settings')).toMatchObject({
      userName: 'Maria Lopez',
      initials: 'ML',
      timeZone: 'America/New_York',
      onboardingObject: 'Customer_Onboarding__c',
      labels: { 'ob.callScheduledFor': 'OB Call Scheduled' },
    });
    expect(page.$('[data-testid="save-status"]')!.textContent).toMatch(/^Settings saved\./);
    expect(page.input('labels.ob.callScheduledFor').placeholder).toBe('Onboarding Call Scheduled For');
  });

  it('a label renamed in one org is saved for that org only; every other org keeps the default (issue 12)', async () => {
    await fakeBrowser.storage.local.set({
      profiles: {
        '001Hs00003KxQ2aIAF': { accountId: '001Hs00003KxQ2aIAF', orgHost: 'acme.lightning.force.com', facts: {}, updatedAt: '2026-11-27T15:00:00.000Z' },
        '001Hs00003XYZabIAA': { accountId: '001Hs00003XYZabIAA', orgHost: 'beta.lightning.force.com', facts: {}, updatedAt: '2026-11-27T15:00:00.000Z' },
      },
    });
    const page = await open();
    const org = page.$(`#${fieldId('labelsOrg')}`) as HTMLSelectElement;
    expect([...org.options].map((o) => o.value)).toEqual(['', 'acme.lightning.force.com', 'beta.lightning.force.com']);
    select(org, 'acme.lightning.force.com');
    type(page.input('labels.account.csm'), 'CSM');
    await page.save();
    const saved = (await sync('settings')) as Settings;
    expect(saved.labels).toEqual({});
    expect(saved.orgLabels).toEqual({ 'acme.lightning.force.com': { 'account.csm': 'CSM' } });
    expect(toAdapterSettings(saved, 'acme.lightning.force.com').labels['account.csm']).toBe('CSM');
    expect(toAdapterSettings(saved, 'beta.lightning.force.com').labels['account.csm']).toBeUndefined();
    // Back on "Every org", the box shows the label for every org (none), not acme's.
    select(org, '');
    expect(page.input('labels.account.csm').value).toBe('');
  });

  it('shows errors inline and in a summary, keeps what was typed, and saves nothing', async () => {
    const page = await open();
    type(page.input('userName'), 'Maria Lopez');
    type(page.input('initials'), 'M.L.');
    type(page.input('onboardingObject'), 'Customer Onboarding');
    await page.save();
    expect(await sync('settings')).toBeUndefined();
    const initials = page.input('initials');
    expect(initials.value).toBe('M.L.');
    expect(initials.getAttribute('aria-invalid')).toBe('true');
    const described = initials.getAttribute('aria-describedby')!.split(' ');
    expect(described.map((id) => page.$(`#${id}`)!.textContent)).toContain(
      'Initials are up to 4 letters, no digits or punctuation (they start escalation entries such as 11/27/26_ML:…).',
    );
    const summary = page.$('[data-testid="error-summary"]')!;
    expect(summary.getAttribute('role')).toBe('alert');
    expect([...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([`#${fieldId('initials')}`, `#${fieldId('onboardingObject')}`]);
    expect(page.input('userName').value).toBe('Maria Lopez');

    // Fixing the fields clears their errors; the save then goes through.
    type(page.input('initials'), 'ML');
    expect(page.input('initials').getAttribute('aria-invalid')).toBeNull();
    type(page.input('onboardingObject'), 'Customer_Onboarding__c');
    await page.save();
    expect(await sync('settings')).toMatchObject({ userName: 'Maria Lopez', initials: 'ML' });
    expect(page.$('[data-testid="error-summary"]')).toBeNull();
  });

  it('shows fields set by enterprise policy as locked, with why, and never saves the policy’s values as the user’s', async () => {
    const page = await open({ initials: 'IT', labels: { 'opp.stage': 'Stage (Sales)' }, sites: { gmail: false }, disabledRules: ['ESC-CALL-24H'] });
    expect(page.$('[data-testid="policy-note"]')!.textContent).toMatch(/sets 4 of these settings by enterprise policy/);
    const initials = page.input('initials');
    expect([initials.value, initials.readOnly]).toEqual(['IT', true]);
    const why = initials.getAttribute('aria-describedby')!.split(' ').map((id) => page.$(`#${id}`)!.textContent);
    expect(why).toContain(' Set by your organisation’s policy, so it cannot be changed here.');
    expect(page.input('labels.opp.stage').value).toBe('Stage (Sales)');
    expect(page.input('labels.opp.stage').readOnly).toBe(true);
    expect([page.input('sites.gmail').checked, page.input('sites.gmail').disabled]).toEqual([false, true]);
    expect([page.input('disabledRules.ESC-CALL-24H').checked, page.input('disabledRules.ESC-CALL-24H').disabled]).toEqual([true, true]);

    type(page.input('userName'), 'Maria Lopez');
    await page.save();
    expect(await sync('settings')).toEqual({
      userName: 'Maria Lopez',
      initials: '',
      timeZone: 'America/New_York',
      onboardingObject: 'Customer_Onboarding__c',
      labels: {},
      disabledRules: [],
      sites: ALL_SITES_ON,
    });
    // In force: the policy on top of what the user saved.
    expect(page.store.getState().settings).toMatchObject({ userName: 'Maria Lopez', initials: 'IT', sites: { gmail: false }, disabledRules: ['ESC-CALL-24H'] });
  });

  it('imports a playbook only when it validates, naming each bad entry, and restores the built-in one', async () => {
    const page = await open();
    const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });
    const choose = async (f: File) => {
      const input = page.$('[data-testid="playbook-file"]') as HTMLInputElement;
      Object.defineProperty(input, 'files', { value: [f], configurable: true });
      await act(async () => {
        input.dispatchEvent(new Event('change', { bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 10));
        await page.store.idle();
      });
    };
    const bad = {
      schemaVersion: 1,
      name: 'Edited',
      version: '8',
      sops: {},
      rules: [{ id: 'OB-ROSTERS', sop: 'MT-CS-002', title: 'Rosters', where: ['gmail.compose'], stage: 'onboarding', check: { evaluator: 'nope' }, help: 'x', colour: 'red' }],
    };
    await choose(file('edited.json', JSON.stringify(bad)));
    const errors = [...page.$$('[data-playbook-error]')].map((li) => li.textContent);
    expect(errors).toEqual(['Rule 1 (OB-ROSTERS): unknown field "colour"']);
    expect(page.$('[data-testid="playbook-result"]')!.textContent).toMatch(/^edited\.json: This playbook cannot be used\. Nothing was changed/);
    expect(page.store.getState().playbook.source).toBe('builtin');

    await choose(file('broken.json', '{"rules": ['));
    expect(page.$('[data-testid="playbook-result"]')!.textContent).toMatch(/^broken\.json: This file is not JSON/);

    const good = { ...bad, rules: [{ ...bad.rules[0], colour: undefined, check: { evaluator: 'manual' } }] };
    await choose(file('edited.json', JSON.stringify(good)));
    expect(page.store.getState().playbook.source).toBe('imported');
    // The import overlays the built-in rules by ID: its one entry replaces OB-ROSTERS, the other built-in rules stay.
    expect(page.$('[data-testid="playbook-in-use"]')!.textContent).toMatch(
      new RegExp(`^In use: Edited, version 8 \\(${BUILTIN_PLAYBOOK.rules.length} rules\\), imported from edited\\.json`),
    );
    expect(page.$('[data-testid="playbook-result"]')!.textContent).toMatch(/^Imported edited\.json\. These SOP rules are not in this playbook/);

    click(page.$('[data-action="restore-playbook"]'));
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await page.store.idle();
    });
    expect(page.store.getState().playbook.source).toBe('builtin');
    expect(page.$('[data-testid="playbook-result"]')!.textContent).toBe('The built-in playbook is in force again.');
  });
});
