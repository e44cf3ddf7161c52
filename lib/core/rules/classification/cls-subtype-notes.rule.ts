import { isHybrid, subtypesOf } from '../../classify/classify';
import type { ItemDetail } from '../../engine/types';
import { defineRule } from '../define';
import { z } from '../../zod';

const notesParams = z.strictObject({
  hybrid: z.string().check(z.trim(), z.minLength(1)),
  franchise: z.string().check(z.trim(), z.minLength(1)),
});

/**
 * CLS-SUBTYPE-NOTES: for a Franchise or Hybrid account (its Account Subtype, or for Hybrid its
 * products: Learning/Compliance with FMC), what MT-CS-020 says about such accounts. Information only.
 */
export default defineRule({
  id: 'CLS-SUBTYPE-NOTES',
  sop: 'MT-CS-020',
  title: 'Franchise and Hybrid accounts',
  where: ['sf.account', 'any'],
  stage: 'onboarding',
  help: 'Hybrid accounts (Learning and/or Compliance with the Fully-Managed Credentialing Service) are shared by the CS and FMC Departments. Franchise accounts have multiple locations and usually expand at a fast pace. Each has its own SOP for the workflow.',
  note: 'MT-CS-020 "Hybrid Accounts": "The CS Department and the FMC Department share what are called hybrid accounts.  An account is considered hybrid when having Learning and/or Compliance purchased, as well as our Fully-Managed Credentialing Service. This SOP aims to provide clear understanding of circumstances and workflow for these accounts, to aid in their efficient onboarding, adoption and ongoing management." "Franchise Accounts": "Franchise accounts are those that have multiple locations, and usually expand at a fast pace. This process will tell you what to look out for, and how to manage them." The seed only links the SOPs with those workflows (not given), so this is information, shown for an Account Subtype of Franchise or Hybrid (Hybrid also from the products); nothing on other accounts or while the subtype and products are unknown.',
  order: 45,
  defaults: {
    hybrid: 'Hybrid account: the CS and FMC Departments share it (Learning and/or Compliance with the Fully-Managed Credentialing Service). Follow the Hybrid accounts SOP for the shared onboarding, adoption and ongoing management.',
    franchise: 'Franchise account: multiple locations, usually expanding at a fast pace. Follow the Franchise accounts SOP for what to look out for and how to manage it.',
  },
  params: notesParams,
  needs: ['subtypes'],
  evaluate: (ctx) => {
    const subtypes = subtypesOf(ctx.facts) ?? [];
    const hybrid = subtypes.includes('Hybrid') || isHybrid(ctx.facts).value === true;
    const franchise = subtypes.includes('Franchise');
    const details: ItemDetail[] = [
      ...(franchise ? [{ key: 'Franchise', state: 'info' as const, text: ctx.params.franchise }] : []),
      ...(hybrid ? [{ key: 'Hybrid', state: 'info' as const, text: ctx.params.hybrid }] : []),
    ];
    if (!details.length) return null;
    return { state: 'info', message: details.map((d) => d.text).join(' '), details };
  },
});
