import { BUILTIN_PLAYBOOK } from './builtin';
import { overlayPlaybook } from './overlay';
import type { Playbook } from './schema';
import { parsePlaybook } from './validate';

/** The playbook in force: the imported one when it parses, else the built-in one. */
export interface ActivePlaybook {
  playbook: Playbook;
  source: 'builtin' | 'imported';
  /** Import warnings (rules of the catalogue that the imported playbook leaves out). */
  warnings: string[];
  /** Why a stored imported playbook is not used (then `source` is `builtin`). */
  errors: string[];
  imported: { importedAt: string; source?: string } | null;
}

/** An imported playbook as stored: the raw document and when and from where it came. */
export interface ImportedPlaybook {
  playbook: unknown;
  importedAt: string;
  source?: string | undefined;
}

let builtinCache: { raw: unknown; playbook: Playbook } | undefined;
const parseBuiltin = (raw: unknown): Playbook => {
  // The shipped one is already its own parse (builtin.ts, and a test proves it).
  if (raw === BUILTIN_PLAYBOOK) return BUILTIN_PLAYBOOK;
  if (builtinCache && builtinCache.raw === raw) return builtinCache.playbook;
  const parsed = parsePlaybook(raw);
  if (!parsed.ok) throw new Error(`The built-in playbook is invalid: ${parsed.errors.join('; ')}`);
  builtinCache = { raw, playbook: parsed.playbook };
  return parsed.playbook;
};

/**
 * The playbook in force for a stored import: the built-in one overlaid with the import when it
 * parses, else the built-in one with the reasons. Pure; another built-in playbook (a test's) is parsed once.
 */
export const activePlaybook = (stored: ImportedPlaybook | null, builtin: unknown): ActivePlaybook => {
  const fallback = (errors: string[]): ActivePlaybook => ({
    playbook: parseBuiltin(builtin),
    source: 'builtin',
    warnings: [],
    errors,
    imported: stored ? { importedAt: stored.importedAt, ...(stored.source ? { source: stored.source } : {}) } : null,
  });
  if (!stored) return fallback([]);
  const parsed = parsePlaybook(stored.playbook);
  if (!parsed.ok) return fallback(parsed.errors);
  return {
    playbook: overlayPlaybook(parseBuiltin(builtin), parsed.playbook),
    source: 'imported',
    warnings: parsed.warnings,
    errors: [],
    imported: { importedAt: stored.importedAt, ...(stored.source ? { source: stored.source } : {}) },
  };
};
