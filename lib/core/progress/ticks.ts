import type { AccountProgress, ItemProgress } from './events';

/**
 * An account's ticks by rule ID, as a Map. The engine and the audit ask for every rule of the
 * playbook, most of them never ticked, and each account's record has its own set of keys: V8
 * looks such keys up through its slow path (it topped the dashboard's profile), a Map does not.
 * Rule IDs are upper-case (RULE_ID_PATTERN), so no own key is shadowed by Object.prototype's.
 * Built per call, never cached: a progress record may be replaced but is not ours to watch.
 */
export const ticksById = (progress: AccountProgress): Map<string, ItemProgress> => new Map(Object.entries(progress.items));
