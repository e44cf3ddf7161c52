/**
 * Node-side figures: the rules engine on one page, and the leads' dashboard summaries.
 *
 * - `evaluateOnePage`: evaluate(builtin playbook, …) for the Opportunity fixture's real
 *   PageFacts, with the account profile learned from the Account, Opportunity and Onboarding
 *   fixtures and a progress log of ticks: what the sidebar runs on every render.
 * - `dashboard`: 2,000 synthetic accounts (profiles spread over segments, service levels,
 *   stages and 12 CSMs; ~10 events each) summarised by lib/audit's summary cache (the engine in
 *   audit mode per account), first from cold, then after one tick (what a storage change costs),
 *   plus the default query and the per-CSM chart. The React dashboard's own render is not
 *   included (it is virtualised: its cost does not grow with the account count).
 */
import { performance } from 'node:perf_hooks';
import { perCsmStats } from '../../lib/audit/per-csm';
import { applyQuery, DEFAULT_QUERY } from '../../lib/audit/query';
import { createSummaryCache } from '../../lib/audit/summary-cache';
import type { AuditContext } from '../../lib/audit/types';
import { evaluate } from '../../lib/core/engine/evaluate';
import type { EngineInput } from '../../lib/core/engine/types';
import { PRODUCTS, SEGMENTS, SERVICE_LEVELS, SUBTYPES } from '../../lib/core/model/vocab';
import { BUILTIN_PLAYBOOK } from '../../lib/core/playbook/builtin';
import type { Playbook } from '../../lib/core/playbook/schema';
import { parsePlaybook } from '../../lib/core/playbook/validate';
import { profileFactsFromPage } from '../../lib/core/profile/from-page';
import { mergeProfile, observed } from '../../lib/core/profile/merge';
import { emptyProfile, type AccountProfile, type ProfileFacts } from '../../lib/core/profile/schema';
import { deriveProgress, type ProgressEvent } from '../../lib/core/progress/events';
import { defaultSettings, toEngineSettings } from '../../lib/settings/schema';
import { collectFixture } from './page-facts';
import { round, summarize, type Summary } from './stats';

const NOW = '2026-12-02T16:00:00.000Z';
const ZONE = 'America/Chicago';

export interface EngineReport {
  evaluateOnePage: { page: string; rules: number; items: number; iterations: number; perCallMs: Summary };
  dashboard: {
    accounts: number;
    events: number;
    coldSummaryMs: Summary;
    afterOneTickMs: Summary;
    reEvaluatedAfterTick: number;
    queryMs: Summary;
    perCsmMs: Summary;
  };
}

const builtinPlaybook = (): Playbook => {
  const parsed = parsePlaybook(BUILTIN_PLAYBOOK);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.playbook;
};

/** Runs `fn` in batches and returns the per-call time of each batch (ms). */
const perCall = (fn: () => void, { batches, size }: { batches: number; size: number }): number[] => {
  for (let i = 0; i < size * 5; i++) fn(); // warm-up (JIT)
  const out: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < size; i++) fn();
    out.push((performance.now() - t0) / size);
  }
  return out;
};

const timed = (fn: () => void, runs: number): number[] => {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
};

async function evaluateOnePage(playbook: Playbook): Promise<EngineReport['evaluateOnePage']> {
  const pages = await Promise.all(
    ['salesforce/account.html', 'salesforce/opportunity.html', 'salesforce/onboarding.html'].map(collectFixture),
  );
  const page = pages[1]!;
  const accountId = page.accountId!;
  let profile = emptyProfile(accountId, NOW);
  for (const p of pages) profile = mergeProfile(profile, profileFactsFromPage(p, NOW), NOW);
  const events: ProgressEvent[] = playbook.rules.slice(0, 12).map((rule, i) => ({
    type: 'item',
    id: `2026-11-2${i % 10}T15:00:00.000Z-${i}`,
    accountId,
    by: 'Maria Lopez',
    at: `2026-11-2${i % 10}T15:00:00.000Z`,
    ruleId: rule.id,
    done: i % 3 !== 0,
  }));
  const input: EngineInput = {
    profile,
    page,
    progress: deriveProgress(events, accountId),
    settings: toEngineSettings({ ...defaultSettings(ZONE), userName: 'Maria Lopez', initials: 'ML' }),
    now: NOW,
  };
  const items = evaluate(playbook, input).items.length;
  const batches = 40;
  const size = 50;
  return {
    page: 'salesforce/opportunity.html (profile learned from Account, Opportunity, Onboarding)',
    rules: playbook.rules.length,
    items,
    iterations: batches * size,
    perCallMs: summarize(perCall(() => void evaluate(playbook, input), { batches, size }), 3),
  };
}

