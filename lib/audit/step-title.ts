import type { Playbook } from '../core/playbook/schema';

/**
 * What a person calls a ticked step: the rule's title, or for a sub-step ticked on its own
 * (progress kept under `<RULE-ID>:<step>`, e.g. a Day 1/4/30 cadence step) the rule's title and
 * the step. An ID the playbook does not know (an older or imported playbook) stays as it is.
 */
export const stepTitles = (playbook: Playbook): ((ruleId: string) => string) => {
  const titles = new Map(playbook.rules.map((rule) => [rule.id, rule.title]));
  return (ruleId) => {
    const direct = titles.get(ruleId);
    if (direct) return direct;
    const at = ruleId.indexOf(':');
    const parent = at > 0 ? titles.get(ruleId.slice(0, at)) : undefined;
    return parent ? `${parent} — ${ruleId.slice(at + 1).replace(/[-_]+/g, ' ')}` : ruleId;
  };
};
