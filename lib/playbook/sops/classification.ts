import type { PlaybookRuleInput } from '../schema';

/**
 * Playbook entries for the classification rules of SOP-RULES.md, help text from the seeds.
 * They show on the Account (where the segmentation and subtype live) and in every page's
 * timeline, so a CSM always sees what kind of account they are working.
 */
export const rules: PlaybookRuleInput[] = [
  {
    id: 'CLS-DIGITAL',
    sop: 'MT-CS-020',
    title: 'Digital account',
    where: ['sf.account', 'any'],
    stage: 'account-creation',
    check: { evaluator: 'CLS-DIGITAL', params: {} },
    help: 'A digital account has these main characteristics: under 50 users and under $500.00 USD MRR (service level may vary if both conditions are met). Digital CSMs handle a high volume of accounts with a value of less than $500 USD MRR.',
    note: 'SOP-RULES.md makes Standard/Premium service Core for every account; seed 001 says a Digital account\'s "service level may vary", and seed 003 routes Standard/Premium to a Core CSM only for SMB accounts. The seeds win: service level decides only for SMB accounts (lib/classify).',
  },
  {
    id: 'CLS-CORE',
    sop: 'MT-CS-007',
    title: 'Core account',
    where: ['sf.account', 'any'],
    stage: 'account-creation',
    check: { evaluator: 'CLS-CORE', params: {} },
    help: 'Core CSMs take the accounts above 50 users or $500 USD MRR. An SMB account also goes to a Core CSM when it has over 50 users, an MRR over $500.00 USD, or a Standard or Premium service. Strategic comes only from the CS Segmentation field.',
    note: 'As CLS-DIGITAL: Standard/Premium service makes an account Core only when it is an SMB account (seeds 001 and 003).',
  },
  {
    id: 'CLS-SMB',
    sop: 'MT-CS-007',
    title: 'SMB starter pricing',
    where: ['sf.account', 'any'],
    stage: 'account-creation',
    check: { evaluator: 'CLS-SMB', params: { severity: 'warn' } },
    help: 'SMB (Small Medical Business) accounts: flat rate pricing of $250.00 for up to 10 users; pricing moves to the rack rate at the 11th user. They are assigned as usual Learning and Compliance accounts and generally considered Basic service.',
    note: 'Flagged as a warning, not an error: the price is set in the contract, so the flag points it out rather than asking the CSM to fix a field.',
  },
  {
    id: 'CLS-HYBRID',
    sop: 'MT-CS-020',
    title: 'Hybrid account',
    where: ['sf.account', 'any'],
    stage: 'account-creation',
    check: { evaluator: 'CLS-HYBRID', params: {} },
    help: 'The CS Department and the FMC Department share what are called hybrid accounts. An account is hybrid when it has Learning and/or Compliance purchased, as well as our Fully-Managed Credentialing Service.',
  },
  {
    id: 'CLS-FMC-ONLY',
    sop: 'MT-CS-001',
    title: 'Credentialing Service (FMC) only',
    where: ['sf.account', 'any'],
    stage: 'account-creation',
    check: { evaluator: 'CLS-FMC-ONLY', params: {} },
    help: 'The Customer Success Department will not get involved in account creation involving Credentialing Services (a.k.a. "Fully-Managed Credentialing"). If, however, a Credentialing Services account contains one of the other services, we will step in and create those accounts as well.',
  },
  {
    id: 'CLS-SEGMENT-MISMATCH',
    sop: 'MT-CS-020',
    title: 'CS Segmentation matches the account',
    where: ['sf.account'],
    stage: 'account-creation',
    role: 'cs-ops',
    check: { evaluator: 'CLS-SEGMENT-MISMATCH', params: {} },
    help: 'CS Operations enter the CS Segmentation on the Account when assigning the CSM. Digital: under 50 users and under $500 USD MRR; Core: 50 users or more, or $500 MRR or more (SMB: also Standard/Premium). Strategic comes only from the CS Segmentation field and is never computed.',
    note: 'A Strategic segmentation counts as agreeing with numbers that make the account Core.',
  },
];
