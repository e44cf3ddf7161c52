import { ACCOUNT_TYPES } from './accounts';
import { ANCHORS } from './anchors';
import { builtinPlaybook } from './playbook';
import { simulate, type JourneyResult } from './simulate';

/** Every account type × every anchor, with the built-in playbook. */
export const runAllJourneys = (): JourneyResult[] => {
  const playbook = builtinPlaybook();
  return ACCOUNT_TYPES.flatMap((type) => ANCHORS.map((anchor) => simulate(playbook, type, anchor)));
};
