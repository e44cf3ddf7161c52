import type { PlaybookRuleInput } from '../schema';

/** Playbook entries for the unresponsive rules of SOP-RULES.md (MT-CS-020), help text from the seeds. */
export const rules: PlaybookRuleInput[] = [
  {
    id: 'UNR-DAILY-10',
    sop: 'MT-CS-020',
    title: 'Daily contact for 10 days',
    where: ['timeline'],
    stage: 'unresponsive',
    check: { evaluator: 'UNR-DAILY-10', params: { days: 10 } },
    help: 'In case of an unresponsive account, contact the customer daily for 10 consecutive days via email and phone. Even if an account is escalated or unresponsive, have proof of the 10 business day follow-up stage in the notes, as well as logged emails and calls.',
    note: 'The seed says both "10 consecutive days" and "the 10 business day follow-up"; the notes are judged on the second, so the log counts business days (Mon–Fri) from the day the account was set to Unresponsive.',
  },
  {
    id: 'UNR-CLOSE-OB',
    sop: 'MT-CS-020',
    title: 'Close the onboarding after 10 days',
    where: ['sf.onboarding'],
    stage: 'unresponsive',
    check: { evaluator: 'UNR-CLOSE-OB', params: { days: 10 } },
    help: 'If the customer is still unresponsive after 10 days, enter the notes in the Customer Onboarding object and mark the account as Onboarding completed. Loop in the designated RSM to inform them about the situation, so they can also assist with reaching out to the customer if necessary.',
    steps: ['Enter the notes in the Customer Onboarding object', 'Check "Onboarding completed"', 'Loop in the RSM'],
  },
  {
    id: 'UNR-FAILED-CASE',
    sop: 'MT-CS-020',
    title: 'Failed to Onboard case',
    where: ['sf.case.new', 'sf.case', 'timeline'],
    stage: 'unresponsive',
    check: { evaluator: 'UNR-FAILED-CASE', params: { recordType: 'Customer Success', caseType: 'Failed to OB', days: 10 } },
    help: 'Create a "Failed to Onboard" escalation case in SF: on the account level, in the Cases box, click "New"; select "Customer Success" and click "Next"; choose the type "Failed to OB"; fill in the subject and description; add the "Due Date" 30 days from the case creation day; add the CSM to the "Assigned to" field. Reach out to the customer weekly and update the case accordingly. If the customer is still unresponsive, inform your Lead, who will then close the case.',
    steps: [
      'Account › Cases › New › Customer Success › type Failed to OB',
      'Subject and description',
      'Due Date: 30 days from the case creation day',
      'Assigned To: the CSM',
      'Reach out weekly and update the case',
      'Still unresponsive: inform your Lead, who closes the case',
    ],
    note: 'Shows on the case itself (new and saved) and, once the 10-day log is complete, as a timeline step due the next business day.',
  },
];
