/**
 * Visible labels of the pre-signup form (SOP MT-CS-001 names them). Renameable in settings like
 * the Salesforce ones, in case the LMS team rewords the form.
 */
import { FIELDS, FIELD_KEYS, type FieldKey } from '../../core/facts/fields';
import type { AdapterSettings } from '../types';

export type SignupFieldKey = {
  [K in FieldKey]: (typeof FIELDS)[K]['page'] extends 'mt.presignup' ? K : never;
}[FieldKey];

export const DEFAULT_LABELS: Record<SignupFieldKey, string> = {
  'signup.accountId': 'Account ID',
  'signup.companyName': 'Company Name',
  'signup.firstName': 'First Name',
  'signup.lastName': 'Last Name',
  'signup.phone': 'Phone Number',
  'signup.email': 'Email Address / Username',
  'signup.userCount': 'User Count',
  'signup.locationCount': 'Location Count',
  'signup.planAmount': 'Plan Amount $',
  'signup.billingStartDate': 'Billing Start date',
};

export const SIGNUP_FIELD_KEYS = FIELD_KEYS.filter((key): key is SignupFieldKey => FIELDS[key].page === 'mt.presignup');

export function isSignupFieldKey(key: string): key is SignupFieldKey {
  return Object.prototype.hasOwnProperty.call(DEFAULT_LABELS, key);
}

export function labelFor(key: SignupFieldKey, settings: Pick<AdapterSettings, 'labels'>): string {
  const custom = settings.labels?.[key]?.trim();
  return custom ? custom : DEFAULT_LABELS[key];
}
