import { defineRule } from '../define';

export default defineRule({
  id: 'CSO-PERMISSIONS',
  sop: 'MT-CS-001',
  title: 'Account permissions per contract',
  where: ['mt.presignup'],
  stage: 'account-creation',
  role: 'cs-ops',
  help: 'Once the account is created, select the modules according to the contract with the "Permissions" button, following the matrix in the Permissions.xlsx spreadsheet.',
  note: 'MT-CS-001: "Once the account is created, select the corresponding modules according to the contract by clicking on the “Permissions” \u00a0button following the matrix on the Permissions.xlsx spreadsheet." Shown on the pre-signup form, the last CSM Guide page before the LMS, where permissions are set.',
  order: 140,
  uses: 'manual',
});
