import type { Plugin } from 'vite';

/**
 * Builds `entry` with Vite as an IIFE (as WXT builds a page bundle), its modules served from
 * `files` (virtual, by id) and run through `plugins`; the output's code. For the build plugins'
 * tests (scripts/build/).
 */
export async function buildVirtual(entry: string, files: Record<string, string>, plugins: Plugin[]): Promise<string> {
  const { build } = await import('vite');
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [{ name: 'virtual-files', enforce: 'pre', resolveId: (id) => (id in files ? id : null), load: (id) => files[id] ?? null }, ...plugins],
    build: { write: false, minify: false, rollupOptions: { input: entry, output: { format: 'iife' } } },
  });
  const result = (Array.isArray(out) ? out[0] : out) as { output: Array<{ type: string; code?: string }> };
  return result.output.find((o) => o.type === 'chunk')!.code!;
}
