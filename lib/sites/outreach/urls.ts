import type { PageMatch } from '../types';
import { OUTREACH_DOMAIN, OUTREACH_NON_APP_HOSTS } from './hosts';

/** Outreach's URLs: ids are parsed from the path; tabs follow the id (`/overview`, `/activity`…). */
const PROSPECT = /\/prospects\/(\d+)(?=\/|$)/;
const SEQUENCE = /\/sequences\/(\d+)(?=\/|$)/;
/** A sequence step (`/sequences/4821/steps/2`) and a saved email (`/mailings/88001`). Provisional. */
const STEP = /\/sequences\/(\d+)\/steps\/(\d+)(?=[/?#]|$)/;
const MAILING = /\/mailings\/(\d+)(?=[/?#]|$)/;

/** The prospect id an href or path names, or null. */
export const prospectIdIn = (path: string): string | null => PROSPECT.exec(path.split(/[?#]/)[0] ?? '')?.[1] ?? null;
/** `step-<sequence>-<step>` for a sequence step's href, or null. */
export const stepIdIn = (href: string): string | null => {
  const m = STEP.exec(href);
  return m ? `step-${m[1]}-${m[2]}` : null;
};
/** `mailing-<id>` for a saved email's href, or null. */
export const mailingIdIn = (href: string): string | null => {
  const m = MAILING.exec(href);
  return m ? `mailing-${m[1]}` : null;
};

/**
 * The Outreach page a URL shows: a prospect, a sequence, or any other app page, where only the
 * composer matters (`outreach.compose`; whether it is open comes from the DOM). Null off the app.
 * When a path names both, the first one wins (`/sequences/4821/prospects/12345` is the sequence).
 */
export function detectOutreachPage(url: URL): PageMatch | null {
  if (!isOutreachAppHost(url)) return null;
  const prospect = PROSPECT.exec(url.pathname);
  const sequence = SEQUENCE.exec(url.pathname);
  if (prospect?.[1] && (!sequence || prospect.index < sequence.index)) {
    return { kind: 'outreach.prospect', recordId: prospect[1] };
  }
  if (sequence?.[1]) return { kind: 'outreach.sequence', recordId: sequence[1] };
  return { kind: 'outreach.compose' };
}

function isOutreachAppHost(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  return url.protocol === 'https:' && host.endsWith(`.${OUTREACH_DOMAIN}`) && !OUTREACH_NON_APP_HOSTS.has(host);
}

/**
 * The URL without its hash, for checking that a fill was planned on this page: the React app
 * routes by path, so a different path is a different page.
 */
export function outreachPageKey(href: string): string | null {
  try {
    const url = new URL(href);
    return `${url.origin}${url.pathname.replace(/\/$/, '')}${url.search}`;
  } catch {
    return null;
  }
}
