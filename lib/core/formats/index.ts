export type {
  EscalationEntry,
  EscalationLine,
  EscalationParse,
  EscalationValidation,
} from './escalation-entry';
export {
  appendEscalationEntry,
  formatEscalationEntry,
  normalizeInitials,
  parseEscalationEntry,
  validateEscalationText,
} from './escalation-entry';
export type { SalesforceIdResult } from './salesforce-id';
export {
  isSalesforceId,
  salesforceIdChecksum,
  sameSalesforceId,
  toId18,
  validateSalesforceId,
} from './salesforce-id';
export type { AdminEmailOptions, SopAdminEmail } from './admin-email';
export { adminEmailOptions, sopAdminEmail } from './admin-email';
export { findAttachment, normalizeFileName, sameDocument } from './file-names';
export {
  formatSfDateInput,
  parseMultiPicklist,
  parseSfCurrency,
  parseSfDate,
  parseSfDateTime,
  parseSfNumber,
} from './salesforce-values';
export { formatUsd } from './money';
