import { z } from '../core/zod';
import { POLICY_URL_KEY } from './schema';

/**
 * What the CSM sets up for team sync (`local:teamSync`: the team database URL and their CouchDB
 * user name) and the policy's URL: the options page and the worker read these. Apart from
 * schema.ts, which a tab's sidebar imports for the sync state it shows: a schema with checks stays
 * in every bundle that imports its module, used or not.
 */

/** A CouchDB database URL: http(s), no credentials, no query, a database name as the last segment. */
export const teamDbUrlSchema = z.pipe(z.string().check(z.trim(), z.maxLength(500), z.refine((raw) => {
    try {
      const url = new URL(raw);
      const dbName = url.pathname.replace(/\/+$/, '').split('/').pop() ?? '';
      return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password && !url.search && !url.hash && dbName.length > 0;
    } catch {
      return false;
    }
  }, 'Enter the team database URL, such as https://couch.example.com/csm-guide-team (no password in it).')), z.transform((raw) => raw.replace(/\/+$/, '')));

/** CouchDB user names: anything but empty, and not absurdly long. */
export const couchUserSchema = z.string().check(z.trim(), z.minLength(1, 'Enter your team sync user name.'), z.maxLength(120));

export const teamSyncConfigSchema = z.strictObject({ url: teamDbUrlSchema, user: couchUserSchema });
export type TeamSyncConfig = z.infer<typeof teamSyncConfigSchema>;

/** The policy's team database URL, when it sets a valid one. */
export const policyUrl = (managed: unknown): string | undefined => {
  const raw = (managed as Record<string, unknown> | null)?.[POLICY_URL_KEY];
  const parsed = teamDbUrlSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
};

/** The origin pattern the options page asks for (match patterns ignore the port). */
export const originPattern = (dbUrl: string): string => {
  const url = new URL(dbUrl);
  return `${url.protocol}//${url.hostname}/*`;
};
