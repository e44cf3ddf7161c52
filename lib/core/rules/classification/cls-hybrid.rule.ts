import { isHybrid } from '../../classify/classify';
import { defineRule } from '../define';
import { classification } from './classification-shared';

export default defineRule({
  id: 'CLS-HYBRID',
  sop: 'MT-CS-020',
  title: 'Hybrid account',
  where: ['sf.account', 'any'],
  stage: 'account-creation',
  help: 'The CS Department and the FMC Department share what are called hybrid accounts. An account is hybrid when it has Learning and/or Compliance purchased, as well as our Fully-Managed Credentialing Service.',
  note: 'MT-CS-020: "An account is considered hybrid when having Learning and/or Compliance purchased, as well as our Fully-Managed Credentialing Service."',
  order: 40,
  showOnFmcOnly: true,
  ...classification(
  'a Hybrid account',
  isHybrid,
  {
    yes: () =>
      'Hybrid account: Learning and/or Compliance with the Fully-Managed Credentialing Service (FMC); the CS and FMC Departments share it.',
    no: () => 'Not a Hybrid account: it does not combine Learning/Compliance with the Credentialing Service (FMC).',
  },
  ['products'],
),
});
