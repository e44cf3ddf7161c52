import { ACCOUNT_TYPES } from './accounts';
import { ANCHORS } from './anchors';
import { builtinPlaybook, simulate, type JourneyResult } from './simulate';

/** Every account type × every anchor, with the built-in playbook. */
export const runAllJourneys = (): JourneyResult[] => {
  const playbook = builtinPlaybook();
  return ACCOUNT_TYPES.flatMap((type) => ANCHORS.map((anchor) => simulate(playbook, type, anchor)));
};
