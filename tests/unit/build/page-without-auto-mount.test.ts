import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTO_MOUNT_MISSING, pageWithoutAutoMount } from '../../../scripts/build/page-without-auto-mount';
import { buildVirtual } from './build-virtual';

const ROOT = path.resolve(__dirname, '../../..');

/** Builds a virtual entry that imports the package as WXT's UI helper does; the output's code. */
const buildWith = (entry: string): Promise<string> =>
  buildVirtual(
    entry,
    {
      [entry]: [
        "import { waitElement } from '@1natsu/wait-element';",
        "import { isExist, isNotExist } from '@1natsu/wait-element/detectors';",
        'globalThis.__probe = [waitElement, isExist, isNotExist];',
      ].join('\n'),
    },
    [pageWithoutAutoMount()],
  );

const sourcesUnder = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourcesUnder(rel);
    return /\.tsx?$/.test(entry.name) ? [rel] : [];
  });

describe('the page bundles leave out the UI helper’s autoMount', () => {
  it('a csm-app-<site> bundle gets a waitElement that rejects, and none of the package', async () => {
    const code = await buildWith('/repo/entrypoints/csm-app-probe.ts');
    expect(code).toContain(AUTO_MOUNT_MISSING);
    // The package's own option names: it is not in the bundle.
    expect(code).not.toContain('unifyProcess');
  });

  it('any other bundle keeps the package', async () => {
    const code = await buildWith('/repo/entrypoints/background.ts');
    expect(code).toContain('unifyProcess');
    expect(code).not.toContain(AUTO_MOUNT_MISSING);
  });

  it('no code of the page bundles calls autoMount', () => {
    const callers = ['app', 'components', 'entrypoints', 'lib'].flatMap(sourcesUnder).filter((file) => /\bautoMount\b/.test(readFileSync(path.join(ROOT, file), 'utf8')));
    expect(callers).toEqual([]);
  });
});
