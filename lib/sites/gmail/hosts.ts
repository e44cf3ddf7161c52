/** Gmail's web client. Only https, only this host (least-privilege host access). */
export const GMAIL_HOST = 'mail.google.com';

/** Match patterns for the content script and host permissions. */
export const GMAIL_MATCHES = ['https://mail.google.com/*'];

/** The host test of the definition and the page bundle. */
export const isGmailHost = (host: string): boolean => host === GMAIL_HOST;
