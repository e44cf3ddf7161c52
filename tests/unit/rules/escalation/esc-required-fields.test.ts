import { describe, expect, it } from 'vitest';
import { item, itemOf } from '../support/salesforce';
import { newCase } from '../support/escalation-case';


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
