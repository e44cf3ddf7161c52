import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELDS, FIELD_KEYS } from '../../../lib/core/facts/fields';
import { PAGE_KINDS } from '../../../lib/core/model/page-kind';
import { ITEM_STATES } from '../../../lib/core/model/vocab';
import { SITE_DEFAULT_LABELS } from '../../../lib/sites';

/**
 * docs/contract.md is the page and test contract. It is written by hand, so this holds it to the
 * code both ways where it can: every page kind, item state, action verb, sidebar notice,
 * data-testid and field key (with its default label) the code has is in the page, and every one
 * the page names is in the code.
 */
const ROOT = path.resolve(__dirname, '../../..');
const doc = readFileSync(path.join(ROOT, 'docs/contract.md'), 'utf8');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const filesUnder = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(`${dir}/${entry.name}`) : /\.tsx?$/.test(entry.name) ? [`${dir}/${entry.name}`] : [],
  );
/** The first cells of a markdown table's rows under `heading`, as written (`sf.account`, not `` `sf.account` ``). */
const tableKeys = (heading: string): string[] => {
  const section = doc.split(heading)[1]?.split(/\n#+ /)[0] ?? '';
  const body = section.split(/^\|---.*$/m)[1] ?? ''; // the rows under the header
  return [...body.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!);
};

/** Every verb an item action may carry: the `verb:` literals of ItemAction (lib/core/engine/types.ts). */
const verbs = (): string[] => {
  const types = read('lib/core/engine/types.ts');
  const union = types.slice(types.indexOf('export type ItemAction'), types.indexOf('export interface ItemDetail'));
  return [...union.matchAll(/verb: ([^;]+);/g)].flatMap((m) => [...m[1]!.matchAll(/'([a-z-]+)'/g)].map((v) => v[1]!));
};

/** The sidebar's notice ids: the `id:` of every notice the view model builds. */
const noticeIds = (): string[] =>
  ['lib/view-model/page-view.ts', 'lib/view-model/waiting.ts'].flatMap((file) => [...read(file).matchAll(/\bid: '([a-z-]+)'/g)].map((m) => m[1]!));

const testIds = (): string[] =>
  [...new Set([...filesUnder('components'), ...filesUnder('app')].flatMap((file) => [...read(file).matchAll(/(?:data-testid|testId)="([a-z0-9-]+)"/g)].map((m) => m[1]!)))];

describe('docs/contract.md, the page and test contract', () => {
  it('lists every page kind, and only those', () => {
    expect(tableKeys('## Page kinds').sort()).toEqual([...PAGE_KINDS].sort());
  });

  it('lists every item state, and only those', () => {
    expect(tableKeys('### Item states').sort()).toEqual([...ITEM_STATES].sort());
  });

  it('lists every action verb, and only those', () => {
    expect(verbs().length).toBeGreaterThan(8);
    expect(tableKeys('### Action verbs').sort()).toEqual([...new Set(verbs())].sort());
  });

  it('lists every sidebar notice, and only those', () => {
    expect(noticeIds()).toContain('layout-timeout');
    expect(tableKeys('### Notices').sort()).toEqual([...new Set(noticeIds())].sort());
  });

  it('names every data-testid of the UI, and none it lacks', () => {
    const ids = testIds();
    expect(ids).toContain('csm-guide-sidebar');
    expect(ids.filter((id) => !doc.includes(`\`${id}\``) && !doc.includes(`"${id}"`))).toEqual([]);
    const named = [...doc.split('## Extension pages')[1]!.split('\n## ')[0]!.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]!).filter((name) => !name.startsWith('data-'));
    expect(named.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('lists every field key with its page, type and default label, in the code’s order', () => {
    const rows = [...doc.matchAll(/^\| `([a-z]+\.[A-Za-z]+)` \| `([a-z.]+)` \| ([a-z]+) \| ([^|]*) \|$/gm)].map((m) => [m[1], m[2], m[3], m[4]!.trim()]);
    const labels = SITE_DEFAULT_LABELS as Partial<Record<string, string>>;
    expect(rows).toEqual(FIELD_KEYS.map((key) => [key, FIELDS[key].page, FIELDS[key].type, labels[key] ?? '']));
  });

  it('stands on its own: no pointer to a document outside the repository', () => {
    expect(doc).not.toMatch(/SOP-RULES|CONTRACT\.md|\.\.\/shared/);
  });
});
