import { describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/core/rules';

/**
 * Every rule says which SOP sentence it follows: its playbook note quotes the seed text (in quotes)
 * and names the SOP, so a reviewer can hold the check against the page it came from.
 */
describe('rule notes quote the SOP', () => {
  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
    const note = rule.note ?? '';
    expect(note, 'names the SOP').toMatch(/MT-CS-\d{3}/);
    expect(note, 'quotes a sentence of it').toMatch(/["“][^"”]{12,}["”]/);
    // The repository stands on its own: no pointer to documents outside it.
    expect(`${note} ${rule.help}`).not.toMatch(/SOP-RULES|CONTRACT\.md|seed \d{3}|spec\/[A-Z-]+\.md/i);
  });
});
