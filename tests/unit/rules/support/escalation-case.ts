import { page } from './salesforce';

/** A complete Escalations case: every rule of MT-CS-020's escalation section is satisfied by it. */
export const ESCALATION = {
  'case.recordType': 'Escalations',
  'case.account': { name: 'Acme Clinic' },
  'case.subject': 'Cancelation Request - Acme Clinic',
  'case.reason': 'Cancellation: budget',
  'case.description': '12/02/26_MM:Customer called support and asked to cancel',
  'case.directives': '12/02/26_MM:One more week, Customer unresponsive',
  'case.opportunity': { name: 'Acme Clinic - New Business' },
  'case.contact': { name: 'Jane Doe' },
  'case.products': ['Learning'],
};
type Fields = Parameters<typeof page>[1];
/** The new-Case form with that case's fields, changed by `fields`. */
export const newCase = (fields: Fields = {}) => page('sf.case.new', { ...ESCALATION, ...fields });
/** Opened Tue 2026-12-01 14:00 Chicago: the call is due by Wed 14:00, four hours after NOW. */
export const OPENED = '2026-12-01T20:00:00Z';
/** The saved case, opened at OPENED, no call scheduled yet, changed by `fields`. */
export const savedCase = (fields: Fields = {}) =>
  page('sf.case', { ...ESCALATION, 'case.opened': OPENED, 'case.callScheduledFor': null, ...fields });
