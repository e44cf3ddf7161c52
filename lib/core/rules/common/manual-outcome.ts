import type { Outcome, RuleContext } from '../../engine/types';

const toggle = (done: boolean) =>
  ({ type: 'toggle-done', verb: 'toggle-done', label: done ? 'Undo' : 'Mark done' }) as const;

/**
 * The outcome of a hand-checked step: done (with who/when) once checked, else `todo`, or
 * `warn`/`error` when a due date is today/past. Rules with dates pass `due`.
 */
export const manualOutcome = (
  ctx: RuleContext<unknown>,
  text: { todo: string; done?: string },
  due?: string,
): Outcome => {
  const done = ctx.manual?.done === true;
  if (done) {
    return {
      state: 'done',
      message: text.done ?? `Done by ${ctx.manual!.by || 'you'}.`,
      actions: [toggle(true)],
      ...(due ? { due } : {}),
    };
  }
  const dueDay = due?.slice(0, 10);
  const state = dueDay === undefined || dueDay > ctx.today ? 'todo' : dueDay === ctx.today ? 'warn' : 'error';
  const prefix = state === 'error' ? 'Overdue: ' : state === 'warn' ? 'Due today: ' : '';
  return { state, message: `${prefix}${text.todo}`, actions: [toggle(false)], ...(due ? { due } : {}) };
};
