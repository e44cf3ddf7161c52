import { z } from '../../core/zod';
import { progressEventSchema, type ProgressEvent } from '../../core/progress/events';
import type { ItemSpec } from './define';

/** The v1 progress log as one array (local:events): read once, by its move into IndexedDB. */
export const eventsSchema = z.array(progressEventSchema);

export const eventsItem: ItemSpec<ProgressEvent[]> = {
  key: 'local:events',
  label: 'checklist progress',
  version: 1,
  migrations: {},
  schema: eventsSchema,
  fallback: () => [],
  collection: { kind: 'array', entry: progressEventSchema },
};
