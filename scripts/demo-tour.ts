/**
 * The demo's tour (npm run demo) — one clinic, Sunrise Family Clinic, in the order a CSM meets
 * it: its Account, Opportunity and Customer Onboarding (the sidebar learns the account's profile,
 * its primary contact's domain among it), the new Escalation case, the pre-signup form, then its
 * welcome email in Gmail and its prospect in Outreach, which CSM Guide now recognises from what
 * the Salesforce pages taught. tests/e2e/demo-story.spec.ts walks the same tour.
 */
const SF = 'https://acme.lightning.force.com';

export const DEMO_ACCOUNT_ID = '001Hs00003KxQ2aIAF';

export interface TourStop {
  name: string;
  url: string;
  /** The page kind the sidebar should show there. */
  kind: string;
  /** The stop shows the clinic's account (the email pages: recognised from the recipients). */
  recognised: boolean;
}

export const TOUR: readonly TourStop[] = [
  { name: 'account', url: `${SF}/lightning/r/Account/${DEMO_ACCOUNT_ID}/view`, kind: 'sf.account', recognised: true },
  { name: 'opportunity', url: `${SF}/lightning/r/Opportunity/006Hs00001Bq7ZrIAJ/view`, kind: 'sf.opportunity', recognised: true },
  { name: 'onboarding', url: `${SF}/lightning/r/Customer_Onboarding__c/a0FHs000009Lm3TMAS/view`, kind: 'sf.onboarding', recognised: true },
  {
    name: 'case-new',
    url: `${SF}/lightning/o/Case/new?recordTypeId=012Hs000000Esc1IAC&count=1&nooverride=1&useRecordTypeCheck=1&navigationLocation=RELATED_LIST&backgroundContext=%2Flightning%2Fr%2FAccount%2F${DEMO_ACCOUNT_ID}%2Fview`,
    kind: 'sf.case.new',
    recognised: true,
  },
  { name: 'presignup', url: 'https://lms.medtrainer.com/signup/preSign', kind: 'mt.presignup', recognised: false },
  { name: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox?compose=new', kind: 'gmail.compose', recognised: true },
  { name: 'outreach', url: 'https://web.outreach.io/prospects/12345/overview', kind: 'outreach.prospect', recognised: true },
];
