import { containsAny, isComposePage } from '../../engine/email-kind';
import { SUPPORT_MARKERS, SUPPORT_SNIPPET } from '../../engine/snippets';
import { defineRule } from '../define';
import { unreadablePart } from '../common/onboarding-helpers';
import { z } from '../../zod';

const supportParams = z.strictObject({
  snippet: z.string().check(z.trim(), z.minLength(1)),
  /** The snippet counts as in the email when the body has any of these (the address, the phone). */
  doneWhenBodyContains: z.array(z.string().check(z.trim(), z.minLength(1))).check(z.minLength(1)),
});

/** DG-SUPPORT-REDIRECT: on any email, offer the Support redirect; done once it is in the body. */
export default defineRule({
  id: 'DG-SUPPORT-REDIRECT',
  sop: 'MT-CS-020',
  title: 'Redirect the admin to Support',
  where: ['gmail.compose', 'outreach.compose'],
  stage: 'onboarding',
  help: 'As a DCSM, redirect your clients to the Customer Support Department as much as possible. You still help them, but always give them the option to contact Support for more immediate assistance: support@medtrainer.com, 844.596.6553, https://support.medtrainer.com/, 7:00 AM to 7:00 PM Central, Monday to Friday.',
  note: "MT-CS-020: \"As a DCSM, make sure to redirect your clients to the Customer Support Department for assistance, as much as possible.\" The inserted text is the SOP's, with the hours written \"Central Time\" instead of \"CST\" (right all year). Offered on every email, whatever the account (even one matching no known account): the snippet does not depend on it, and the SOP says to \"always give them the option to contact Support for more immediate assistance\".",
  order: 290,
  defaults: { snippet: SUPPORT_SNIPPET, doneWhenBodyContains: SUPPORT_MARKERS },
  params: supportParams,
  evaluate: (ctx) => {
    if (!isComposePage(ctx.page)) return null;
    const compose = ctx.page!.compose!;
    const insert = { type: 'insert', verb: 'insert-support-snippet', label: 'Insert the Support contact', text: ctx.params.snippet } as const;
    if (unreadablePart(compose, 'body'))
      return { state: 'info', message: "Can't read the email body: redirect the admin to Support if it isn't there yet.", actions: [insert] };
    if (containsAny(compose.bodyText, ctx.params.doneWhenBodyContains))
      return { state: 'done', message: `The Support contact (${ctx.params.doneWhenBodyContains[0]}) is in this email.` };
    return {
      state: 'info',
      message: `Redirect the admin to Support for immediate help: insert the Support contact (${ctx.params.doneWhenBodyContains.join(', ')}).`,
      actions: [insert],
    };
  },
});
