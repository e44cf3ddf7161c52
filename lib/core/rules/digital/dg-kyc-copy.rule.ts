import { defineRule } from '../define';
import { manualOutcome } from '../common/manual-outcome';
import { day } from '../common/onboarding-helpers';
import { z } from '../../zod';

const kycParams = z.strictObject({ surveyUrl: z.url() });

/** DG-KYC-COPY: your own copy of the KYC survey, made before the onboarding call. */
export default defineRule({
  id: 'DG-KYC-COPY',
  sop: 'MT-CS-020',
  title: 'Your own copy of the KYC survey',
  where: ['any'],
  stage: 'onboarding',
  appliesTo: { segments: ['Digital'] },
  help: 'Preparing the KYC checklist: make sure to make your own copy of the KYC survey; do not change the original file.',
  note: "MT-CS-020: \"Please make sure to make your own copy of the https://docs.google.com/forms/d/16uGE2zJVRmSyaFor4tbeGyCKXxQn2YMQmYHyLywzKXE/edit KYC survey, do not change the original file.\" Due by the onboarding call when its date is known.",
  order: 280,
  defaults: { surveyUrl: 'https://docs.google.com/forms/d/16uGE2zJVRmSyaFor4tbeGyCKXxQn2YMQmYHyLywzKXE/edit' },
  params: kycParams,
  evaluate: (ctx) => {
    const call = ctx.value('obCallScheduledFor');
    const outcome = manualOutcome(
      ctx,
      { todo: `Make your own copy of the KYC survey${call ? ` before the onboarding call on ${day(call)}` : ''}; never edit the original.` },
      call,
    );
    return {
      ...outcome,
      actions: [...(outcome.actions ?? []), { type: 'copy', verb: 'copy-text', label: 'Copy the KYC survey link', text: ctx.params.surveyUrl }],
    };
  },
});
