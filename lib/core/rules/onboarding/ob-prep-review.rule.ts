import { defineRule } from '../define';
import { manualOutcome } from '../common/manual-outcome';
import { byTheCall } from './onboarding-shared';
import { z } from '../../zod';

/** Onboarding (MT-CS-002, MT-CS-020, MT-CS-007). Evaluators are named after their rule. */

const noParams = z.strictObject({});

/** OB-PREP-REVIEW: contract, Additional Notes, Discovery Notes, website; due by the call. */
export default defineRule({
  id: 'OB-PREP-REVIEW',
  sop: 'MT-CS-002',
  title: 'Review the account before the call',
  where: ['sf.opportunity', 'sf.account'],
  stage: 'onboarding',
  help: 'Prepare before the onboarding call by reviewing the following information, in order to better understand the account.',
  steps: [
      'Contract: products acquired, duration of the contract, MRR, number of users',
      'Additional Notes in SF (Opportunity level): relevant information shared by sales',
      'Discovery Notes section of the Opportunity: key information on the account before it was Closed Won',
      'Website: on the Account’s Details tab; if it’s not there, google it and get relevant information about the business',
    ],
  note: 'MT-CS-002 (and MT-CS-020 for Digital accounts): "Prepare before the Onboarding call by reviewing the following information, in order to better understand the account:" Due on the day of the onboarding call when "Onboarding Call Scheduled For" is known.',
  order: 190,
  params: noParams,
  evaluate: (ctx) => {
    const { due, when } = byTheCall(ctx);
    return manualOutcome(
      ctx,
      { todo: `Review the contract, the Additional Notes, the Discovery Notes and the website${when}.` },
      due,
    );
  },
});
