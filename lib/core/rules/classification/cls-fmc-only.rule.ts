import { isFmcOnly } from '../../classify/classify';
import { defineRule } from '../define';
import { classification } from './classification-shared';

export default defineRule({
  id: 'CLS-FMC-ONLY',
  sop: 'MT-CS-001',
  title: 'Credentialing Service (FMC) only',
  where: ['sf.account', 'any'],
  stage: 'account-creation',
  help: 'The Customer Success Department will not get involved in account creation involving Credentialing Services (a.k.a. "Fully-Managed Credentialing"). If, however, a Credentialing Services account contains one of the other services, we will step in and create those accounts as well.',
  note: 'MT-CS-001: "The Customer Success Department will not get involved in account creation involving Credentialing Services (a.k.a. “Fully-Managed Credentialing”). If, however, a Credentialing Services account contains one of the other services, we will step in and create those accounts as well."',
  order: 50,
  showOnFmcOnly: true,
  ...classification(
  'a Credentialing Service (FMC) only account',
  isFmcOnly,
  {
    yes: () =>
      'Credentialing Service (FMC) only: Customer Success does not create or onboard this account (MT-CS-001), so no onboarding checklist is shown.',
    no: () => 'Not FMC-only: the account has Learning, Compliance or Credentialing Software, which Customer Success sets up and onboards.',
  },
  ['products'],
),
});
