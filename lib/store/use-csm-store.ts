import { useStore } from 'zustand';
import { getCsmStore, type CsmState, type CsmStore } from './progress-store';

/**
 * React access to the store mirror, e.g. `useCsmStore((s) => selectProgress(s, accountId))`.
 * Kept apart from progress-store.ts so a content script can use the store before (or without)
 * loading React. Selectors must return stable references (the exported selectors do).
 */
export const useCsmStore = <T>(selector: (state: CsmState) => T, store: CsmStore = getCsmStore()): T =>
  useStore(store, selector);
