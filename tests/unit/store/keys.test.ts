import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ITEM_NAMES, SPECS } from '@/lib/store/items';
import { KEY_DOCS } from '@/lib/store/key-docs';
import { STORAGE_KEYS } from '@/lib/store/keys';

/**
 * One stored item, one place: every chrome.storage key CSM Guide uses is either a versioned item
 * (lib/store/items/<name>.ts) or listed in lib/store/keys.ts. A key written as a literal anywhere
 * else — a `*_KEY = '…'` constant, a `'local:…'` WXT key — fails here.
 */
const ROOT = path.resolve(__dirname, '../../..');
const SOURCE = ['lib', 'background', 'app', 'components', 'entrypoints'];
const REGISTRY = ['lib/store/keys.ts', 'lib/store/items/'];

const filesUnder = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return filesUnder(rel);
    return /\.tsx?$/.test(entry.name) ? [rel] : [];
  });

describe('storage keys', () => {
  it('are each used once: no item key is also a listed key, no two entries share one', () => {
    const itemKeys = ITEM_NAMES.map((name) => SPECS[name].key);
    const listed = Object.values(STORAGE_KEYS).map(({ area, key }) => `${area}:${key}`);
    const all = [...itemKeys, ...listed];
    expect(new Set(all).size).toBe(all.length);
  });

  it('each say who writes them and what they hold, and only the policy writes the managed area', () => {
    expect(Object.keys(KEY_DOCS).sort()).toEqual(Object.keys(STORAGE_KEYS).sort());
    for (const [name, { area }] of Object.entries(STORAGE_KEYS)) {
      const doc = KEY_DOCS[name as keyof typeof KEY_DOCS];
      expect(doc.what.trim(), name).not.toBe('');
      expect(doc.writer, name).toBe(area === 'managed' ? 'policy' : 'worker');
    }
  });

  it('are named only in the registry: no storage key literal elsewhere in the source', () => {
    const stray = SOURCE.flatMap(filesUnder)
      .filter((file) => !REGISTRY.some((registry) => file.startsWith(registry)))
      .flatMap((file) => {
        const text = readFileSync(path.join(ROOT, file), 'utf8');
        // Quoted strings only: backticks in comments are code spans, and templates build other keys.
        const constants = [...text.matchAll(/\b[A-Z][A-Z0-9_]*_KEY\s*=\s*(['"])[^'"]+\1/g)].map((m) => `${file}: ${m[0]}`);
        const wxtKeys = [...text.matchAll(/(['"])(?:local|session|sync|managed):[A-Za-z][\w.-]*\1/g)].map((m) => `${file}: ${m[0]}`);
        return [...constants, ...wxtKeys];
      });
    expect(stray).toEqual([]);
  });
});
