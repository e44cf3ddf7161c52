/**
 * Every rule ID of SOP-RULES.md. The IDs are a contract (`data-rule`, export columns, tests):
 * the built-in playbook must carry each exactly once, and a rename needs a migration.
 */
export const CATALOGUE_IDS = [
  'CLS-DIGITAL',
  'CLS-CORE',
  'CLS-SMB',
  'CLS-HYBRID',
  'CLS-FMC-ONLY',
  'CLS-SEGMENT-MISMATCH',
  'CSO-SERVICE-LEVEL',
  'CSO-OPP-CSM-FIELDS',
  'CSO-ACCOUNT-CSM-FIELDS',
  'CSO-SYSTEM-CODES',
  'CSO-PRESIGNUP-FIELDS',
  'CSO-BILLING-START',
  'CSO-ADMIN-EMAIL-TAKEN',
  'CSO-PERMISSIONS',
  'CSO-ONBOARDING-OBJECT',
  'OB-SAME-DAY-CALL',
  'OB-REMINDER-EMAIL',
  'OB-ROSTERS',
  'OB-PREP-REVIEW',
  'OB-RSM-DISCOVERY',
  'OB-PRESENTATION',
  'OB-CALL-SCHEDULED-DATE',
  'OB-CALL-COMPLETED-DATE',
  'OB-RECAP-EMAIL',
  'OB-MEETING-TYPE',
  'DG-SEQUENCE',
  'DG-CADENCE',
  'DG-KYC-COPY',
  'DG-SUPPORT-REDIRECT',
  'TR-SCHEDULE',
  'TR-RECAP',
  'SMB-COMPLETED-RECAP',
  'UNR-DAILY-10',
  'UNR-CLOSE-OB',
  'UNR-FAILED-CASE',
  'ESC-TRIGGERS',
  'ESC-SUBJECT',
  'ESC-DESCRIPTION-FORMAT',
  'ESC-REQUIRED-FIELDS',
  'ESC-CALL-24H',
  'ESC-WORK-CASE',
  'SMB-ROUTING',
  'SMB-POLICY-MANUALS',
  'SMB-OPEN-FORUMS',
  'SMB-ADOPTION-60',
] as const;

export type CatalogueId = (typeof CATALOGUE_IDS)[number];

export const isCatalogueId = (value: string): value is CatalogueId =>
  (CATALOGUE_IDS as readonly string[]).includes(value);
