import { plural } from '../dashboard/format';
import type { MyDayAccount } from '../../lib/my-day/due-steps';
import { DueStepLine } from './DueStepLine';

/** "3 overdue, 1 due today". */
export const countsText = (counts: { overdue: number; dueToday: number }): string =>
  [counts.overdue ? `${counts.overdue} overdue` : '', counts.dueToday ? `${counts.dueToday} due today` : ''].filter(Boolean).join(', ') || 'nothing due';

/**
 * One account's steps under its name. The name links to the Account record in Salesforce (a
 * new tab: the popup closes when focus leaves it); an account seen on no Salesforce org has no link.
 */
export function MyDayAccountGroup({ account }: { account: MyDayAccount }) {
  const headingId = `myday-account-${account.accountId}`;
  const name = account.name ?? `Account ${account.accountId}`;
  return (
    <li className="myday-account" data-account-id={account.accountId}>
      <section aria-labelledby={headingId}>
        <h2 className="myday-account__name" id={headingId}>
          {account.recordUrl ? (
            <a href={account.recordUrl} target="_blank" rel="noreferrer" data-action="open-record">
              {name}
              <span className="csm-vh"> (opens Salesforce in a new tab)</span>
            </a>
          ) : (
            name
          )}
        </h2>
        <p className="myday-account__counts">
          {countsText(account)}
          {account.csm ? ` · ${account.csm}` : ''}
        </p>
        <ul className="myday-steps" aria-label={`${plural(account.steps.length, 'step')} for ${name}`}>
          {account.steps.map((step) => (
            <DueStepLine key={step.key} step={step} />
          ))}
        </ul>
      </section>
    </li>
  );
}
