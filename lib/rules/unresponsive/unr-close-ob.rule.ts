import { formatDate } from '../../dates';
import { learnHint } from '../../engine/learn-hint';
import type { Evaluator } from '../../engine/types';
import { valueOf } from '../../profile/read';
import { FACT_NAMES } from '../../profile/schema';
import { defineRule } from '../define';
import { labelOf, liveFacts, paramsSchema, q, read, WAITING } from '../shared/field-read';
import { NOT_UNRESPONSIVE, unresponsiveLog } from './unresponsive-log';
import { daysParam } from './unresponsive-shared';
import { z } from 'zod';

const closeParams = paramsSchema(z.object({ days: daysParam }).strict());

/** UNR-CLOSE-OB: once the log is complete without an answer, "Onboarding completed" is checked. */
export default defineRule({
  id: 'UNR-CLOSE-OB',
  sop: 'MT-CS-020',
  title: 'Close the onboarding after 10 days',
  where: ['sf.onboarding'],
  stage: 'unresponsive',
  help: 'If the customer is still unresponsive after 10 days, enter the notes in the Customer Onboarding object and mark the account as Onboarding completed. Loop in the designated RSM to inform them about the situation, so they can also assist with reaching out to the customer if necessary.',
  steps: ['Enter the notes in the Customer Onboarding object', 'Check "Onboarding completed"', 'Loop in the RSM'],
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
    if (log.complete) {
      const due = ctx.calendar.nextBusinessDay(log.last);
      return completed
        ? { state: 'done', message: `${q(label)} is checked. Make sure the notes prove the 10 business days of follow-up, and ${loopIn}.` }
        : { state: 'error', due, message: `The ${log.days.length}-day log ended ${formatDate(log.last)} with no answer: enter the notes on the Customer Onboarding record, check ${q(label)}, and ${loopIn}.` };
    }
    if (completed)
      return {
        state: 'warn',
        message: `${q(label)} is checked but the ${log.days.length}-day contact log is not complete${log.gaps.length ? ` (${log.gaps.length} day${log.gaps.length > 1 ? 's' : ''} missing)` : ` (it ends ${formatDate(log.last)})`}.`,
      };
    return {
      state: 'todo',
      due: ctx.calendar.nextBusinessDay(log.last),
      message: `If the customer is still unresponsive after the log ends ${formatDate(log.last)}: enter the notes, check ${q(label)}, and ${loopIn}.`,
    };
  },
});
