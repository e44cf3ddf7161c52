import { describe, expect, it } from 'vitest';
import { eventHandlers } from '@/background/handlers/events';
import { itemHandlers } from '@/background/handlers/items';
import { reminderHandlers } from '@/background/handlers/reminder';
import { syncHandlers } from '@/background/handlers/sync';
import { tabHandlers } from '@/background/handlers/tab';
import type { ItemWriter } from '@/background/writer';
import { mayHandle, TAB_MESSAGE_TYPES } from '@/lib/messages/senders';
import { DEFINITIONS, MESSAGES, messageSchema } from '@/lib/messages/protocol';
import { SITE_TAB_MESSAGES, siteTabMessageSchema } from '@/lib/messages/site-tab';

/**
 * One message, one definition (lib/messages/defs/): the union, the sender policy and the
 * worker's handler map are all derived from the definitions, so they cannot drift apart.
 */
describe('message definitions', () => {
  it('define each type once, and the union is exactly the definitions', () => {
    const types = MESSAGES.map((definition) => definition.type);
    expect(new Set(types).size).toBe(types.length);
    expect(messageSchema._zod.def.options.map((option) => option.shape.type._zod.def.values[0]).sort()).toEqual([...types].sort());
  });

  it('are strict: a field the definition does not name is refused', () => {
    for (const definition of MESSAGES) {
      const withExtra = definition.schema.safeParse({ type: definition.type, injected: 'x' });
      expect(withExtra.success, definition.type).toBe(false);
    }
  });

  it('give the worker a handler for every type (the areas assembled as background/start.ts does)', () => {
    const handlers = {
      ...itemHandlers({} as ItemWriter),
      ...eventHandlers(undefined),
      ...syncHandlers(undefined),
      ...tabHandlers({} as Parameters<typeof tabHandlers>[0]),
      ...reminderHandlers(undefined),
    };
    expect(Object.keys(handlers).sort()).toEqual([...DEFINITIONS.keys()].sort());
  });

  it('let a content script send only what a CSM does on the page, and load the app only from a tab', () => {
    expect([...TAB_MESSAGE_TYPES].sort()).toEqual(
      ['app/load', 'events/flush', 'events/query', 'options/open', 'profile/observe', 'quarantine/dismiss', 'setup/set', 'storage/check', 'threads/set', 'ui/set'].sort(),
    );
    // A tab's sidebar checks what it sends with the union of exactly these (lib/messages/site-tab.ts).
    expect(SITE_TAB_MESSAGES.map((definition) => definition.type).sort()).toEqual([...TAB_MESSAGE_TYPES].sort());
    expect(siteTabMessageSchema._zod.def.options.map((option) => option.shape.type._zod.def.values[0]).sort()).toEqual([...TAB_MESSAGE_TYPES].sort());
    expect(mayHandle('site-tab', 'settings/set')).toBe(false);
    expect(mayHandle('extension-page', 'settings/set')).toBe(true);
    expect(mayHandle('extension-page', 'app/load')).toBe(false);
  });
});
