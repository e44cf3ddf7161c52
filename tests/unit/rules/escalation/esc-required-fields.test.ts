import { describe, expect, it } from 'vitest';
import { item, itemOf, page } from '../support/salesforce';

const escalation = {
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
const newCase = (fields: Fields = {}) => page('sf.case.new', { ...escalation, ...fields });

describe('ESC-REQUIRED-FIELDS', () => {
  it('error: names each empty field', () => {
    const i = item('ESC-REQUIRED-FIELDS', { page: newCase({ 'case.contact': null, 'case.products': [] }) });
    expect(i.state).toBe('error');
    expect(i.message).toBe('Fill "Contact Name" and "Products".');
  });
  it('done: all set', () => {
    expect(item('ESC-REQUIRED-FIELDS', { page: newCase() }).state).toBe('done');
  });
  it('not on a Customer Success case', () => {
    expect(itemOf('ESC-REQUIRED-FIELDS', { page: newCase({ 'case.recordType': 'Customer Success' }) })).toBeUndefined();
  });
});
