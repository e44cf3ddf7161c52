import type { DueStep } from '../../lib/my-day/due-steps';
import { StateBadge } from '../common/StateBadge';
import { daysText } from '../dashboard/format';

/** "3 days overdue", "overdue" (a cadence day whose date the line itself states), "due today". */
export const whenText = (step: Pick<DueStep, 'when' | 'overdueDays'>): string =>
  step.when === 'today' ? 'due today' : step.overdueDays ? `${daysText(step.overdueDays)} overdue` : 'overdue';

/** One step of the day: the state icon (named for screen readers), the rule, what to do and when. */
export function DueStepLine({ step }: { step: DueStep }) {
  return (
    <li className="myday-step" data-rule={step.ruleId} data-when={step.when} data-key={step.key}>
      <StateBadge state={step.when === 'overdue' ? 'error' : 'warn'} />
      <div className="myday-step__body">
        <p className="myday-step__title">
          {step.title} <span className={`myday-when myday-when--${step.when}`}>· {whenText(step)}</span>
        </p>
        <p className="myday-step__text">{step.text}</p>
      </div>
    </li>
  );
}
