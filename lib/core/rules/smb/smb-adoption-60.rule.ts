import { smbAdoptionDate, todayIn } from '../../dates';
import type { Outcome, RuleContext } from '../../engine/types';
import { FACT_NAMES } from '../../profile/schema';
import { defineRule } from '../define';
import { manualOutcome } from '../common/manual-outcome';
import { day } from '../common/onboarding-helpers';
import { trainingsHeld } from '../training/training-shared';
import { adoptionArtefacts, artefactDetails } from './smb-adoption-artefacts';
import { z } from '../../zod';

const adoptionParams = z.strictObject({
  /** The step whose tick dates "onboarding completed" (the Customer Onboarding record has no date for it). */
  datedBy: z.string().check(z.minLength(1)),
});

type AdoptionParams = z.output<typeof adoptionParams>;

/**
 * SMB-ADOPTION-60: the adoption meeting 60 days after onboarding is completed. The Customer
 * Onboarding record only has an "Onboarding completed" checkbox, so the day is taken from the
 * last training ticked held (TR-SESSIONS), else from the tick of the SMB Onboarding Completed
 * Recap, which MT-CS-007 sends once all trainings are done.
 */
export default defineRule({
  id: 'SMB-ADOPTION-60',
  sop: 'MT-CS-007',
  title: 'SMB adoption meeting (60 days)',
  where: ['timeline', 'sf.opportunity'],
  stage: 'adoption',
  appliesTo: { subtypesAny: ['SMB'] },
  help: 'SMB adoption is a simplified version of the 2nd (90-day) adoption stage: schedule the meeting 60 days after onboarding is completed, fill out an SMB Adoption Checklist for the Learning and Compliance modules, and take notes of what the admin says.',
  steps: [
      'Fill out your own copy of the SMB Adoption Checklist (Learning and Compliance modules only); never alter the original',
      'Schedule the meeting 60 days after onboarding is completed',
      'Right after the meeting, download the checklist as a PDF and upload it',
      'Ask probing questions; add your notes under Adoption Notes in the Opportunity',
      'Increasing engagement: revisit sales opportunities; ask if the admin would be a reference and, if so, update the Reference fields on the Salesforce account',
      'Decreasing engagement: CSM–admin relationship and pending tasks; bugs (follow up on tickets); workflow errors and improvements (with the CSM Lead); sales opportunities; internal/organizational issues. Give realistic expectations',
    ],
  note: 'MT-CS-007: "Make sure to have the meeting scheduled to take place 60 days after Onboarding is completed". The Customer Onboarding record has no "onboarding completed" date, only a checkbox, so the 60 days count from the day the last Learning and Compliance training is ticked held in TR-SESSIONS, else (no training ticked) from the day SMB-COMPLETED-RECAP is ticked (MT-CS-007: "Once all Learning and Compliance training sessions are completed, please send the admin the Outreach SMB Onboarding Completed Recap Email template").',
  order: 450,
  defaults: { datedBy: 'SMB-COMPLETED-RECAP' },
  params: adoptionParams,
  evaluate: (ctx) => {
    const outcome = meeting(ctx);
    // What the meeting leaves behind, named here (ticked and checked under SMB-ADOPTION-ARTEFACTS).
    const details = artefactDetails(adoptionArtefacts(ctx)).map(({ toggle: _toggle, ...line }) => line);
    return outcome.state === 'na' ? outcome : { ...outcome, details };
  },
});

/** The meeting itself: due 60 days after onboarding was completed. */
const meeting = (ctx: RuleContext<AdoptionParams>): Outcome => {
    // Onboarding is completed when the last training is held (TR-SESSIONS); before those ticks
    // existed, the day the completed recap was ticked stood for it.
    const dated = ctx.progress.items[ctx.params.datedBy];
    const completedOn = trainingsHeld(ctx)?.allHeldOn ?? (dated?.done ? todayIn(dated.at, ctx.settings.timeZone) : undefined);
    if (completedOn) {
      // 60 days on a weekend or holiday: the meeting is due the next business day.
      const due = ctx.calendar.businessDayOnOrAfter(smbAdoptionDate(completedOn));
      return manualOutcome(
        ctx,
        { todo: `Hold the SMB adoption meeting on ${day(due)}, 60 days after onboarding was completed (${day(completedOn)}).` },
        due,
      );
    }
    if (!ctx.manual?.done && ctx.value('onboardingCompleted') === true)
      return {
        state: 'info',
        message: `Onboarding is marked completed (${FACT_NAMES.onboardingCompleted}), but not when: hold the adoption meeting 60 days after it. The date is counted from the day "${ctx.params.datedBy}" (the SMB Onboarding Completed Recap) is ticked.`,
      };
    return manualOutcome(ctx, { todo: 'Once onboarding is completed, schedule the SMB adoption meeting 60 days later.' });
};
