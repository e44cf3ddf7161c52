import { z } from '../../core/zod';
import { defineMessage, PAGES_ONLY } from '../define';
import { MAX_PROFILES_PER_MESSAGE, observationSchema } from './profiles';

/** Profiles as only the extension pages change them: the dashboard's import. */
export const PROFILE_PAGE_MESSAGES = [
  /** Many accounts' facts at once (a dashboard import): one read and one write of the profiles. */
  defineMessage<{ ok: true; changed: number }>()('profiles/observe', {
    from: PAGES_ONLY,
    queued: true,
    fields: { observations: z.array(observationSchema).check(z.minLength(1), z.maxLength(MAX_PROFILES_PER_MESSAGE)) },
  }),
] as const;
