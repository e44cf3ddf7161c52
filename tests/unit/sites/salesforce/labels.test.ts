import { describe, expect, test } from 'vitest';
import { FIELDS, FIELD_KEYS } from '../../../../lib/core/facts/fields';
import { DEFAULT_LABELS, fieldKeysFor, labelFor, labelsMatch } from '../../../../lib/sites/salesforce/labels';

test('every Salesforce field key has a default label, and only those', () => {
  const salesforceKeys = FIELD_KEYS.filter((key) => FIELDS[key].page.startsWith('sf.'));
  expect(Object.keys(DEFAULT_LABELS).sort()).toEqual([...salesforceKeys].sort());
});

test('labels follow the org page layouts', () => {
  expect(DEFAULT_LABELS['ob.callScheduledFor']).toBe('Onboarding Call Scheduled For');
  expect(DEFAULT_LABELS['case.opened']).toBe('Date/Time Opened');
  expect(DEFAULT_LABELS['case.type']).toBe('Type');
  expect(DEFAULT_LABELS['case.dueDate']).toBe('Due Date');
  expect(DEFAULT_LABELS['case.assignedTo']).toBe('Assigned To');
  expect(DEFAULT_LABELS['opp.owner']).toBe('Opportunity Owner');
  expect(DEFAULT_LABELS['opp.csm']).toBe('Customer Success Manager (NEW)');
  expect(DEFAULT_LABELS['account.recurlyBillingUrl']).toBe('Recurly Billing URL');
  expect(DEFAULT_LABELS['opp.adoptionNotes']).toBe('Adoption Notes');
  expect(DEFAULT_LABELS['account.reference']).toBe('Reference');
});

test('keys per page kind; the new/edit Case form reads the Case keys', () => {
  expect(fieldKeysFor('sf.account')).toHaveLength(13);
  expect(fieldKeysFor('sf.case.new')).toEqual(fieldKeysFor('sf.case'));
  expect(fieldKeysFor('sf.case')).toContain('case.callScheduledFor');
  expect(fieldKeysFor('gmail.compose')).toEqual([]);
});

test('settings rename a label; blank overrides fall back to the default', () => {
  expect(labelFor('ob.callScheduledFor', { labels: { 'ob.callScheduledFor': 'OB Call Scheduled' } })).toBe('OB Call Scheduled');
  expect(labelFor('ob.callScheduledFor', { labels: { 'ob.callScheduledFor': '  ' } })).toBe('Onboarding Call Scheduled For');
  expect(labelFor('case.subject', { labels: {} })).toBe('Subject');
});

describe('tolerant matching', () => {
  test.each([
    ['Due Date', 'due date'],
    ['Due  Date', 'Due Date'],
    ['Due Date*', 'Due Date'],
    ['* Due Date', 'Due Date'],
    ['Due Date Required', 'Due Date'],
    ['*Subject Required', 'Subject'],
    ['\u00a0Subject\n', 'Subject'],
    ['Company Name:', 'Company Name'],
  ])('%j matches %j', (a, b) => {
    expect(labelsMatch(a, b)).toBe(true);
  });
  test.each([
    ['Due Date', 'Due'],
    ['Customer Success Manager', 'Customer Success Manager (NEW)'],
    ['Account', 'Account Name'],
  ])('%j does not match %j', (a, b) => {
    expect(labelsMatch(a, b)).toBe(false);
  });
});
