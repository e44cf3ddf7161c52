import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layering README states, checked on every import: entrypoints → app → components → lib,
 * never upwards; and the pure core (rules, engine, playbook, dates, …) imports no browser,
 * storage, DOM or UI code — it gets `now` and facts as arguments.
 */
const ROOT = path.resolve(__dirname, '../../..');
const LAYERS = ['lib', 'components', 'app', 'entrypoints'] as const;
const CORE = ['lib/rules', 'lib/engine', 'lib/playbook', 'lib/dates', 'lib/classify', 'lib/formats', 'lib/model', 'lib/facts', 'lib/profile', 'lib/progress'];
/** Packages the core may use: pure libraries only. */
const CORE_PACKAGES = ['zod', 'dayjs'];

const filesUnder = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return filesUnder(rel);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [rel] : [];
  });

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

/** Every module a file imports, as a repository path ('lib/dates/index') or a package name. */
const importsOf = (file: string): string[] =>
  [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(IMPORT)].map((m) => {
    const spec = (m[1] ?? m[2] ?? m[3])!;
    if (spec.startsWith('@/')) return spec.slice(2);
    if (spec.startsWith('.')) return path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
    return `package:${spec}`;
  });

const layerOf = (target: string) => LAYERS.findIndex((layer) => target === layer || target.startsWith(`${layer}/`));
const existing = (dirs: readonly string[]) => dirs.filter((dir) => { try { return readdirSync(path.join(ROOT, dir)).length >= 0; } catch { return false; } });

describe('layers', () => {
  const files = existing(LAYERS).flatMap(filesUnder);

  it('the scanner sees static, multi-line, type-only and dynamic imports', () => {
    expect(importsOf('app/run-site.ts')).toEqual(expect.arrayContaining(['lib/view-model/page-view', 'package:wxt/utils/content-script-context']));
    expect(importsOf('app/start-app.ts')).toContain('components/sidebar/mount-sidebar');
  });

  it('import only their own layer or the ones below (entrypoints → app → components → lib)', () => {
    const upward = files.flatMap((file) => {
      const own = layerOf(file);
      return importsOf(file)
        .filter((target) => layerOf(target) > own)
        .map((target) => `${file} → ${target}`);
    });
    expect(upward).toEqual([]);
  });

  it('keep the core pure: no browser, storage, DOM, site or UI code, only pure packages', () => {
    const core = existing(CORE).flatMap(filesUnder);
    expect(core.length).toBeGreaterThan(50);
    const impure = core.flatMap((file) =>
      importsOf(file)
        .filter((target) =>
          target.startsWith('package:')
            ? !CORE_PACKAGES.some((name) => target === `package:${name}` || target.startsWith(`package:${name}/`))
            : !CORE.some((dir) => target === dir || target.startsWith(`${dir}/`)),
        )
        .map((target) => `${file} → ${target}`),
    );
    expect(impure).toEqual([]);
  });
});