const CSMS = ['Maria Lopez', 'Daniel Reyes', 'Priya Natarajan', 'Sam Ortiz', 'Ana Silva', 'Lee Wong', 'Omar Haddad', 'Kate Brown', 'Ivan Petrov', 'Zoe Adams', 'Raj Mehta', 'Noor Ali'];

/** 2,000 accounts a team's audit could hold: facts spread over every value, ~10 events each. */
function syntheticAccounts(playbook: Playbook, count: number) {
  const profiles: Record<string, AccountProfile> = {};
  const events: ProgressEvent[] = [];
  const day = (offset: number) => new Date(Date.parse(NOW) - offset * 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < count; i++) {
    const accountId = `001Hs${String(i).padStart(10, '0')}AAA`;
    const src = { kind: 'sf.account' as const, recordId: accountId };
    const fact = <T>(value: T | null) => observed(value, src, NOW);
    const facts: Partial<ProfileFacts> = {
      accountName: fact(`Clinic ${i}`),
      segmentation: fact(SEGMENTS[i % SEGMENTS.length]!),
      serviceLevel: fact(SERVICE_LEVELS[i % SERVICE_LEVELS.length]!),
      products: fact([PRODUCTS[i % PRODUCTS.length]!, PRODUCTS[(i + 2) % PRODUCTS.length]!]),
      subtypes: fact(i % 7 === 0 ? [SUBTYPES[i % SUBTYPES.length]!] : []),
      userCount: fact(5 + (i % 200)),
      mrr: fact(100 + (i % 50) * 25),
      csm: fact(CSMS[i % CSMS.length]!),
      csmLeader: fact('Daniel Reyes'),
      assignmentDate: fact(day(i % 120)),
      ...(i % 3 ? { obCallScheduledFor: fact(day((i % 120) - 5)) } : {}),
      ...(i % 4 === 0 ? { obCallCompletedDate: fact(day((i % 120) - 6)) } : {}),
      onboardingCompleted: fact(i % 5 === 0),
    };
    profiles[accountId] = mergeProfile(emptyProfile(accountId, NOW), facts, NOW);
    for (let e = 0; e < 10; e++) {
      const at = new Date(Date.parse(NOW) - (e + 1) * 3_600_000 - i * 1000).toISOString();
      const rule = playbook.rules[(i + e * 7) % playbook.rules.length]!;
      events.push({ type: 'item', id: `${at}-${i}-${e}`, accountId, by: CSMS[i % CSMS.length]!, at, ruleId: rule.id, done: (i + e) % 4 !== 0 });
    }
    if (i % 20 === 0) {
      const at = new Date(Date.parse(NOW) - 86_400_000).toISOString();
      events.push({ type: 'branch', id: `${at}-${i}-b`, accountId, by: CSMS[i % CSMS.length]!, at, branch: i % 40 ? 'unresponsive' : 'escalation', since: day(3) });
    }
  }
  return { profiles, events };
}

function dashboard(playbook: Playbook, count: number): EngineReport['dashboard'] {
  const { profiles, events } = syntheticAccounts(playbook, count);
  const context: AuditContext = { playbook, settings: toEngineSettings(defaultSettings(ZONE)), now: NOW };
  const cold = timed(() => void createSummaryCache().summarize(profiles, events, context), 5);
  const cache = createSummaryCache();
  let summaries = cache.summarize(profiles, events, context);
  const tick = (n: number): ProgressEvent => ({
    type: 'item',
    id: `${NOW}-tick-${n}`,
    accountId: Object.keys(profiles)[n % count]!,
    by: 'Maria Lopez',
    at: NOW,
    ruleId: playbook.rules[0]!.id,
    done: true,
  });
  let log = events;
  let n = 0;
  const afterTick = timed(() => {
    log = [...log, tick(n++)];
    summaries = cache.summarize(profiles, log, context);
  }, 10);
  return {
    accounts: count,
    events: events.length,
    coldSummaryMs: summarize(cold),
    afterOneTickMs: summarize(afterTick),
    reEvaluatedAfterTick: cache.lastEvaluated,
    queryMs: summarize(timed(() => void applyQuery(summaries, DEFAULT_QUERY), 20), 2),
    perCsmMs: summarize(timed(() => void perCsmStats(summaries), 20), 2),
  };
}

export async function measureEngine(accounts = 2000): Promise<EngineReport> {
  const playbook = builtinPlaybook();
  return { evaluateOnePage: await evaluateOnePage(playbook), dashboard: dashboard(playbook, accounts) };
}

export { round };
