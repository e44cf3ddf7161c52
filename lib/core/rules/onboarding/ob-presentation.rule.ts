import { subtypesOf } from '../../classify/classify';
import { defineRule } from '../define';
import { manualOutcome } from '../common/manual-outcome';
import { toggleAction, unknownFact } from '../common/onboarding-helpers';
import { byTheCall } from './onboarding-shared';
import { z } from '../../zod';

const presentationParams = z.strictObject({
  templatesFolder: z.string().check(z.minLength(1)),
  smbPresentation: z.strictObject({ name: z.string().check(z.minLength(1)), url: z.url() }),
});

/** OB-PRESENTATION: slides from the templates folder; SMB accounts use the SMB presentation. */
export default defineRule({
  id: 'OB-PRESENTATION',
  sop: 'MT-CS-002',
  title: 'Onboarding presentation',
  where: ['any'],
  stage: 'onboarding',
  help: 'Prepare a Google Slides presentation for the account from one of the templates in the Account Onboarding PPTX Templates folder; you walk the admin through it on the call. SMB accounts: use the SMB ACCOUNTS presentation.',
  note: 'MT-CS-002: "Prepare a presentation for the account, using one of the following available templates in the Account Onboarding PPTX Templates folder:" MT-CS-007 (SMB accounts): "Keep in mind that there are some slight differences in the process, so please ensure to use the […] presentation" (the SMB ACCOUNTS presentation, params.smbPresentation).',
  order: 210,
  defaults: {
        templatesFolder: 'Account Onboarding PPTX Templates',
        smbPresentation: {
          name: 'SMB ACCOUNTS',
          url: 'https://docs.google.com/presentation/d/1rYmHVPixg6BjWWbCTrfuMAE2QsqAbPwNByWYsoIgvYw/edit?usp=sharing',
        },
      },
  params: presentationParams,
  needs: ['subtypes'],
  evaluate: (ctx) => {
    const { due, when } = byTheCall(ctx);
    const { templatesFolder, smbPresentation } = ctx.params;
    const subtypes = subtypesOf(ctx.facts);
    const copy = { type: 'copy', verb: 'copy-text', label: `Copy the ${smbPresentation.name} link`, text: smbPresentation.url } as const;
    if (!subtypes && !ctx.manual?.done)
      return {
        ...unknownFact(
          ctx,
          'subtypes',
          `Prepare the onboarding slides${when} from the ${templatesFolder} folder (SMB accounts: the ${smbPresentation.name} presentation).`,
        ),
        actions: [toggleAction(false)],
      };
    const smb = subtypes?.includes('SMB');
    const outcome = manualOutcome(
      ctx,
      {
        todo: smb
          ? `Prepare the onboarding slides${when} from the ${smbPresentation.name} presentation (SMB account).`
          : `Prepare the onboarding slides${when} from a template in the ${templatesFolder} folder.`,
      },
      due,
    );
    return smb ? { ...outcome, actions: [...(outcome.actions ?? []), copy] } : outcome;
  },
});
