import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layering README states, checked on every import: entrypoints → app (the page's runtime) or
 * background (the service worker's) → components → lib, never upwards; the two runtimes never
 * import each other and the worker renders nothing (no components); and the pure core
 * (lib/core: rules, engine, playbook, dates, …) imports no browser, storage, DOM or UI code — it
 * gets `now` and facts as arguments.
 */
const ROOT = path.resolve(__dirname, '../../..');
/** Each folder's rank: a file imports its own rank or lower. app and background share a rank. */
const LAYERS = { lib: 0, components: 1, app: 2, background: 2, entrypoints: 3 } as const;
type Layer = keyof typeof LAYERS;
const CORE = ['lib/core'];
/** Packages the core may use: pure libraries only. */
const CORE_PACKAGES = ['zod', 'dayjs'];

const filesUnder = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return filesUnder(rel);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [rel] : [];
  });

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

/** Every module a file imports, as a repository path ('lib/core/dates/index') or a package name. */
const importsOf = (file: string): string[] =>
  [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(IMPORT)].map((m) => {
    const spec = (m[1] ?? m[2] ?? m[3])!;
    if (spec.startsWith('@/')) return spec.slice(2);
    if (spec.startsWith('.')) return path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
    return `package:${spec}`;
  });

const layerOf = (target: string): Layer | undefined =>
  (Object.keys(LAYERS) as Layer[]).find((layer) => target === layer || target.startsWith(`${layer}/`));
const rankOf = (target: string) => { const layer = layerOf(target); return layer === undefined ? -1 : LAYERS[layer]; };
const existing = (dirs: readonly string[]) => dirs.filter((dir) => { try { return readdirSync(path.join(ROOT, dir)).length >= 0; } catch { return false; } });

describe('layers', () => {
  const files = existing(Object.keys(LAYERS)).flatMap(filesUnder);

  it('the scanner sees static, multi-line, type-only and dynamic imports', () => {
    expect(importsOf('app/run-site.ts')).toEqual(expect.arrayContaining(['lib/view-model/page-view', 'package:wxt/utils/content-script-context']));
    expect(importsOf('app/start-app.ts')).toContain('components/sidebar/mount-sidebar');
  });

  it('import only their own layer or the ones below (entrypoints → app | background → components → lib)', () => {
    const upward = files.flatMap((file) => {
      const own = rankOf(file);
      return importsOf(file)
        .filter((target) => rankOf(target) > own)
        .map((target) => `${file} → ${target}`);
    });
    expect(upward).toEqual([]);
  });

  it('keep the two runtimes apart: page code never imports the worker code, the worker no UI', () => {
    const crossing = files.flatMap((file) => {
      const own = layerOf(file);
      const forbidden: Layer[] = own === 'app' ? ['background'] : own === 'background' ? ['app', 'components'] : own === 'components' || own === 'lib' ? ['background'] : [];
      return importsOf(file)
        .filter((target) => forbidden.includes(layerOf(target)!))
        .map((target) => `${file} → ${target}`);
    });
    expect(crossing).toEqual([]);
    expect(files.some((file) => file.startsWith('background/'))).toBe(true);
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

/** Runtime imports only: `import type` is erased by the compiler and brings no code along. */
const RUNTIME_IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?!type\s)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;
const resolveModule = (target: string): string | undefined =>
  [`${target}.ts`, `${target}.tsx`, `${target}/index.ts`].find((file) => { try { return readFileSync(path.join(ROOT, file)).length >= 0; } catch { return false; } });
/** Every module (file or package) a file's code reaches when it runs. */
const reachedFrom = (start: string): Set<string> => {
  const seen = new Set<string>();
  const visit = (file: string) => {
    for (const m of readFileSync(path.join(ROOT, file), 'utf8').matchAll(RUNTIME_IMPORT)) {
      const spec = (m[1] ?? m[2] ?? m[3])!;
      const target = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)) : `package:${spec}`;
      const resolved = target.startsWith('package:') ? target : resolveModule(target) ?? target;
      if (seen.has(resolved)) continue;
      seen.add(resolved);
      if (!resolved.startsWith('package:') && /\.tsx?$/.test(resolved)) visit(resolved);
    }
  };
  visit(start);
  return seen;
};

/**
 * What a pure module must not reach: the store and its storage items, messages, the event log, the
 * DOM helpers (but the pure label comparison the site definitions share), the page adapters, and
 * the runtimes and UI. Site definitions (names, match patterns, URL tests) are data and allowed.
 */
const IMPURE = /^(lib\/(store\/(csm-store|event-mirror|items|read|use-csm-store)|messages|events|dom\/(?!label-text)|sites\/(adapters|[^/]+\/(adapter|collect|fill)))|app\/|background\/|components\/)/;

describe('pure beyond the core', () => {
  it('the view model and My day reach no browser, storage, store or UI code when they run', () => {
    const files = existing(['lib/view-model', 'lib/my-day']).flatMap(filesUnder);
    expect(files.length).toBeGreaterThan(5);
    const impure = files.flatMap((file) =>
      [...reachedFrom(file)]
        .filter((target) => /^package:(wxt|zustand|react|react-dom|@wxt-dev|webextension-polyfill|pouchdb)/.test(target) || IMPURE.test(target))
        .map((target) => `${file} → ${target}`),
    );
    expect(impure).toEqual([]);
  });
});
