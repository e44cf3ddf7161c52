import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { SOP_IDS } from '../../lib/core/model/vocab';
import { isLocked } from '../../lib/settings/managed';
import { defaultSettings, SITE_IDS } from '../../lib/settings/schema';
import type { CsmStore } from '../../lib/store/state';
import { useCsmStore } from '../../lib/store/use-csm-store';
import { browserStorageEstimate, StoreNotices } from '../common/StoreNotices';
import { todayFor } from '../common/format';
import { describedBy, FieldError, LockedNote, TextField } from './Field';
import {
  DEFAULT_LABELS,
  draftFrom,
  fieldId,
  orgLabelDraft,
  LABEL_GROUPS,
  policyRules,
  SITE_NAMES,
  toPatch,
  validateDraft,
  type Draft,
  type Errors,
} from './form-model';
import { PlaybookSection } from './PlaybookSection';
import { TeamSyncSection } from './TeamSyncSection';

export interface OptionsAppProps {
  store: CsmStore;
  /** The browser's zone: the default before the user saves one. */
  browserZone: string;
  /** The zones the select offers (Intl.supportedValuesOf('timeZone') in the page). */
  zones: readonly string[];
  clock(): string;
  dashboardUrl: string;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const FIELD_NAMES: Record<string, string> = {
  userName: 'Your name',
  initials: 'Initials',
  timeZone: 'Time zone',
  onboardingObject: 'Customer Onboarding object API name',
};
const errorName = (path: string): string =>
  FIELD_NAMES[path] ?? (path.startsWith('labels.') ? `Label for “${DEFAULT_LABELS[path.slice(7) as keyof typeof DEFAULT_LABELS]}”` : path);

/**
 * The settings page: who the user is (name, initials, zone), the org's Salesforce names and
 * labels, where CSM Guide runs, rules switched off, and the playbook. One form, saved at once;
 * a field the enterprise policy sets is shown locked with the reason. Nothing typed is lost on
 * an error: the draft is only replaced from storage while the user has not changed it.
 */
export function OptionsApp({ store, browserZone, zones, clock, dashboardUrl }: OptionsAppProps) {
  const loaded = useCsmStore((s) => s.loaded, store);
  const saved = useCsmStore((s) => s.savedSettings, store);
  const effective = useCsmStore((s) => s.settings, store);
  const locked = useCsmStore((s) => s.locked, store);
  const active = useCsmStore((s) => s.playbook, store);
  const actions = useCsmStore((s) => s.actions, store);
  const profiles = useCsmStore((s) => s.profiles, store);
  /** Whose labels the boxes show: '' = every org, else one org's host. */
  const [labelsOrg, setLabelsOrg] = useState('');

  const own = useMemo(() => saved ?? defaultSettings(browserZone), [saved, browserZone]);
  const baseline = useMemo(() => draftFrom(own, effective, locked), [own, effective, locked]);
  const [draft, setDraft] = useState<Draft>(baseline);
  const [edited, setEdited] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<{ message: string; details: string[] } | null>(null);
  const summary = useRef<HTMLDivElement>(null);

  // Follow storage (first load, another tab, a new policy) until the user starts typing.
  useEffect(() => {
    if (!edited) setDraft(baseline);
  }, [baseline, edited]);

  const dirty = edited && !sameJson(draft, baseline);
  const clearError = (path: string) =>
    setErrors((current) => {
      if (!current[path]) return current;
      const { [path]: _, ...rest } = current;
      return rest;
    });
  const update = (patch: Partial<Draft>) => {
    setEdited(true);
    setStatus('');
    Object.keys(patch).forEach(clearError);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const setLabel = (key: keyof Draft['labels'], value: string) => {
    setEdited(true);
    setStatus('');
    clearError(`labels.${key}`);
    setDraft((d) =>
      labelsOrg
        ? { ...d, orgLabels: { ...d.orgLabels, [labelsOrg]: { ...orgLabelDraft(d, labelsOrg), [key]: value } } }
        : { ...d, labels: { ...d.labels, [key]: value } },
    );
  };
  // The orgs this browser has seen a record of, and those that already have their own labels.
  const orgs = useMemo(
    () =>
      [...new Set([...Object.values(profiles).flatMap((p) => (p.orgHost ? [p.orgHost] : [])), ...Object.keys(draft.orgLabels)])].sort(),
    [profiles, draft.orgLabels],
  );
  const shownLabels = labelsOrg ? orgLabelDraft(draft, labelsOrg) : draft.labels;
  const errorList = Object.entries(errors).filter((e): e is [string, string] => !!e[1]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateDraft(draft, locked);
    setErrors(found);
    setSaveError(null);
    if (Object.keys(found).length) {
      setStatus('');
      // Focus the summary so the errors are read out; each links to its field.
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setSaving(true);
    const response = await actions.saveSettings(toPatch(draft, own, locked, policyRules(locked)));
    setSaving(false);
    if (!response.ok) {
      setSaveError({ message: response.error, details: response.details ?? [] });
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    await store.idle();
    setEdited(false);
    setStatus('Settings saved. Open Salesforce, Gmail and Outreach tabs use them right away.');
  };

  const today = todayFor(clock(), effective.timeZone);
  const zoneList = zones.includes(draft.timeZone) ? zones : [draft.timeZone, ...zones];
  const rulesBySop = SOP_IDS.map((sop) => ({
    sop,
    title: active.playbook.sops[sop]?.title ?? sop,
    rules: active.playbook.rules.filter((rule) => rule.sop === sop),
  })).filter((group) => group.rules.length);
  const policyOff = new Set(policyRules(locked));
  const lockedCount = locked.length;

  return (
    <div className="page">
      <a className="page-skip" href="#settings-form">
        Skip to the settings
      </a>
      <header className="page-header">
        <div>
          <p className="page-eyebrow">CSM Guide</p>
          <h1 className="page-title">Settings</h1>
          <p className="page-subtitle">Saved to your browser profile and used by the sidebar on every site.</p>
        </div>
        <nav aria-label="CSM Guide pages" className="page-nav">
          <a className="page-link" href={dashboardUrl}>
            Team audit
          </a>
        </nav>
      </header>

      <main className="page-main">
        <StoreNotices store={store} estimate={browserStorageEstimate} />
        {lockedCount ? (
          <p className="page-warning" data-testid="policy-note">
            Your organisation sets {lockedCount === 1 ? 'one of these settings' : `${lockedCount} of these settings`} by enterprise policy; they are shown locked.
          </p>
        ) : null}

        <form id="settings-form" className="opt-form" noValidate onSubmit={(e) => void submit(e)} aria-busy={!loaded}>
          {errorList.length || saveError ? (
            <div className="opt-summary" role="alert" tabIndex={-1} ref={summary} data-testid="error-summary">
              {saveError ? (
                <>
                  <h2 className="opt-summary__title">The settings could not be saved</h2>
                  <p>{saveError.message}</p>
                  {saveError.details.length ? (
                    <ul>
                      {saveError.details.map((d, i) => (
                        <li key={i}>{d}</li>
                      ))}
                    </ul>
                  ) : null}
                </>
              ) : (
                <>
                  <h2 className="opt-summary__title">Check {errorList.length === 1 ? 'this field' : `these ${errorList.length} fields`}; nothing was saved yet</h2>
                  <ul>
                    {errorList.map(([path, message]) => (
                      <li key={path}>
                        <a href={`#${fieldId(path)}`}>
                          {errorName(path)}: {message}
                        </a>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          ) : null}

          <section className="page-card" aria-labelledby="you-heading">
            <h2 id="you-heading" className="page-card__title">
              You
            </h2>
            <TextField
              path="userName"
              label="Your name"
              hint="Shown in the team audit next to what you check off."
              value={draft.userName}
              locked={isLocked(locked, 'userName')}
              error={errors.userName}
              autoComplete="name"
              onChange={(userName) => update({ userName })}
            />
            <TextField
              path="initials"
              label="Initials"
              hint="Up to 4 letters; they start your escalation entries (11/27/26_ML:Called the admin)."
              value={draft.initials}
              locked={isLocked(locked, 'initials')}
              error={errors.initials}
              width="short"
              onChange={(initials) => update({ initials })}
            />
            <div className="page-field" data-field="timeZone" data-locked={isLocked(locked, 'timeZone') || undefined}>
              <label htmlFor={fieldId('timeZone')}>Time zone</label>
              <span id={`${fieldId('timeZone')}-hint`} className="opt-hint">
                “Today” and due dates follow this zone. Your browser is on {browserZone}.
              </span>
              <select
                id={fieldId('timeZone')}
                className="page-select opt-input--medium"
                value={draft.timeZone}
                disabled={isLocked(locked, 'timeZone')}
                aria-invalid={errors.timeZone ? true : undefined}
                aria-describedby={describedBy('timeZone', { hint: true, locked: isLocked(locked, 'timeZone'), error: !!errors.timeZone })}
                onChange={(e) => update({ timeZone: e.target.value })}
              >
                {zoneList.map((zone) => (
                  <option key={zone} value={zone}>
                    {zone.replace(/_/g, ' ')}
                  </option>
                ))}
              </select>
              {isLocked(locked, 'timeZone') ? <LockedNote path="timeZone" /> : null}
              <FieldError path="timeZone" error={errors.timeZone} />
            </div>
          </section>

          <section className="page-card" aria-labelledby="salesforce-heading">
            <h2 id="salesforce-heading" className="page-card__title">
              Salesforce
            </h2>
            <TextField
              path="onboardingObject"
              label="Customer Onboarding object API name"
              hint="As in the record URL: /lightning/r/Customer_Onboarding__c/…"
              placeholder="Customer_Onboarding__c"
              value={draft.onboardingObject}
              locked={isLocked(locked, 'onboardingObject')}
              error={errors.onboardingObject}
              onChange={(onboardingObject) => update({ onboardingObject })}
            />
          </section>

          <section className="page-card" aria-labelledby="labels-heading">
            <h2 id="labels-heading" className="page-card__title">
              Field labels
            </h2>
            <p className="page-hint">
              If your admin renamed a field on a page layout, type the label your pages show. Leave a box empty to use the default (shown greyed in the box).
              Renamed in one org only? Choose that org first, so your other orgs keep reading their own labels.
            </p>
            <div className="page-field" data-field="labelsOrg">
              <label htmlFor={fieldId('labelsOrg')}>Labels for</label>
              <select
                id={fieldId('labelsOrg')}
                className="page-input opt-input--long"
                value={labelsOrg}
                onChange={(e) => setLabelsOrg(e.target.value)}
              >
                <option value="">Every org</option>
                {orgs.map((host) => (
                  <option key={host} value={host}>
                    Only {host}
                  </option>
                ))}
              </select>
            </div>
            {LABEL_GROUPS.map((group) => {
              const changed = group.keys.filter((key) => shownLabels[key].trim()).length;
              const open = group.keys.some((key) => errors[`labels.${key}`] || isLocked(locked, `labels.${key}`)) || changed > 0;
              return (
                <details key={group.page} className="opt-group" open={open || undefined} data-label-group={group.page}>
                  <summary>
                    {group.title}
                    <span className="opt-count">
                      {' '}
                      ({group.keys.length} fields{changed ? `, ${changed} renamed` : ''})
                    </span>
                  </summary>
                  <fieldset className="opt-fieldset">
                    <legend className="csm-vh">Labels on the {group.title}</legend>
                    <div className="opt-grid">
                      {group.keys.map((key) => (
                        <TextField
                          key={key}
                          path={`labels.${key}`}
                          label={DEFAULT_LABELS[key]}
                          placeholder={labelsOrg ? draft.labels[key].trim() || DEFAULT_LABELS[key] : DEFAULT_LABELS[key]}
                          value={shownLabels[key]}
                          locked={isLocked(locked, `labels.${key}`)}
                          error={errors[`labels.${key}`]}
                          onChange={(value) => setLabel(key, value)}
                          width="long"
                        />
                      ))}
                    </div>
                  </fieldset>
                </details>
              );
            })}
          </section>

          <section className="page-card" aria-labelledby="sites-heading">
            <h2 id="sites-heading" className="page-card__title">
              Sites
            </h2>
            <fieldset className="opt-fieldset">
              <legend className="page-hint">CSM Guide shows its sidebar on these sites:</legend>
              {SITE_IDS.map((site) => {
                const path = `sites.${site}`;
                const isSiteLocked = isLocked(locked, path);
                return (
                  <div key={site} className="opt-check" data-field={path}>
                    <input
                      id={fieldId(path)}
                      type="checkbox"
                      className="page-check"
                      checked={draft.sites[site]}
                      disabled={isSiteLocked}
                      aria-describedby={describedBy(path, { locked: isSiteLocked })}
                      onChange={(e) => update({ sites: { ...draft.sites, [site]: e.target.checked } })}
                    />
                    <label htmlFor={fieldId(path)}>{SITE_NAMES[site]}</label>
                    {isSiteLocked ? <LockedNote path={path} /> : null}
                  </div>
                );
              })}
            </fieldset>
          </section>

          <section className="page-card" aria-labelledby="rules-heading">
            <h2 id="rules-heading" className="page-card__title">
              Rules switched off
            </h2>
            <p className="page-hint">
              A team lead can switch off a rule whose check broke after a Salesforce change, until the playbook is fixed. Switched-off rules leave the sidebar and the
              audit.
            </p>
            {rulesBySop.map((group) => {
              const off = group.rules.filter((rule) => draft.disabledRules.includes(rule.id)).length;
              return (
                <details key={group.sop} className="opt-group" open={off > 0 || undefined}>
                  <summary>
                    {group.sop} · {group.title}
                    <span className="opt-count">
                      {' '}
                      ({group.rules.length} rules{off ? `, ${off} off` : ''})
                    </span>
                  </summary>
                  <fieldset className="opt-fieldset">
                    <legend className="csm-vh">Rules of {group.sop} to switch off</legend>
                    {group.rules.map((rule) => {
                      const path = `disabledRules.${rule.id}`;
                      const ruleLocked = policyOff.has(rule.id);
                      return (
                        <div key={rule.id} className="opt-check" data-rule={rule.id}>
                          <input
                            id={fieldId(path)}
                            type="checkbox"
                            className="page-check"
                            checked={draft.disabledRules.includes(rule.id)}
                            disabled={ruleLocked}
                            aria-describedby={describedBy(path, { locked: ruleLocked })}
                            onChange={(e) =>
                              update({
                                disabledRules: e.target.checked
                                  ? [...draft.disabledRules, rule.id]
                                  : draft.disabledRules.filter((id) => id !== rule.id),
                              })
                            }
                          />
                          <label htmlFor={fieldId(path)}>
                            Switch off <strong>{rule.title}</strong> <span className="opt-rule-id">{rule.id}</span>
                          </label>
                          {ruleLocked ? <LockedNote path={path} /> : null}
                        </div>
                      );
                    })}
                  </fieldset>
                </details>
              );
            })}
          </section>

          <div className="opt-savebar">
            {/* A real submit button, so Enter in any field saves too. */}
            <button type="submit" className="csm-btn csm-btn--brand" aria-busy={saving || undefined} data-action="save-settings">
              Save settings
            </button>
            <span role="status" className="opt-status" data-testid="save-status">
              {status || (dirty ? 'You have unsaved changes.' : '')}
            </span>
          </div>
        </form>

        <PlaybookSection active={active} importPlaybook={actions.importPlaybook} timeZone={effective.timeZone} today={today} />
        <TeamSyncSection />
      </main>
    </div>
  );
}
