import { BUILTIN_PLAYBOOK } from '../../lib/core/playbook/builtin';
import { calendarOf } from '../../lib/core/playbook/calendar';
import type { Playbook } from '../../lib/core/playbook/schema';
import { parsePlaybook } from '../../lib/core/playbook/validate';

/** The built-in playbook, through the real validator, as the extension loads it. */
export const builtinPlaybook = (): Playbook => {
  const parsed = parsePlaybook(BUILTIN_PLAYBOOK);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.playbook;
};

/** Its business calendar (weekends and the playbook's holidays): the days the SOP's due days move by. */
export const JOURNEY_CALENDAR = calendarOf(builtinPlaybook());
