import { useId } from 'react';
import { EMAIL_KINDS, type EmailKind } from '../../lib/core/facts/page-facts';
import { renderedValue } from './rendered-value';
import { EMAIL_KIND_LABELS, type ComposePickerView, type SidebarIntent } from '../../lib/view-model/sidebar';

/** Gmail/Outreach: which compose the checklist follows, its account and which SOP email it is. */
export function ComposePicker({ view, onIntent }: { view: ComposePickerView; onIntent: (intent: SidebarIntent) => void }) {
  const headingId = useId();
  const accountId = useId();
  const kindId = useId();
  const focused = view.open.find((c) => c.composeId === view.focusedId) ?? null;
  const composeId = view.focusedId ?? undefined;
  const kinds = view.emailKinds ?? EMAIL_KINDS;
  const candidateIds = view.accountCandidates.map((c) => c.accountId);
  return (
    <section className="csm-compose" aria-labelledby={headingId}>
      <h3 id={headingId} className="csm-section__title">
        Email
      </h3>
      <p className="csm-compose__following">
        {focused ? (
          <>
            Following: <span className="csm-compose__subject">{focused.label}</span>
          </>
        ) : (
          'Click into a compose window to check it.'
        )}
        {view.open.length > 1 ? <span className="csm-muted"> ({view.open.length} open)</span> : null}
      </p>
      {view.accountCandidates.length ? (
        <div className="csm-field">
          <label htmlFor={accountId}>Account this email is for</label>
          <select
            id={accountId}
            className="csm-select"
            value={view.chosenAccountId ?? ''}
            onChange={(event) => {
              const chosen = renderedValue(event.currentTarget.value, candidateIds);
              if (chosen) onIntent({ type: 'choose-account', accountId: chosen, ...(composeId ? { composeId } : {}) });
            }}
          >
            {view.chosenAccountId ? null : <option value="">Choose an account…</option>}
            {view.accountCandidates.map((c) => (
              <option key={c.accountId} value={c.accountId}>
                {c.hint ? `${c.name} (${c.hint})` : c.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {focused ? (
        <div className="csm-field">
          <label htmlFor={kindId}>
            This email is{view.emailKindSource === 'detected' ? <span className="csm-muted"> (detected)</span> : null}
          </label>
          <select
            id={kindId}
            className="csm-select"
            value={view.emailKind ?? ''}
            onChange={(event) => {
              const kind = renderedValue<EmailKind>(event.currentTarget.value, kinds);
              if (kind) onIntent({ type: 'choose-email-kind', kind, ...(composeId ? { composeId } : {}) });
            }}
          >
            {view.emailKind ? null : <option value="">Choose…</option>}
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {EMAIL_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </section>
  );
}
