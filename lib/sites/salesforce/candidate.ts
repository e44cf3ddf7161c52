import { detectSalesforcePage } from './urls';

/** A custom object's record page: the Customer Onboarding object's API name is a setting. */
const CUSTOM_RECORD = /^\/lightning\/r\/[A-Za-z][A-Za-z0-9_]*__c\/[A-Za-z0-9]{15,18}\/(view|related|edit)/;

/**
 * For the loader, which reads no settings: could this URL be a page CSM Guide guides? True for
 * the standard objects' record pages, the new/edit Case form and any custom object's record page
 * (the app then checks the object against the Customer Onboarding setting).
 */
export const isSalesforceCandidate = (url: URL): boolean =>
  detectSalesforcePage(url, { onboardingObject: '' }) !== null || (url.protocol === 'https:' && CUSTOM_RECORD.test(url.pathname));
