import { z } from '../core/zod';

/**
 * One message, one definition: its fields (the zod shape, `type` added), the answer it gets on
 * success, who may send it and how the worker runs it. Each area's definitions sit together in
 * lib/messages/defs/ (those only the extension pages send in <area>-pages.ts, so a tab's bundle,
 * which checks its messages with site-tab.ts, carries none of them); protocol.ts assembles them
 * into the one union the worker parses, the sender policy and the response types, and the
 * worker's handler map (background/handlers/) must cover every type — the compiler says which
 * one is missing.
 */
export type SenderKind = 'extension-page' | 'site-tab';

export interface MessageDefinition<T extends string, S extends z.core.$ZodShape, R> {
  readonly type: T;
  readonly schema: z.ZodMiniObject<{ type: z.ZodMiniLiteral<T> } & S, z.core.$strict>;
  /** Who may send it. An extension page (options, dashboard, popup) or a content script on a served site. */
  readonly from: readonly SenderKind[];
  /**
   * Run in the worker's storage write queue (read → change → write of an item never interleave),
   * or at once: the progress log and team sync keep their own order, and a long import must not
   * hold up a settings change, nor a tick wait behind a profile write.
   */
  readonly queued: boolean;
  /** Type only: the success answer (never set at run time). */
  readonly response?: R;
}

/**
 * Defines a message. Curried so the answer's type is written and the rest inferred:
 * `defineMessage<{ ok: true }>()('ui/set', { from: ['extension-page', 'site-tab'], queued: true, fields: { … } })`.
 */
export const defineMessage =
  <R extends { ok: true }>() =>
  <T extends string, S extends z.core.$ZodShape>(
    type: T,
    options: { from: readonly SenderKind[]; queued: boolean; fields: S },
  ): MessageDefinition<T, S, R> => ({
    type,
    schema: z.strictObject({ type: z.literal(type), ...options.fields }) as MessageDefinition<T, S, R>['schema'],
    from: options.from,
    queued: options.queued,
  });

/**
 * Definitions as one union on `type`: every message (protocol.ts, which the worker parses with)
 * or a tab's own (site-tab.ts, what a sidebar checks before sending).
 */
export const messageUnion = <D extends readonly MessageDefinition<string, z.core.$ZodShape, unknown>[]>(definitions: D) =>
  z.discriminatedUnion('type', definitions.map((definition) => definition.schema) as unknown as [D[number]['schema'], ...D[number]['schema'][]]);

export const PAGES_ONLY = ['extension-page'] as const satisfies readonly SenderKind[];
export const PAGES_AND_TABS = ['extension-page', 'site-tab'] as const satisfies readonly SenderKind[];
export const TABS_ONLY = ['site-tab'] as const satisfies readonly SenderKind[];
