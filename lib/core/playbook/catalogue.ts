import { RULES } from '../rules';

/**
 * Every rule ID, in SOP order: one per rule file (lib/core/rules). The IDs are a
 * contract (`data-rule`, export columns, tests): a rename needs a migration.
 */
export const CATALOGUE_IDS: readonly string[] = RULES.map((rule) => rule.id);

export const isCatalogueId = (value: string): boolean => CATALOGUE_IDS.includes(value);
