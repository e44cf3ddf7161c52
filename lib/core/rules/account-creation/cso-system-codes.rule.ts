import { defineRule } from '../define';

export default defineRule({
  id: 'CSO-SYSTEM-CODES',
  sop: 'MT-CS-001',
  title: 'System Codes after the account is created',
  where: ['sf.account'],
  stage: 'account-creation',
  role: 'cs-ops',
  help: 'Once the account is created, CS Operations enter into the SF account (Details tab): System Codes › LMS Id Company and Recurly Account Id (in case the system does not add it automatically); Recurly Information › Recurly Billing URL. If the Recurly Account ID does not appear on its own, log into Recurly and search for the account name.',
  note: 'MT-CS-001: "Once the account is created the CS Operations Department must enter the following information into the SF account under the Details tab:" Flagged as warnings: the fields are legitimately empty until the account is signed up, and the profile does not know whether that happened yet.',
  order: 100,
  uses: 'fields-filled',
  defaults: { fields: ['account.lmsIdCompany', 'account.recurlyAccountId', 'account.recurlyBillingUrl'], severity: 'warn' },
});
