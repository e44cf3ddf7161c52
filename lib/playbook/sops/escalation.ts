import type { PlaybookRuleInput } from '../schema';

const ESCALATIONS = 'Escalations';
/** "Cancel" matches the seed's "Cancelation" and the usual "Cancellation". */
const CANCELLATION = ['Cancel'];

/** Playbook entries for the escalation rules of SOP-RULES.md (MT-CS-020 via MT-CS-005), help text from the seeds. */
export const rules: PlaybookRuleInput[] = [
  {
    id: 'ESC-TRIGGERS',
    sop: 'MT-CS-020',
    title: 'Is this an escalation?',
    where: ['any'],
    stage: 'escalation',
    check: { evaluator: 'ESC-TRIGGERS', params: {} },
    help: 'Escalations can be worked on to achieve a potential save. An account is escalated if one or more of the following is true.',
    steps: [
      'The customer is upset, expresses unconformity or brings up an issue',
      'There is less engagement in communication and/or system use',
      'The account becomes past due',
      'There is reluctance from the customer to pay the account',
      'An issue/problem is followed by unresponsiveness',
      'The customer asks to speak to someone higher up within the organization',
      'The customer wants to downgrade (remove a product/module or additional users, ultimately to invest less)',
    ],
  },
  {
    id: 'ESC-SUBJECT',
    sop: 'MT-CS-020',
    title: 'Escalation case subject',
    where: ['sf.case.new'],
    stage: 'escalation',
    check: {
      evaluator: 'ESC-SUBJECT',
      params: {
        recordType: ESCALATIONS,
        cancellation: CANCELLATION,
        subject: 'Cancelation Request - {account}',
        alsoAccepted: ['Cancellation Request - {account}'],
      },
    },
    help: 'Add the Subject pertaining to the case (for example: Cancelation Request - Account name). The account name populates automatically.',
    note: 'The seed gives the subject as an example ("for example: Cancelation Request - Account name"); for a cancellation (reason or subject mentions "Cancel") this item expects it with the account\'s real name, spelled as the seed does ("Cancelation", what the fill writes) or "Cancellation" (params.alsoAccepted): both are right, so neither is ever rewritten into the other. The name comes from the form\'s Account lookup, else from the account the new Case was opened from (backgroundContext).',
  },
  {
    id: 'ESC-DESCRIPTION-FORMAT',
    sop: 'MT-CS-020',
    title: 'Description and Escalation Directives entries',
    where: ['sf.case.new', 'sf.case'],
    stage: 'escalation',
    check: { evaluator: 'ESC-DESCRIPTION-FORMAT', params: { recordType: ESCALATIONS, fields: ['case.description', 'case.directives'] } },
    help: 'Add a Description in the format MM/DD/YY_Initials:Action (example: 04/20/23MM: Customer called support and asked to cancel his account). Escalation Directives: add only the exact action we are requesting from our finance department, in the same format (example: 04/20/23MM: One more week, Customer unresponsive).',
    note: 'The seed\'s own examples drop the underscore ("04/20/23MM: …"): both shapes are accepted, new entries are written as MM/DD/YY_Initials:Action with today\'s date in your zone and the initials from settings.',
  },
  {
    id: 'ESC-REQUIRED-FIELDS',
    sop: 'MT-CS-020',
    title: 'Escalation case fields before Save',
    where: ['sf.case.new'],
    stage: 'escalation',
    check: {
      evaluator: 'ESC-REQUIRED-FIELDS',
      params: {
        recordType: ESCALATIONS,
        fields: ['case.opportunity', 'case.contact', 'case.reason', 'case.directives', 'case.products'],
        severity: 'error',
      },
    },
    help: 'Fill in: Opportunity Name (the escalated opportunity or opportunities), Contact Name, Escalation/Cancellation Reason, Escalation Directives, and Products (move the items from the Available list to the Chosen box). Then click SAVE.',
  },
  {
    id: 'ESC-CALL-24H',
    sop: 'MT-CS-020',
    title: 'Call scheduled within 24 hours',
    where: ['sf.case'],
    stage: 'escalation',
    check: { evaluator: 'ESC-CALL-24H', params: { recordType: ESCALATIONS, cancellation: CANCELLATION } },
    help: 'Schedule a call between the client and the lead (CSM) within 24 hours: contact the customer and schedule a meeting between the client and/or the CSM lead. If the escalation is a cancellation request, the CSM TL contacts the customer directly. Once the call is scheduled, the CSM / CSM Lead enters the date in the Call Scheduled For field.',
    note: '24 elapsed hours from the case\'s creation; the scheduled call itself must fall inside them.',
  },
  {
    id: 'ESC-WORK-CASE',
    sop: 'MT-CS-020',
    title: 'Work the escalation case',
    where: ['sf.case'],
    stage: 'escalation',
    role: 'lead',
    check: {
      evaluator: 'ESC-WORK-CASE',
      params: { recordType: ESCALATIONS, waitingApproval: ['Waiting Approval'], decided: ['Approved', 'Approve', 'Denied'] },
    },
    help: 'Once the case is created, the CSM and CSM Lead work it in the case\'s Details tab; each step shows the role that fills its fields.',
    steps: [
      'Schedule a call between client and lead within 24 hours; enter Call Scheduled For',
      'After the call, the CSM Lead enters the Call Completed Date and the Resolution Offered',
      'The Escalation Status is updated to Waiting Approval; after 10 unanswered attempts the CSM TL selects "can\'t reach client (send final)" and saves',
      'Accounting approves or denies the resolution offer (status approved / denied)',
      'If the customer does not accept, the CSM TL renegotiates in the weekly finance meeting; if cancellation is inevitable, update the notes requesting to send the final',
      'Wait for finance confirmation before disabling the account in the LMS',
    ],
    note: 'Done when ticked, or when the Call Completed Date is set and the status shows Accounting\'s decision; the status values are params.',
  },
];
