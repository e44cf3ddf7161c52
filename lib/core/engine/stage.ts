import { isFmcOnly } from '../classify/classify';
import type { Stage } from '../model/vocab';
import { valueOf } from '../profile/read';
import type { ProfileFacts } from '../profile/schema';
import type { AccountProgress } from '../progress/events';

/**
 * The account's lifecycle stage (MT-CS-003): a branch the CSM set (unresponsive, escalation)
 * wins; otherwise the Customer Onboarding dates say how far onboarding got. FMC-only accounts
 * have no CS lifecycle (MT-CS-001).
 */
export const lifecycleStage = (facts: ProfileFacts, progress: AccountProgress): Stage | null => {
  if (isFmcOnly(facts).value === true) return null;
  if (progress.branch) return progress.branch.value;
  if (valueOf(facts, 'onboardingCompleted') === true) return 'adoption';
  if (valueOf(facts, 'obCallCompletedDate') !== undefined) return 'training';
  if (valueOf(facts, 'assignmentDate') !== undefined) return 'onboarding';
  return 'account-creation';
};
