import { formatDate } from '../../dates';
import { learnHint } from '../../engine/learn-hint';
import { valueOf } from '../../profile/read';
import { FACT_NAMES } from '../../profile/schema';
import { defineRule } from '../define';
import { labelOf, liveFacts, paramsSchema, q, read, WAITING } from '../common/field-read';
import { NOT_UNRESPONSIVE, unresponsiveLog } from './unresponsive-log';
import { daysParam } from './unresponsive-shared';
import { z } from '../../zod';

const closeParams = paramsSchema(z.strictObject({ days: daysParam }));

/**
 * UNR-CLOSE-OB: "Onboarding completed" is checked once the 10-day log is over without an answer:
 * due the business day after day 10 (not on day 10 itself). It comes due on its day whatever the
 * log holds: a gap in the log is UNR-DAILY-10's to flag, never a reason to hold this step back.
 */
export default defineRule({
  id: 'UNR-CLOSE-OB',
  sop: 'MT-CS-020',
  title: 'Close the onboarding after 10 days',
  where: ['sf.onboarding'],
  stage: 'unresponsive',
  help: 'If the customer is still unresponsive after 10 days, enter the notes in the Customer Onboarding object and mark the account as Onboarding completed. Loop in the designated RSM to inform them about the situation, so they can also assist with reaching out to the customer if necessary.',
  steps: ['Enter the notes in the Customer Onboarding object', 'Check "Onboarding completed"', 'Loop in the RSM'],
  note: 'MT-CS-020: "If the customer is still unresponsive after 10 days, enter the notes in the Customer Onboarding object and mark the account as Onboarding completed". After 10 days means once day 10 of the business-day log is over: due the business day after it (weekends and the playbook calendar\'s holidays are no days of the log). A gap in the log is flagged by UNR-DAILY-10 and never holds this step back.',
  order: 340,
  defaults: { days: 10 },
  params: closeParams,
  needs: ['onboardingCompleted'],
  evaluate: (ctx) => {
    const log = unresponsiveLog(ctx, ctx.params.days);
    if (!log) return { state: 'na', message: NOT_UNRESPONSIVE };
    if (ctx.page && !ctx.page.ready) return WAITING;
    const field = read(ctx, 'ob.completed');
    if (field.status === 'missing') return { state: 'warn', message: `Can't read ${q(field.label)} on this page: check the label in settings.` };
    const label = labelOf(field, FACT_NAMES.onboardingCompleted);
    // Off the record, the profile remembers the box.
    const completed = field.status === 'absent' ? valueOf(liveFacts(ctx), 'onboardingCompleted') : field.status === 'ok' && field.value === true;
    if (completed === undefined) return { state: 'info', message: `Can't tell whether ${q(label)} is checked. ${learnHint(['onboardingCompleted'])}` };
    const rsm = valueOf(liveFacts(ctx), 'rsm');
    const loopIn = `loop in the RSM${rsm ? ` (${rsm})` : ''} so they can help reach the customer`;
    const n = log.days.length;
    // Due the business day after day 10, whatever the log holds (its gaps are UNR-DAILY-10's).
    const due = ctx.calendar.nextBusinessDay(log.last);
    if (completed) {
      if (ctx.today >= due)
        return { state: 'done', message: `${q(label)} is checked. Make sure the notes prove the 10 business days of follow-up, and ${loopIn}.` };
      return {
        state: 'warn',
        message: `${q(label)} is checked but the ${n}-day contact log is not over (it ends ${formatDate(log.last)}): the SOP closes the onboarding only if the customer is still unresponsive after it.`,
      };
    }
    const todo = `enter the notes on the Customer Onboarding record, check ${q(label)}, and ${loopIn}`;
    if (ctx.today < due)
      return {
        state: 'todo',
        due,
        message: `If the customer is still unresponsive after the log ends ${formatDate(log.last)}: on ${formatDate(due)}, ${todo}.`,
      };
    return {
      state: ctx.today === due ? 'warn' : 'error',
      due,
      message: `${ctx.today === due ? 'Due today' : 'Overdue'}: the ${n}-day log ended ${formatDate(log.last)} with no answer: ${todo}.`,
    };
  },
});
