import { type BusinessCalendar, businessCalendar, DEFAULT_CALENDAR } from '../dates';
import type { Playbook } from './schema';

const byPlaybook = new WeakMap<Playbook, BusinessCalendar>();

/**
 * The business calendar of a playbook (its `calendar` section; absent = Monday to Friday less the
 * US federal holidays), built once per playbook object: the engine asks for it on every run, and
 * rules read it on `ctx.calendar`.
 */
export const calendarOf = (playbook: Playbook): BusinessCalendar => {
  let calendar = byPlaybook.get(playbook);
  if (!calendar) {
    calendar = playbook.calendar ? businessCalendar(playbook.calendar) : DEFAULT_CALENDAR;
    byPlaybook.set(playbook, calendar);
  }
  return calendar;
};
