import { adminEmailOptions } from '../../formats';
import { valueOf } from '../../profile/read';
import { FACT_NAMES } from '../../profile/schema';
import { defineRule } from '../define';
import { liveFacts, okText, paramsSchema, q, read, sameText, WAITING } from '../common/field-read';
import { matchContactEmail } from './contact-email';
import { z } from '../../zod';

/** CSO-ADMIN-EMAIL-TAKEN: the seed's two ways out for a taken admin email, ready to copy. */
export default defineRule({
  id: 'CSO-ADMIN-EMAIL-TAKEN',
  sop: 'MT-CS-001',
  title: 'Admin email already taken',
  where: ['mt.presignup'],
  stage: 'account-creation',
  role: 'cs-ops',
  help: 'If the main super admin\'s email address is already taken by a demo or trial user, disable that user: in your MedTrainer Support account open the Switch User Account module, find the email, open the user\'s Full Profile › "User and Password" and add "DONOTUSE" before the "@domain.com" in "Update Email". If the user is still valid or belongs to another active account, add a +1 before the "@domain.com" so the super admin can use the same email address for the new account.',
  steps: ['Old demo/trial user: nameDONOTUSE@domain', 'Or, old user still valid: new super admin as name+1@domain'],
  note: 'MT-CS-001: "If the main super admin\'s email address is already taken by a demo or trial user, we would need to disable said user email." — "updating the email in the "Update Email" field by adding a "DONOTUSE" before the "@domain.com". If, however, the user is still valid or belongs to another active account, add a +1 before the "@domain.com" to make sure the super admin can use the same email address to access the new account." An address typed that way for the primary contact\'s own (name+1@domain, nameDONOTUSE@domain) stands for name@domain: the options are shown for the contact\'s address, not moved on to +2.',
  order: 130,
  params: paramsSchema(z.strictObject({})) as unknown as z.ZodMiniType<Record<string, never>>,
  evaluate: (ctx) => {
    const field = read(ctx, 'signup.email');
    if (field.status === 'absent') return null;
    if (!ctx.page!.ready) return WAITING;
    if (field.status === 'missing') return { state: 'warn', message: `Can't read ${q(field.label)} on this page: check the label in settings.` };
    const typed = okText(field);
    const contact = valueOf(liveFacts(ctx), 'primaryContactEmail');
    // The SOP's own address for the contact's taken one stands for it: the options are the contact's.
    const match = typed ? matchContactEmail(ctx, typed) : null;
    const sop = match?.kind === 'sop' ? match : null;
    const email = sop ? sop.base : (typed ?? contact);
    if (!email)
      return { state: 'info', message: `Fill ${q(field.label)} first; if a demo or trial user already has it, this shows the two addresses to use.` };
    const options = adminEmailOptions(email);
    if (!options) return { state: 'info', message: `${q(field.label)} "${email}" is not one email address.` };
    const whose = sop ? `the ${FACT_NAMES.primaryContactEmail}` : typed ? q(field.label) : `the ${FACT_NAMES.primaryContactEmail}`;
    const already = sop ? `${q(field.label)} ${typed} is ${email} with the SOP's ${sop.mark}. ` : '';
    const fillable = field.editable && !(typed && sameText(typed, options.plusOne));
    return {
      state: 'info',
      message: `${already}If ${email} (${whose}) is taken by a demo or trial user: disable that user as ${options.doNotUse}, or, if that user is still valid or belongs to another active account, use ${options.plusOne} for the new super admin.`,
      details: [
        { key: 'doNotUse', text: `Old user, disabled: ${options.doNotUse}` },
        { key: 'plusOne', text: `New super admin, old user kept: ${options.plusOne}` },
      ],
      actions: [
        { type: 'copy', verb: 'copy-text', label: `Copy ${options.doNotUse}`, text: options.doNotUse },
        { type: 'copy', verb: 'copy-text', label: `Copy ${options.plusOne}`, text: options.plusOne },
        ...(fillable
          ? [{ type: 'fill', verb: 'fill-admin-email', label: `Use ${options.plusOne} here`, field: 'signup.email', value: options.plusOne, mode: 'set' } as const]
          : []),
      ],
    };
  },
});
