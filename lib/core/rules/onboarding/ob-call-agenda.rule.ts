import type { ItemDetail } from '../../engine/types';
import { defineRule } from '../define';
import { day, toggleAction } from '../common/onboarding-helpers';
import { z } from '../../zod';

const agendaParams = z.strictObject({
  /** The CPR Course files the recap carries (MT-CS-002), named to the admin during the call. */
  cprFiles: z.array(z.string().check(z.trim(), z.minLength(1))).check(z.minLength(1)),
});

/**
 * OB-CALL-AGENDA: on the day of the onboarding call ("Onboarding Call Scheduled For"), on any page
 * of the account, what to cover during the call. A to-do on that day only, never a warning: the
 * call itself is OB-CALL-COMPLETED-DATE's to date.
 */
export default defineRule({
  id: 'OB-CALL-AGENDA',
  sop: 'MT-CS-002',
  title: 'During the onboarding call',
  where: ['any'],
  stage: 'onboarding',
  help: 'During the 30-minute onboarding call with the admin: walk through the Google Slides presentation you prepared; mention that the recap email will include information and links relevant to the session, as well as the CPR Course information files (CPR Brochure and CPR Document).',
  steps: [
    'Walk the admin through the Google Slides presentation you prepared',
    'Say the recap email will carry the session’s information and links and the CPR Brochure and CPR Document',
    'Exclusions without Credentialing Software: the exclusions fields are now under the full profiles',
  ],
  note: 'MT-CS-002 "During the Onboarding Call": "During this 30-minute meeting with the admin, review the following points:" … "Provide a walkthrough of the Google Slides presentation you created earlier on the Preparing the Onboarding Presentation (Google Slides) point:" … "Please note that if the account has purchased Exclusions (without Credentialing Software), the exclusions fields are now under the full profiles." … "Please mention that the recap email will include information and links relevant to the session, as well as CPR Course information files: the CPR Brochure.pdf and the CPR Document.pdf". The seed is cut off after "review the following points:" and "Required information in this slide will include:", so the checklist has only the points the visible text gives. Shown on the day "Onboarding Call Scheduled For" names, on every page of the account; a to-do that day only, never a warning (the call\'s date is OB-CALL-COMPLETED-DATE\'s).',
  order: 225,
  defaults: { cprFiles: ['CPR Brochure.pdf', 'CPR Document.pdf'] },
  params: agendaParams,
  evaluate: (ctx) => {
    const call = ctx.value('obCallScheduledFor');
    if (!call || call !== ctx.today) return null;
    const products = ctx.value('products');
    const details: ItemDetail[] = [
      { key: 'slides', state: 'todo', text: 'Walk the admin through the Google Slides presentation you prepared' },
      {
        key: 'recap-files',
        state: 'todo',
        text: `Tell the admin the recap email will carry the session's information and links and the CPR Course files: ${ctx.params.cprFiles.join(' and ')}`,
      },
    ];
    if (products?.includes('Exclusions') && !products.includes('Credentialing Software'))
      details.push({ key: 'exclusions', state: 'info', text: 'Exclusions without Credentialing Software: the exclusions fields are now under the full profiles' });
    if (ctx.manual?.done)
      return { state: 'done', message: `Onboarding call points covered (${ctx.manual.by || 'you'}).`, details, actions: [toggleAction(true)] };
    return {
      state: 'todo',
      message: `Onboarding call today (${day(call)}): walk through the slides and tell the admin what the recap will carry.`,
      details,
      actions: [toggleAction(false)],
    };
  },
});
