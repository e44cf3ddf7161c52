import type { Notice } from './sidebar';
import type { PageFacts } from '../core/facts/page-facts';

/**
 * How long a page may show no readable layout before the sidebar says so. Lightning paints its
 * shell and a spinner first and the record seconds later; past this, something is wrong (a
 * layout CSM Guide does not know, a stuck page). The session keeps watching after it.
 */
export const LAYOUT_WAIT_MS = 10_000;

const isSalesforce = (page: PageFacts) => page.kind.startsWith('sf.');

/**
 * The notice for a page whose fields are not readable yet: "waiting" while it renders, then
 * "layout-timeout" once LAYOUT_WAIT_MS passed without a layout. Null once the page is ready.
 */
export const waitingNotice = (page: PageFacts, timedOut: boolean): Notice | null => {
  if (page.ready) return null;
  const form = page.kind === 'sf.case.new';
  if (!timedOut)
    return {
      id: 'waiting',
      level: 'info',
      text: form
        ? 'Waiting for the Case form… (if Salesforce asks for a record type, choose one and click Next)'
        : isSalesforce(page)
          ? 'Waiting for the record to load…'
          : 'Waiting for the page to load…',
    };
  return {
    id: 'layout-timeout',
    level: 'warn',
    settings: !form,
    text: form
      ? `The Case form's fields still haven't appeared after ${LAYOUT_WAIT_MS / 1000} seconds: choose a record type and click Next, or reload the page if the form is stuck. CSM Guide keeps watching.`
      : `This page's fields still haven't appeared after ${LAYOUT_WAIT_MS / 1000} seconds. CSM Guide keeps watching; if the page has finished loading, its layout may not be one CSM Guide can read: reload the page, or check the field labels in settings.`,
  };
};

/** Why a Salesforce page has no account: said plainly, instead of the email wording. */
export const SALESFORCE_NO_ACCOUNT =
  "This record doesn't show its Account lookup, so CSM Guide can't tell which account it belongs to: open the Account (or a record with its Account field) first.";
