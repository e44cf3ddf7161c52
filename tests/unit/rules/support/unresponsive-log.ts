import { unresponsiveDays } from '../../../../lib/dates';
import { progress } from './salesforce';

// TODAY is Wednesday 2026-12-02. A log started Mon 2026-11-23 has today as day 7 of 10: Thanksgiving
// (Thu 2026-11-26) is a holiday of the default calendar, so it is no day of the log.
const both = ['email', 'call'] as const;
/** A contact log where every listed day has both an email and a call. */
export const logged = (days: string[]) => Object.fromEntries(days.map((d) => [d, [...both]]));
/** Progress of an account in the Unresponsive branch since `since`, with its contacts and ticks. */
export const unresponsive = (since: string, contacts: Record<string, Array<'email' | 'call'>> = {}, done: string[] = []) =>
  progress({ branch: { value: 'unresponsive', since }, contacts, done });
/** A log still running today (day 7 of 10), and its days before today. */
export const RUNNING = '2026-11-23';
export const beforeToday = unresponsiveDays(RUNNING).filter((day) => day < '2026-12-02');
/** Started Mon 2026-11-16: the 10 business days (less Thanksgiving) end Mon 2026-11-30. */
export const FINISHED = '2026-11-16';
export const finishedLog = logged(unresponsiveDays(FINISHED));
