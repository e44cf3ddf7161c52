import { PAGE_NAMES, type PageKind } from '../model/page-kind';
import { FACT_NAMES, FACT_PAGES, type ProfileFactKey } from '../profile/schema';

/** "Open the Salesforce Opportunity to learn the service level." */
export const learnHint = (needs: readonly ProfileFactKey[]): string => {
  const byPage = new Map<PageKind, string[]>();
  for (const fact of needs) {
    const where = FACT_PAGES[fact][0]!;
    byPage.set(where, [...(byPage.get(where) ?? []), FACT_NAMES[fact]]);
  }
  return [...byPage]
    .map(([where, names]) => `Open ${PAGE_NAMES[where]} to learn the ${names.join(' and ')}.`)
    .join(' ');
};

/** What a rule asks for when no account is known at all (an email whose recipients match none). */
export const NO_ACCOUNT_HINT = 'Choose which account this email is for in the sidebar.';
