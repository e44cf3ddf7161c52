/**
 * The CouchDB roles of a team database. The server vouches for them (`_session`'s userCtx), so
 * they, not anything typed in Settings, decide what a browser pulls: a lead's takes the team, a
 * CSM's takes their book (background/sync/scope.ts). The team setup tool gives them out.
 */

/** CouchDB role of a CSM: reads the team database, records events in their own name. */
export const CSM_ROLE = 'csm-guide';
/** CouchDB role of a team lead: same rights as a CSM (reads are per database in CouchDB); their browser pulls the whole team. */
export const LEAD_ROLE = 'csm-guide-lead';
export const TEAM_ROLES = [CSM_ROLE, LEAD_ROLE] as const;
/** CouchDB's server administrators: they read everything, so their browser pulls the team too. */
export const SERVER_ADMIN_ROLE = '_admin';
