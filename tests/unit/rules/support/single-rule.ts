import { evaluate } from '../../../../lib/core/engine/evaluate';
import type { ChecklistItem } from '../../../../lib/core/engine/types';
import { BUILTIN_PLAYBOOK } from '../../../../lib/core/playbook/builtin';
import { parsePlaybook } from '../../../../lib/core/playbook/validate';
import { emptyProgress } from '../../../../lib/core/progress/events';
import { ACCOUNT, facts, NOW, type RunInput } from './compose';

/**
 * One rule run alone through the real engine: the built-in playbook narrowed to that rule and
 * parsed with the real validator (its shipped params go through its own schema), so a new rule's
 * table test depends on no other rule. The tests `npm run new:rule` writes start from this.
 */
export const runRule = (id: string, input: RunInput = {}): ChecklistItem | undefined => {
  const parsed = parsePlaybook({ ...BUILTIN_PLAYBOOK, rules: BUILTIN_PLAYBOOK.rules.filter((rule) => rule.id === id) });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  if (parsed.playbook.rules.length !== 1) throw new Error(`${id} is not a rule of the built-in playbook`);
  const model = evaluate(parsed.playbook, {
    profile: { accountId: ACCOUNT, facts: facts(input.facts ?? {}), updatedAt: NOW },
    page: input.page ?? null,
    progress: input.progress ?? emptyProgress(),
    settings: { userName: 'Ana Ortiz', initials: 'AO', timeZone: input.timeZone ?? 'America/Chicago', disabledRules: [] },
    now: input.now ?? NOW,
  });
  return model.items.find((item) => item.ruleId === id);
};
