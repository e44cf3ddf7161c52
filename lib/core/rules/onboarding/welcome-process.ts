import { owesCalls } from '../../classify/classify';
import type { Verdict } from '../../classify/verdict';
import type { RuleContext } from '../../engine/types';
import { SEGMENTS, SUBTYPES } from '../../model/vocab';
import { z } from '../../zod';

/**
 * Whose welcome and reminder follow MT-CS-002's CCSM/SCSM template (rosters, the KYC part, the
 * reminder itself): Core and Strategic accounts, and SMB accounts in any segment (MT-CS-007:
 * "proceed with the onboarding call process as stated in the MT-CS-002"). A plain Digital
 * account (Digital without the SMB subtype) gets MT-CS-020's Day-1 welcome from the Outreach
 * sequence instead. A playbook param (`params.process`), so CS Ops can change whom it covers.
 */
export const welcomeProcessSchema = z.prefault(z.strictObject({
  segments: z._default(z.array(z.enum(SEGMENTS)).check(z.minLength(1)), ['Core', 'Strategic']),
  subtypes: z._default(z.array(z.enum(SUBTYPES)), ['SMB']),
}), {});
export type WelcomeProcess = z.output<typeof welcomeProcessSchema>;

export const WELCOME_PROCESS: WelcomeProcess = { segments: ['Core', 'Strategic'], subtypes: ['SMB'] };

/** Yes for Core/Strategic/SMB, no for a plain Digital account, unknown naming the deciding facts. */
export const followsCoreWelcome = (ctx: RuleContext<unknown>, process: WelcomeProcess): Verdict => owesCalls(ctx.facts, process);
