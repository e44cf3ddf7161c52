import { mergeProfile } from '../../lib/core/profile/merge';
import { emptyProfile, type AccountProfile, type ProfileFacts } from '../../lib/core/profile/schema';
import { toStoredFacts } from '../../lib/core/profile/stored-facts';
import { parsePlaybook } from '../../lib/core/playbook/validate';
import { failure } from '../../lib/messages/protocol';
import { defaultSettings, patchSettings } from '../../lib/settings/schema';
import { ITEM_NAMES } from '../../lib/store/items';
import { applyThreadChoice, pruneThreadChoices } from '../../lib/store/thread-choices';
import type { Handlers } from '../router';
import type { ItemWriter } from '../writer';

type ItemHandlers = Pick<
  Handlers,
  'profile/observe' | 'profiles/observe' | 'threads/set' | 'setup/set' | 'ui/set' | 'settings/set' | 'playbook/set' | 'quarantine/dismiss' | 'storage/check'
>;

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The profile after an observation, or null when nothing would change. mergeProfile takes an
 * observation as new when it is as recent as the stored one, so the same page seen twice would
 * rewrite the profile; the content is compared instead.
 */
export const observeInto = (
  profiles: Readonly<Record<string, AccountProfile>>,
  { accountId, orgHost, facts }: { accountId: string; orgHost?: string | undefined; facts: Partial<ProfileFacts> },
  at: string,
): AccountProfile | null => {
  const base = profiles[accountId] ?? emptyProfile(accountId, at);
  // Whoever sent them (a tab, an old bundle's import), contact names and addresses are not stored.
  let next = mergeProfile(base, toStoredFacts(facts), at);
  if (orgHost && next.orgHost !== orgHost) next = { ...next, orgHost, updatedAt: at };
  if (profiles[accountId] && (next === base || (next.orgHost === base.orgHost && sameJson(next.facts, base.facts)))) return null;
  if (!profiles[accountId] && !orgHost && Object.values(facts).every((fact) => !fact?.known)) return null;
  return next;
};

/**
 * The small stored items' messages. The router runs each in the writer's queue (their
 * definitions say `queued`), so read → change → write never interleave between tabs.
 */
export const itemHandlers = (writer: ItemWriter): ItemHandlers => {
  const { items, load, write, check, now, timeZone } = writer;
  return {
    'profile/observe': async ({ accountId, orgHost, facts }) => {
      const profiles = await load('profiles');
      const next = observeInto(profiles, { accountId, facts, ...(orgHost ? { orgHost } : {}) }, now());
      if (!next) return { ok: true, changed: false };
      await write(items.profiles, { ...profiles, [accountId]: next });
      return { ok: true, changed: true };
    },

    'profiles/observe': async ({ observations }) => {
      const profiles = { ...(await load('profiles')) };
      const at = now();
      let changed = 0;
      for (const observation of observations) {
        const next = observeInto(profiles, observation, at);
        if (next) {
          profiles[observation.accountId] = next;
          changed++;
        }
      }
      if (changed) await write(items.profiles, profiles);
      return { ok: true, changed };
    },

    'threads/set': async ({ key, accountId, kind, recipients, at }) => {
      const threads = await load('threads');
      const next = applyThreadChoice(threads[key], { accountId, kind, recipients, at });
      const rest = { ...threads };
      if (next) rest[key] = next;
      else delete rest[key];
      // Bounded on every write, so the item never grows past what one write trims.
      await write(items.threads, pruneThreadChoices(rest, now()));
      return { ok: true };
    },

    'setup/set': async ({ ruleId, done, by, at }) => {
      const setup = await load('setup');
      const current = setup[ruleId];
      // The later change wins, as between events (a tick from another tab may arrive late).
      if (current && Date.parse(current.at) > Date.parse(at)) return { ok: true };
      await write(items.setup, { ...setup, [ruleId]: { done, by, at } });
      return { ok: true };
    },

    'ui/set': async ({ patch }) => {
      const ui = { ...(await load('ui')) };
      if (patch.sidebarCollapsed !== undefined) ui.sidebarCollapsed = patch.sidebarCollapsed;
      if (patch.side) {
        const sides = { ...ui.sidebarSides };
        if (patch.side.side === null) delete sides[patch.side.site];
        else sides[patch.side.site] = patch.side.side;
        if (Object.keys(sides).length) ui.sidebarSides = sides;
        else delete ui.sidebarSides;
      }
      if (patch.sidebarWidth !== undefined) ui.sidebarWidth = patch.sidebarWidth;
      await write(items.ui, ui);
      return { ok: true };
    },

    'settings/set': async ({ patch }) => {
      const current = (await load('settings')) ?? defaultSettings(timeZone);
      await write(items.settings, patchSettings(current, patch));
      return { ok: true };
    },

    'playbook/set': async ({ playbook, source }) => {
      if (playbook === null) {
        await write(items.playbook, null);
        return { ok: true, warnings: [] };
      }
      const parsed = parsePlaybook(playbook);
      if (!parsed.ok) return failure('invalid', 'This playbook cannot be used', parsed.errors);
      await load('playbook'); // sets aside an unreadable stored one before it is replaced
      await write(items.playbook, {
        playbook: parsed.playbook as unknown as Record<string, unknown>,
        importedAt: now(),
        ...(source ? { source } : {}),
      });
      return { ok: true, warnings: parsed.warnings };
    },

    'quarantine/dismiss': async ({ ids }) => {
      const wanted = new Set(ids);
      const quarantine = await load('quarantine');
      let dismissed = 0;
      const next = quarantine.map((entry) => {
        if (!wanted.has(entry.id) || entry.dismissed) return entry;
        dismissed++;
        return { ...entry, dismissed: true };
      });
      if (dismissed) await write(items.quarantine, next);
      return { ok: true, dismissed };
    },

    'storage/check': async ({ items: names }) => {
      let setAsideCount = 0;
      for (const name of names ?? ITEM_NAMES) setAsideCount += await check(name);
      return { ok: true, setAside: setAsideCount };
    },
  };
};
