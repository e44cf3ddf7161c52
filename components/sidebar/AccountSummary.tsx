import { useId } from 'react';
import { renderedValue } from './rendered-value';
import type { AccountSummaryView, SidebarIntent } from '../../lib/view-model/sidebar';

const BRANCHES = [
  ['', 'Main path (onboarding, adoption)'],
  ['unresponsive', 'Unresponsive: 10-day contact log'],
  ['escalation', 'Escalation / cancellation'],
] as const;
const BRANCH_VALUES = BRANCHES.map(([value]) => value);

const Value = ({ value, unknown }: { value: string | null; unknown: boolean }) =>
  value ? <>{value}</> : <span className="csm-muted">{unknown ? 'not known yet' : '—'}</span>;

/** The account header, or what to open when the account is not known yet. */
export function AccountSummary({
  account,
  onIntent,
}: {
  account: AccountSummaryView | null;
  onIntent?: (intent: SidebarIntent) => void;
}) {
  const headingId = useId();
  const branchId = useId();
  if (!account) {
    return (
      <section className="csm-account csm-account--unknown" aria-labelledby={headingId}>
        <h3 id={headingId} className="csm-section__title">
          Account
        </h3>
        <p>
          <strong>Account not known yet:</strong> open its Salesforce Account.
        </p>
        <p className="csm-muted">CSM Guide learns an account's facts from its Salesforce pages and remembers them.</p>
      </section>
    );
  }
  const unknown = new Set(account.unknown.map((u) => u.fact));
  const rows: Array<[string, string | null, boolean]> = [
    ['Segment', account.segment, unknown.has('segmentation')],
    ['Service level', account.tier, unknown.has('serviceLevel')],
    ['Products', account.products?.length ? account.products.join(', ') : null, unknown.has('products')],
    ['Stage', account.stageName, false],
    ['CSM', account.csm, unknown.has('csm')],
  ];
  return (
    <section className="csm-account" aria-labelledby={headingId}>
      <h3 id={headingId} className="csm-section__title">
        {account.name ?? 'Account'}
      </h3>
      <p className="csm-account__id">
        Salesforce ID <span className="csm-mono">{account.accountId}</span>
      </p>
      <dl className="csm-facts">
        {rows.map(([label, value, isUnknown]) => (
          <div className="csm-facts__row" key={label}>
            <dt>{label}</dt>
            <dd>
              <Value value={value} unknown={isUnknown} />
            </dd>
          </div>
        ))}
      </dl>
      {onIntent ? (
        <div className="csm-field csm-branch">
          <label htmlFor={branchId}>Lifecycle branch</label>
          <select
            id={branchId}
            className="csm-select"
            value={account.branch?.value ?? ''}
            onChange={(event) => {
              const value = renderedValue(event.currentTarget.value, BRANCH_VALUES);
              if (value === null) return;
              onIntent({ type: 'set-branch', branch: value === 'unresponsive' || value === 'escalation' ? value : null });
            }}
          >
            {BRANCHES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          {account.branch ? <p className="csm-muted">Since {account.branch.since}</p> : null}
        </div>
      ) : null}
      {account.unknown.length ? (
        <div className="csm-unknown">
          <p className="csm-unknown__title">Not known yet:</p>
          <ul>
            {account.unknown.map((u) => (
              <li key={u.fact} data-unknown-fact={u.fact}>
                {u.name}: open {u.pageName}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
