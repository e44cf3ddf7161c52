import type { PlaybookRuleInput } from '../schema';

/** Playbook entries for the digital rules of SOP-RULES.md, help text from the seeds. */
export const rules: PlaybookRuleInput[] = [];
