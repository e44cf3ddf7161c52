import { useStore } from 'zustand';
import { getCsmStore } from './csm-store';
import type { CsmState, CsmStore } from './state';

/**
 * React access to the store mirror, e.g. `useCsmStore((s) => selectProgress(s, accountId))`.
 * Kept apart from csm-store.ts so a content script can use the store before (or without)
 * loading React. Selectors must return stable references (the exported selectors do).
 */
export const useCsmStore = <T>(selector: (state: CsmState) => T, store: CsmStore = getCsmStore()): T =>
  useStore(store, selector);
