import type { Playbook } from './schema';

/**
 * The playbook the engine runs: the built-in rules, each replaced by the imported entry of the
 * same ID when the imported playbook has one. Rules the import leaves out keep their built-in
 * entry, so a file that only retunes one rule's params changes only that rule. The checklist
 * keeps the built-in (SOP) order; the name and version shown are the import's, and so is the
 * business calendar when the import has a `calendar` section.
 * Both inputs are parsed playbooks (parsePlaybook refuses IDs that are not built-in rules).
 */
export const overlayPlaybook = (builtin: Playbook, imported: Playbook): Playbook => {
  const mine = new Map(imported.rules.map((rule) => [rule.id, rule]));
  return {
    ...imported,
    sops: { ...builtin.sops, ...imported.sops },
    // The import's holidays when it has a calendar section, else the built-in ones.
    ...(imported.calendar ?? builtin.calendar ? { calendar: imported.calendar ?? builtin.calendar } : {}),
    rules: builtin.rules.map((rule) => mine.get(rule.id) ?? rule),
  };
};
