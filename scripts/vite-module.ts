/**
 * Runs `use` on a module loaded through Vite: the rules are found by `import.meta.glob`
 * (lib/core/rules/index.ts), which Vite expands and plain Node (jiti) does not. Run from the repository root.
 */
export const withViteModule = async <M, R>(file: string, use: (module: M) => Promise<R> | R): Promise<R> => {
  const { createServer } = await import('vite');
  const server = await createServer({ configFile: false, root: process.cwd(), appType: 'custom', logLevel: 'error', server: { middlewareMode: true, hmr: false }, optimizeDeps: { noDiscovery: true, include: [] } });
  try {
    return await use((await server.ssrLoadModule(file)) as M);
  } finally {
    await server.close();
  }
};
