/**
 * Loads a Service Console fixture (tests/fixtures/salesforce/console*.html) into the test's
 * happy-dom document at one of its catalogue URLs, rendered by console-sim.js as in Chromium.
 */
import type { PageFacts } from '../../../../lib/core/facts/page-facts';
import { salesforceAdapter } from '../../../../lib/sites/salesforce/adapter';
import { ConsoleSim, renderConsole } from '../../../fixtures/salesforce/console-sim.js';
import type { ShadowMode } from '../../../fixtures/salesforce/lightning-sim.js';
import { DEFAULT_TEST_SETTINGS } from '../../../fixtures/urls';
import { resetDocument, setUrl } from './fixture-dom';

export const CONSOLE = 'https://acmeconsole.lightning.force.com';
export const CONSOLE_SPLIT = 'https://acmeconsole--uat.sandbox.lightning.force.com';
export const CONSOLE_LIVE = 'https://acmeservice.lightning.force.com';
export const SUNRISE = '001Hs00003KxQ2aIAF';
export const LAKESIDE = '001Hs00003LkP7bIAF';
export const OPPORTUNITY = '006Hs00001Bq7ZrIAJ';
export const ESCALATION_CASE = '500Hs00001XyZ9QIAV';

export function openConsole(layout: 'two-workspaces' | 'split' | 'account-opportunity', url: string, shadow: ShadowMode): ConsoleSim {
  resetDocument();
  setUrl(url);
  return renderConsole(document, { layout, shadow });
}

/** What the adapter reads at the current URL (one PageFacts). */
export function collectHere(): PageFacts {
  const url = new URL(location.href);
  const match = salesforceAdapter.detect(url, DEFAULT_TEST_SETTINGS)!;
  return salesforceAdapter.collect(document, url, match, DEFAULT_TEST_SETTINGS)[0]!;
}
