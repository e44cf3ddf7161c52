import { evaluate } from '../../lib/core/engine/evaluate';
import type { ChecklistItem, EngineSettings } from '../../lib/core/engine/types';
import type { PageFacts } from '../../lib/core/facts/page-facts';
import type { ItemState } from '../../lib/core/model/vocab';
import type { PageKind } from '../../lib/core/model/page-kind';
import type { Playbook } from '../../lib/core/playbook/schema';
import { profileFactsFromPage } from '../../lib/core/profile/from-page';
import { mergeProfile } from '../../lib/core/profile/merge';
import { emptyProfile } from '../../lib/core/profile/schema';
import { deriveProgress } from '../../lib/core/progress/events';
import type { AccountType } from './accounts';
import type { Anchor } from './anchors';
import { afterBusinessDay, at, businessDay, plusDays, ZONE } from './calendar';
import { planSteps, type Step } from './steps';
import { ACCOUNT_ID, casePage, composePage, CSM, initialWorld, outreachPage, presignupPage, recordPages, type World } from './world';

/** Two looks a day: before the day's work (09:00) and after it (17:30), in the CSM's zone. */
export type Moment = 'morning' | 'evening';

export interface Sighting {
  day: string;
  moment: Moment;
  page: PageKind;
  ruleId: string;
  state: ItemState;
  due?: string;
  message: string;
}

/** The journey runs from the assignment day to day 90. */
export const JOURNEY_DAYS = 90;

const SETTINGS: EngineSettings = { userName: CSM, initials: 'AO', timeZone: ZONE, disabledRules: [] };

/**
 * Is this sighting an alarm? Every error is; a warning is, unless it is the morning reminder of a
 * step due that very day (the day's to-do, which the diligent CSM then does).
 */
export const isAlarm = (s: Sighting): boolean =>
  s.state === 'error' || (s.state === 'warn' && !(s.moment === 'morning' && s.due?.slice(0, 10) === s.day));

interface Look {
  day: string;
  moment: Moment;
  items: Array<{ page: PageKind; item: ChecklistItem }>;
}

/**
 * One account's journey, looked at on `days` (business days only: the CSM works then). `skip` is
 * the key of the one step the skipping persona leaves undone.
 */
const run = (playbook: Playbook, type: AccountType, anchor: Anchor, steps: Step[], days: string[], skip?: string): Look[] => {
  const world: World = initialWorld(type, anchor.day);
  const applied = new Set<Step>();
  const looks: Look[] = [];
  for (const day of days) {
    for (const moment of ['morning', 'evening'] as const) {
      for (const s of steps) {
        if (applied.has(s) || s.key === skip) continue;
        if (s.on < day || (moment === 'evening' && s.on === day)) {
          s.apply(world);
          applied.add(s);
        }
      }
      looks.push({ day, moment, items: look(playbook, world, day, moment, anchor.day) });
    }
  }
  return looks;
};

/** What every page the CSM has open shows at this moment. */
const look = (playbook: Playbook, world: World, day: string, moment: Moment, assignment: string): Look['items'] => {
  const now = at(day, moment === 'morning' ? '09:00' : '17:30');
  const pages: PageFacts[] = [...recordPages(world)];
  for (const c of world.cases) {
    if (c.createdOn > day || (c.createdOn === day && moment === 'morning')) continue;
    if (c.createdOn === day) pages.push(casePage(c, false));
    pages.push(casePage(c, true));
  }
  const prospect = outreachPage(world);
  if (prospect) pages.push(prospect);
  const form = day === assignment ? presignupPage(world) : null;
  if (form) pages.push(form);
  // The profile as the CSM's browser learns it: from the record pages, opened in this order.
  let profile = emptyProfile(ACCOUNT_ID, now);
  for (const page of pages) profile = mergeProfile(profile, profileFactsFromPage(page, now), now);
  const progress = deriveProgress(world.events.filter((e) => e.at <= now), ACCOUNT_ID);
  const input = { profile, progress, settings: SETTINGS, now };
  if (moment === 'evening')
    world.drafts.forEach((draft, i) => {
      if (draft.day !== day) return;
      let page = composePage(draft, i);
      if (draft.insertTrainingDates) {
        const insert = evaluate(playbook, { ...input, page })
          .items.flatMap((item) => item.actions)
          .find((action) => action.verb === 'insert-training-dates');
        if (insert?.type === 'insert') page = { ...page, compose: { ...page.compose!, bodyText: `${page.compose!.bodyText ?? ''}\n${insert.text}` } };
      }
      pages.push(page);
    });
  return pages.flatMap((page) => evaluate(playbook, { ...input, page }).items.map((item) => ({ page: page.kind, item })));
};

const sightings = (looks: Look[]): Sighting[] =>
  looks.flatMap(({ day, moment, items }) =>
    items
      .filter(({ item }) => item.state === 'warn' || item.state === 'error')
      .map(({ page, item }) => ({ day, moment, page, ruleId: item.ruleId, state: item.state, message: item.message, ...(item.due ? { due: item.due } : {}) })),
  );

/** The business days from the assignment day to day 90. */
export const journeyDays = (anchor: Anchor): string[] => {
  const out: string[] = [];
  for (let i = 0; i <= JOURNEY_DAYS; i++) {
    const day = plusDays(anchor.day, i);
    if (businessDay(day)) out.push(day);
  }
  return out;
};

export interface SkipResult {
  step: Step;
  /** `seen`: a rule in `flaggedBy` flagged it in time; `missed`: none did; `unwatched`: no rule watches it; `late`: due after day 90. */
  outcome: 'seen' | 'missed' | 'unwatched' | 'late';
  /** The first flag of a watching rule, when seen. */
  flag?: Sighting;
}

export interface JourneyResult {
  type: AccountType;
  anchor: Anchor;
  /** Business days looked at (each twice). */
  accountDays: number;
  /** Every warning and error the diligent CSM saw. */
  seen: Sighting[];
  alarms: Sighting[];
  skips: SkipResult[];
}

/** The diligent CSM's journey and one skipping persona per CSM step. */
export const simulate = (playbook: Playbook, type: AccountType, anchor: Anchor): JourneyResult => {
  const steps = planSteps(type, anchor.day);
  const days = journeyDays(anchor);
  const seen = sightings(run(playbook, type, anchor, steps, days));
  const last = days.at(-1)!;
  const skips: SkipResult[] = steps
    .filter((s) => s.actor === 'csm')
    .map((step) => {
      if (!step.flaggedBy) return { step, outcome: 'unwatched' };
      const by = afterBusinessDay(step.due);
      if (by > last) return { step, outcome: 'late' };
      // Up to the business day after the due day: the flag must be up by then.
      const window = days.filter((d) => d <= by);
      const flag = sightings(run(playbook, type, anchor, steps, window, step.key)).find(
        (s) => s.day >= step.due && step.flaggedBy!.includes(s.ruleId),
      );
      return flag ? { step, outcome: 'seen', flag } : { step, outcome: 'missed' };
    });
  return { type, anchor, accountDays: days.length, seen, alarms: seen.filter(isAlarm), skips };
};
