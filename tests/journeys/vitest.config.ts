import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** `npm run journeys`: the journey report (the rules need Vite's import.meta.glob, hence vitest). */
export default defineConfig({
  plugins: [WxtVitest()],
  test: { include: ['tests/journeys/journeys.run.ts'], environment: 'node' },
});
