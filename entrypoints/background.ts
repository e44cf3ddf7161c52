import { browser } from 'wxt/browser';
import { startBackground } from '@/background/start';

/** The service worker: the single writer of CSM Guide's storage. All of it is in background/. */
export default defineBackground(() => startBackground(browser));
