import { bootLoader } from '@/app/loader';
import { GMAIL_MATCHES } from '@/lib/sites/gmail/hosts';
import { GMAIL_SEL } from '@/lib/sites/gmail/selectors';
import { detectGmailPage } from '@/lib/sites/gmail/urls';

export default defineContentScript({
  matches: [...GMAIL_MATCHES],
  runAt: 'document_idle',
  // WXT would post a message naming the extension to every page script; nothing here needs it.
  noScriptStartedPostMessage: true,
  main: (ctx) =>
    bootLoader(ctx, { isCandidate: (url) => detectGmailPage(url) !== null, presentSelector: GMAIL_SEL.composePresence }),
});
