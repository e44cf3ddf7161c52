import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVED_PAGE_FLAGS } from '@/lib/core/model/served-pages';
import { SITES } from '@/lib/sites';
import { pageServedPages } from '../../../scripts/build/page-served-pages';
import { buildVirtual } from './build-virtual';

/**
 * A site's page bundle is built with the flags of lib/core/model/served-pages.ts set from its
 * site's page kinds, so the code behind a flag of pages the site never shows is left out
 * (scripts/build/page-served-pages.ts). Built here through Vite with the real flags module.
 */
const FLAGS_MODULE = path.resolve('lib/core/model/served-pages.ts');

const buildWith = (entry: string, flags: Record<string, readonly string[]> = SERVED_PAGE_FLAGS): Promise<string> =>
  buildVirtual(
    entry,
    {
      [entry]: [
        `import { COMPOSE_PAGES, PRESIGNUP_PAGES } from '${FLAGS_MODULE}';`,
        "globalThis.__probe = [COMPOSE_PAGES ? 'the compose check' : 'no compose', PRESIGNUP_PAGES ? 'the form check' : 'no form'];",
      ].join('\n'),
    },
    [pageServedPages({ kindsOf: (id) => SITES.find((site) => site.id === id)?.kinds, flags })],
  );

describe('each site’s page bundle carries the code of the page families its site has', () => {
  it('Salesforce’s leaves out what only a compose window or the pre-signup form runs', async () => {
    const code = await buildWith('/repo/entrypoints/csm-app-salesforce.ts');
    expect(code).not.toContain('the compose check');
    expect(code).not.toContain('the form check');
  });

  it('Gmail’s and Outreach’s keep the compose checks, MedTrainer’s the form’s', async () => {
    for (const site of ['gmail', 'outreach']) {
      const code = await buildWith(`/repo/entrypoints/csm-app-${site}.ts`);
      expect(code).toContain('the compose check');
      expect(code).not.toContain('the form check');
    }
    const form = await buildWith('/repo/entrypoints/csm-app-medtrainer.ts');
    expect(form).toContain('the form check');
    expect(form).not.toContain('the compose check');
  });

  it('any other bundle keeps every flag true', async () => {
    const code = await buildWith('/repo/entrypoints/background.ts');
    expect(code).toContain('the compose check');
    expect(code).toContain('the form check');
  });

  it('a flag it cannot find fails the build rather than keep the code silently', async () => {
    await expect(buildWith('/repo/entrypoints/csm-app-salesforce.ts', { ...SERVED_PAGE_FLAGS, UNKNOWN_PAGES: ['sf.case'] })).rejects.toThrow(/UNKNOWN_PAGES/);
  });
});
