import { defineRule } from '../define';
import { manualOutcome } from '../common/manual-outcome';
import { byTheCall } from './onboarding-shared';
import { z } from '../../zod';

/**
 * OB-RSM-LOGGED: beside OB-RSM-DISCOVERY (Core/Strategic), the Discovery Meeting with the RSM is
 * recorded and logged into the account; due by the onboarding call, like the meeting.
 */
export default defineRule({
  id: 'OB-RSM-LOGGED',
  sop: 'MT-CS-002',
  title: 'RSM Discovery Meeting recorded and logged',
  where: ['sf.opportunity', 'any'],
  stage: 'onboarding',
  appliesTo: { segments: ['Core', 'Strategic'] },
  help: 'Set up the Discovery Meeting with the RSM so that it is recorded and logged into the account: use the Discovery Meeting meeting type (15 min).',
  note: 'MT-CS-002: "You’ll need to follow these steps to set up the Discovery Meeting with the RSM, as it needs to be recorded and logged into the account. There is a meeting type available (15-min)." The seed\'s steps for it are cut off ("…"), so this is a hand-checked step: the meeting recorded and logged into the account, due by the onboarding call like OB-RSM-DISCOVERY (Core and Strategic accounts).',
  order: 205,
  params: z.strictObject({}) as unknown as z.ZodMiniType<Record<string, never>>,
  evaluate: (ctx) => {
    const { due, when } = byTheCall(ctx);
    return manualOutcome(ctx, { todo: `Record the Discovery Meeting with the RSM and log it into the account${when}.` }, due);
  },
});
